import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline sync of a long queue against a running server, beside a plain JDBC load of the same rows in the same run.
 *
 * <ol>
 *   <li>Setup through the API: in the first district of the demo country, a coordinator, a facilitator (a personal
 *       token each) and two communities.
 *   <li>Warm-up: {@code WARMUP} meetings of the first community through {@code POST /api/v1/sync}, not timed.
 *   <li>Measured: {@code COUNT} meetings of the second community, queued with new client ids and sent in batches of
 *       {@code BATCH} (the offline app's batch), one after the other as one phone sends its queue. Every result must be
 *       {@code created}; then one batch is sent again and must answer {@code already_had} only.
 *   <li>Baseline: the same {@code COUNT} rows inserted over JDBC into a scratch twin of {@code community_meeting}
 *       (columns, constraints and indexes copied), one row per transaction (autocommit), then dropped.
 * </ol>
 *
 * <pre>java -cp POSTGRESQL.jar SyncBench.java BASE ADMIN_PASSWORD JDBC_URL USER PASSWORD OUT_DIR COUNT BATCH WARMUP</pre>
 *
 * Writes OUT_DIR/sync.md and prints it.
 */
public class SyncBench {

    static final Pattern PCODE = Pattern.compile("\"pcode\":\"([A-Z0-9]+)\"");
    static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"([a-z_]+)\"");
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String adminPassword = args[1];
        String url = args[2];
        String user = args[3];
        String password = args[4];
        Path out = Path.of(args[5]);
        int count = Integer.parseInt(args[6]);
        int batch = Integer.parseInt(args[7]);
        int warmup = Integer.parseInt(args[8]);
        Files.createDirectories(out);

        Http admin = new Http(basic("admin", adminPassword));
        admin = new Http("Bearer " + field(admin.call("POST", "/api/v1/tokens", "{\"name\":\"sync\",\"days\":1}", 0),
                "secret"));
        String district = null;
        for (String country : pcodes(admin.call("GET", "/api/v1/units", null, 200))) {
            for (String province : pcodes(admin.call("GET", "/api/v1/units?parent=" + country, null, 200))) {
                List<String> districts = pcodes(admin.call("GET", "/api/v1/units?parent=" + province, null, 200));
                if (!districts.isEmpty()) {
                    district = districts.get(0);
                    break;
                }
            }
            if (district != null) {
                break;
            }
        }
        if (district == null) {
            throw new IllegalStateException("no district: start the server with the demo country");
        }
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String prefix = "sync-" + run + "-" + district.toLowerCase(Locale.ROOT);
        Http coordinator = account(admin, prefix + "-coordinator", "DISTRICT_COORDINATOR", district);
        Http facilitator = account(admin, prefix + "-facilitator", "COMMUNITY_FACILITATOR", district);
        String village = district;
        for (List<String> below = pcodes(admin.call("GET", "/api/v1/units?parent=" + village, null, 200));
                !below.isEmpty();
                below = pcodes(admin.call("GET", "/api/v1/units?parent=" + village, null, 200))) {
            village = below.get(0);
        }
        List<String> communities = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            communities.add(field(coordinator.call("POST", "/api/v1/communities", "{\"name\":\"Sync village " + run
                    + " " + c + "\",\"unit\":\"" + village + "\",\"origin\":\"AGENCY_INITIATED\"}", 201), "id"));
        }
        log("setup done: district " + district + ", communities " + communities);

        if (warmup > 0) {
            long t = System.nanoTime();
            send(facilitator, batches(communities.get(0), warmup, batch), "created");
            log(String.format(Locale.ROOT, "warm-up: %d meetings in %d ms", warmup, (System.nanoTime() - t) / 1_000_000));
        }

        List<String> batches = batches(communities.get(1), count, batch);
        long t0 = System.nanoTime();
        List<Long> perBatch = send(facilitator, batches, "created");
        long syncMs = (System.nanoTime() - t0) / 1_000_000;
        log(String.format(Locale.ROOT, "sync: %d meetings in %d batches of %d in %d ms", count, batches.size(), batch,
                syncMs));
        send(facilitator, List.of(batches.get(batches.size() / 2)), "already_had");
        log("replayed batch: already_had only");

        long baselineMs;
        long stored;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            stored = single(db, "select count(*) from community_meeting where community_id = '" + communities.get(1)
                    + "'");
            baselineMs = baseline(db, UUID.fromString(communities.get(1)), count);
        }
        if (stored != count) {
            throw new IllegalStateException("the database holds " + stored + " meetings of the community, not " + count);
        }
        log(String.format(Locale.ROOT, "baseline: %d single-row transactions in %d ms", count, baselineMs));

        perBatch.sort(null);
        String md = String.format(Locale.ROOT, """
                # Offline sync: %s

                - %d meetings of one community, queued with new client ids, sent by one client in %d batches of %d
                  (POST /api/v1/sync, a personal token), after a warm-up of %d meetings; all created, %d stored; one
                  batch sent again answered already_had only
                - baseline: the same %d rows inserted over JDBC into a scratch twin of community_meeting, one row
                  per transaction (autocommit)

                | what | ms | per record | sync / baseline |
                |---|---:|---:|---:|
                | **sync** | **%d** | %.2f ms | **%.2f** |
                | baseline, one row per transaction | %d | %.2f ms | |

                Batches: p50 %d ms, p95 %d ms, max %d ms.
                """, Instant.now(), count, batches.size(), batch, warmup, stored, count, syncMs, (double) syncMs / count,
                (double) syncMs / Math.max(1, baselineMs), baselineMs, (double) baselineMs / count,
                pct(perBatch, 50), pct(perBatch, 95), perBatch.get(perBatch.size() - 1));
        Files.writeString(out.resolve("sync.md"), md, StandardCharsets.UTF_8);
        System.out.print(md);
        System.out.println("sync_ms=" + syncMs);
        System.out.println("baseline_ms=" + baselineMs);
    }

    /** Sends the batches in order; every result must have the expected outcome. Answers each batch's time (ms). */
    static List<Long> send(Http http, List<String> batches, String expected) throws Exception {
        List<Long> times = new ArrayList<>();
        for (String body : batches) {
            long t = System.nanoTime();
            String answer = http.call("POST", "/api/v1/sync", body, 200);
            times.add((System.nanoTime() - t) / 1_000_000);
            Matcher m = OUTCOME.matcher(answer);
            while (m.find()) {
                if (!m.group(1).equals(expected)) {
                    throw new IllegalStateException("a result was " + m.group(1) + ", not " + expected + ": "
                            + answer.substring(0, Math.min(600, answer.length())));
                }
            }
        }
        return times;
    }

    /** Meetings as the offline app queues them (a client id each), in JSON batches of {@code size}. */
    static List<String> batches(String community, int count, int size) {
        String day = LocalDate.now().minusDays(1).toString();
        List<String> batches = new ArrayList<>();
        StringBuilder b = null;
        for (int i = 0; i < count; i++) {
            if (i % size == 0) {
                if (b != null) {
                    batches.add(b.append("]}").toString());
                }
                b = new StringBuilder("{\"changes\":[");
            } else {
                b.append(',');
            }
            b.append("{\"clientId\":\"").append(UUID.randomUUID()).append("\",\"type\":\"MEETING\",\"baseVersion\":null,")
                    .append("\"payload\":{\"communityId\":\"").append(community)
                    .append("\",\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"").append(day).append("\",\"girls\":")
                    .append(1 + i % 20).append(",\"boys\":4,\"women\":6,\"men\":2,\"facilitation\":\"COMMUNITY\",")
                    .append("\"decisions\":\"Walk to school in groups\"}}");
        }
        if (b != null) {
            batches.add(b.append("]}").toString());
        }
        return batches;
    }

    /** The same rows inserted one per transaction into a twin of community_meeting; answers the time taken (ms). */
    static long baseline(Connection db, UUID community, int count) throws Exception {
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            st.execute("drop table if exists bench_sync_meeting");
            st.execute("create table bench_sync_meeting (like community_meeting including all)");
            st.execute("alter table bench_sync_meeting add foreign key (community_id) references community (id)");
        }
        LocalDate day = LocalDate.now().minusDays(1);
        long t0 = System.nanoTime();
        try (PreparedStatement ps = db.prepareStatement("insert into bench_sync_meeting (id, community_id,"
                + " meeting_type, held_on, girls, boys, women, men, facilitation, decisions, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, community);
                ps.setString(3, "COMMUNITY_MEETING");
                ps.setDate(4, Date.valueOf(day));
                ps.setInt(5, 1 + i % 20);
                ps.setInt(6, 4);
                ps.setInt(7, 6);
                ps.setInt(8, 2);
                ps.setString(9, "COMMUNITY");
                ps.setString(10, "Walk to school in groups");
                ps.setString(11, "bench");
                ps.setTimestamp(12, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        try (Statement st = db.createStatement()) {
            st.execute("drop table bench_sync_meeting");
        }
        return ms;
    }

    static long single(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** A new account with one role at {@code unit}, its own password set, and a personal token. */
    static Http account(Http admin, String username, String role, String unit) throws Exception {
        String temporary = field(admin.call("POST", "/api/v1/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"roles\":[{\"role\":\"" + role + "\",\"units\":[\"" + unit
                + "\"]}]}", 0), "temporaryPassword");
        String password = "sync-password-" + username;
        new Http(basic(username, temporary)).call("POST", "/api/v1/account/password",
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + password + "\"}", 0);
        return new Http("Bearer " + field(new Http(basic(username, password)).call("POST", "/api/v1/tokens",
                "{\"name\":\"sync\",\"days\":1}", 0), "secret"));
    }

    static final class Http {
        final String auth;
        final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        Http(String auth) {
            this.auth = auth;
        }

        /** The answer's body; {@code status} 0 accepts any 2xx. */
        String call(String method, String path, String json, int status) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", auth)
                    .header("Accept-Language", "en");
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int code = response.statusCode();
            if (status == 0 ? code / 100 != 2 : code != status) {
                throw new IllegalStateException(method + " " + path + " answered " + code + ": " + response.body());
            }
            return response.body();
        }
    }

    static List<String> pcodes(String json) {
        List<String> found = new ArrayList<>();
        Matcher m = PCODE.matcher(json);
        while (m.find()) {
            if (!found.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static void log(String message) {
        System.err.printf("%tT  %s%n", System.currentTimeMillis(), message);
    }
}
