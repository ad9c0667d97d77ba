import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows an import job until it ends and times its phases.
 *
 * <pre>java -cp DRIVER.jar WatchImport.java BASE_URL USER PASSWORD JOB_ID UPLOAD_START_MS JDBC_URL JDBC_USER
 *     JDBC_PASSWORD OUT_PREFIX TIMEOUT_S [HTTP_POLL_MS]</pre>
 *
 * The job's phase and progress are read every 200 ms from its row in geo_import_job over JDBC; the API
 * ({@code GET /api/v1/units/imports/{id}}) is asked every HTTP_POLL_MS (default 1000) and once more at the end for
 * the job as a client sees it. The reason for the split: every API request pays for an HTTP Basic password check on
 * the server, which on two cores is a noticeable share of the CPU the import itself needs, so polling the API five
 * times a second would slow the import it measures.
 *
 * <p>JOB_ID may be {@code @FILE}: the watcher then starts at once and waits for the upload to write the job's id into
 * FILE, so that its own start-up (compiling this file, connecting) does not hide the first phase.
 *
 * <p>Writes OUT_PREFIX.json (the final job), OUT_PREFIX.phases (one line per change: ms since the upload started,
 * status, phase, processed) and prints {@code key=value} lines for the calling script.
 */
public class WatchImport {

    public static void main(String[] args) throws Exception {
        if (args.length < 10) {
            System.err.println("usage: WatchImport BASE_URL USER PASSWORD JOB_ID UPLOAD_START_MS JDBC_URL JDBC_USER"
                    + " JDBC_PASSWORD OUT_PREFIX TIMEOUT_S [HTTP_POLL_MS]");
            System.exit(2);
        }
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder()
                .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        String out = args[8];
        long deadline = System.currentTimeMillis() + Long.parseLong(args[9]) * 1000;
        long httpPollMs = args.length > 10 ? Long.parseLong(args[10]) : 1000;
        Connection db = DriverManager.getConnection(args[5], args[6], args[7]);
        String jobId = args[3];
        if (jobId.startsWith("@")) {
            Path idFile = Path.of(jobId.substring(1));
            jobId = "";
            while (jobId.isEmpty() && System.currentTimeMillis() < deadline) {
                if (Files.exists(idFile)) {
                    jobId = Files.readString(idFile).trim();
                } else {
                    Thread.sleep(20);
                }
            }
            if (!jobId.matches("[0-9a-fA-F-]{36}")) {
                System.out.println("status=NO_JOB");
                db.close();
                return;
            }
        }
        long uploadStart = Long.parseLong(args[4].startsWith("@")
                ? Files.readString(Path.of(args[4].substring(1))).trim()
                : args[4]);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest jobRequest = HttpRequest.newBuilder(URI.create(base + "/api/v1/units/imports/" + jobId))
                .header("Authorization", auth)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();

        List<String> changes = new ArrayList<>();
        String last = "";
        String status = "UNKNOWN";
        long unitsWrittenAt = -1;
        long writingAt = -1;
        long endSeenAt = -1;
        long lastHttp = 0;
        int total = 0;
        try (db;
                PreparedStatement ps = db.prepareStatement(
                        "select status, phase, processed, total from geo_import_job where id = ?")) {
            db.setAutoCommit(true);
            ps.setObject(1, java.util.UUID.fromString(jobId));
            while (System.currentTimeMillis() < deadline) {
                long now = System.currentTimeMillis();
                String phase;
                int processed;
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no job " + jobId);
                    }
                    status = rs.getString(1);
                    phase = rs.getString(2);
                    processed = rs.getInt(3);
                    total = rs.getInt(4);
                }
                String state = status + " " + phase;
                if (!state.equals(last)) {
                    changes.add((now - uploadStart) + " " + state + " " + processed);
                    last = state;
                    if (phase.equals("WRITING") && writingAt < 0) {
                        writingAt = now;
                    }
                }
                if (phase.equals("WRITING") && total > 0 && processed >= total && unitsWrittenAt < 0) {
                    unitsWrittenAt = now;
                    changes.add((now - uploadStart) + " " + status + " WRITING(units-written,names-next) " + processed);
                }
                if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                    endSeenAt = now;
                    break;
                }
                if (now - lastHttp >= httpPollMs) {
                    lastHttp = now;
                    http.send(jobRequest, HttpResponse.BodyHandlers.discarding());
                }
                Thread.sleep(200);
            }
        }
        String json = http.send(jobRequest, HttpResponse.BodyHandlers.ofString()).body();
        // The server's own clock for the start and the end, next to what polling saw.
        String startedAt = field(json, "startedAt");
        String finishedAt = field(json, "finishedAt");
        if (!startedAt.isEmpty() && !startedAt.equals("null")) {
            changes.add(0, (java.time.Instant.parse(startedAt).toEpochMilli() - uploadStart) + " (job startedAt)");
        }
        if (!finishedAt.isEmpty() && !finishedAt.equals("null")) {
            changes.add((java.time.Instant.parse(finishedAt).toEpochMilli() - uploadStart) + " (job finishedAt)");
        }
        changes.sort(java.util.Comparator.comparingLong(c -> Long.parseLong(c.substring(0, c.indexOf(' ')))));
        Files.writeString(Path.of(out + ".json"), json + "\n");
        Files.write(Path.of(out + ".phases"), changes);

        System.out.println("status=" + field(json, "status"));
        System.out.println("total=" + total);
        System.out.println("wall_ms=" + (endSeenAt < 0 ? -1 : endSeenAt - uploadStart));
        System.out.println("started_at=" + field(json, "startedAt"));
        System.out.println("finished_at=" + field(json, "finishedAt"));
        System.out.println("created_at=" + field(json, "createdAt"));
        System.out.println("names_ms=" + (unitsWrittenAt < 0 || endSeenAt < 0 ? -1 : endSeenAt - unitsWrittenAt));
        System.out.println("units_ms=" + (unitsWrittenAt < 0 || writingAt < 0 ? -1 : unitsWrittenAt - writingAt));
        for (String c : changes) {
            System.out.println("change=" + c);
        }
        if (endSeenAt < 0) {
            System.out.println("timeout=1");
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|null|[-0-9]+)").matcher(json);
        if (!m.find()) {
            return "";
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
