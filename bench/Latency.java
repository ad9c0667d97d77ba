import java.io.BufferedReader;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Read latency of the unit API on an imported hierarchy, next to its floors.
 *
 * <pre>java -cp DRIVER.jar Latency.java BASE_URL USER PASSWORD UNITS_CSV JDBC_URL JDBC_USER JDBC_PASSWORD OUT_MD
 *     [PER_LEVEL=70] [SEED=7] [MAX_SECONDS=300]</pre>
 *
 * For PER_LEVEL units drawn (seeded, with repeats) from each level 0-5 (10 draws of the country, a single unit) it
 * asks, one request at a time over one keep-alive HTTP/1.1 connection with HTTP Basic:
 *
 * <ul>
 *   <li>{@code children}: {@code GET /api/v1/units?parent=P} (first page of 50);
 *   <li>{@code subtree}: {@code GET /api/v1/units?parent=P&level=D}, D drawn from the levels below P (levels 0-4);
 *   <li>{@code detail}: {@code GET /api/v1/units/P}.
 * </ul>
 *
 * and, as floors, {@code health} ({@code GET /readyz}, no authentication: the HTTP floor), {@code api-401}
 * (an API request without credentials: the security filters without a password check) and {@code api-auth-404} (an
 * unknown import job with credentials: the password check, remembered or not, plus one primary-key read), and the SQL
 * the listings run, straight over JDBC on the same tables: {@code sql-children} and {@code sql-subtree} (the page
 * query plus its count capped at 10,000, as the server's Units class runs them; keep the two in step). All kinds are
 * interleaved in one shuffled order after a warm-up. Writes a Markdown report to OUT_MD and prints it.
 */
public class Latency {

    static final int LEVELS = 6;
    static final String LIST_COLUMNS = "select u.id, u.pcode, u.depth, u.country_id, coalesce(n.name, u.name) as label"
            + " from geo_unit u left join geo_unit_name n on n.unit_id = u.id and n.language = ?";

    record Task(String kind, int level, String pcode, int deeper) {}

    record Sample(String kind, int level, long nanos) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 8) {
            System.err.println("usage: Latency BASE_URL USER PASSWORD UNITS_CSV JDBC_URL JDBC_USER JDBC_PASSWORD OUT_MD"
                    + " [PER_LEVEL] [SEED] [MAX_SECONDS]");
            System.exit(2);
        }
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder()
                .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        Path unitsCsv = Path.of(args[3]);
        Path outMd = Path.of(args[7]);
        int perLevel = args.length > 8 ? Integer.parseInt(args[8]) : 70;
        long seed = args.length > 9 ? Long.parseLong(args[9]) : 7;
        long maxSeconds = args.length > 10 ? Long.parseLong(args[10]) : 300;

        List<List<String>> byLevel = new ArrayList<>();
        for (int i = 0; i < LEVELS; i++) {
            byLevel.add(new ArrayList<>());
        }
        try (BufferedReader r = Files.newBufferedReader(unitsCsv, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split(",", 7);
                byLevel.get(Integer.parseInt(c[4])).add(c[2]);
            }
        }

        Random random = new Random(seed);
        List<Task> tasks = new ArrayList<>();
        for (int level = 0; level < LEVELS; level++) {
            List<String> units = byLevel.get(level);
            // The country is a single unit: ten draws of it say all there is to say.
            int draws = (int) Math.min(perLevel, 10L * units.size());
            for (int i = 0; i < draws; i++) {
                String pcode = units.get(random.nextInt(units.size()));
                tasks.add(new Task("children", level, pcode, -1));
                tasks.add(new Task("detail", level, pcode, -1));
                tasks.add(new Task("sql-children", level, pcode, -1));
                if (level < LEVELS - 1) {
                    int deeper = level + 1 + random.nextInt(LEVELS - 1 - level);
                    tasks.add(new Task("subtree", level, pcode, deeper));
                    tasks.add(new Task("sql-subtree", level, pcode, deeper));
                }
            }
        }
        for (int i = 0; i < 2 * perLevel; i++) {
            tasks.add(new Task("health", -1, null, -1));
            tasks.add(new Task("api-auth-404", -1, null, -1));
        }
        for (int i = 0; i < perLevel; i++) {
            tasks.add(new Task("api-401", -1, null, -1));
        }
        Collections.shuffle(tasks, random);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        try (Connection db = DriverManager.getConnection(args[4], args[5], args[6])) {
            db.setAutoCommit(true);
            db.setReadOnly(true);
            Runner runner = new Runner(base, auth, http, db);

            // Warm-up: the JIT of both sides, the connection pools, the database caches; not counted.
            Random warm = new Random(seed + 1);
            long warmStart = System.nanoTime();
            for (int i = 0; i < 120 && System.nanoTime() - warmStart < 60_000_000_000L; i++) {
                int level = 1 + warm.nextInt(LEVELS - 1);
                String pcode = byLevel.get(level).get(warm.nextInt(byLevel.get(level).size()));
                String[] kinds = {"children", "detail", "sql-children", "health", "api-auth-404"};
                runner.run(new Task(kinds[i % kinds.length], level, pcode, -1));
                if (level < LEVELS - 1) {
                    runner.run(new Task(i % 2 == 0 ? "subtree" : "sql-subtree", level, pcode, LEVELS - 1));
                }
            }

            List<Sample> samples = new ArrayList<>();
            long start = System.nanoTime();
            boolean truncated = false;
            for (Task task : tasks) {
                if (System.nanoTime() - start > maxSeconds * 1_000_000_000L) {
                    truncated = true;
                    break;
                }
                samples.add(new Sample(task.kind(), task.level(), runner.run(task)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String report = report(samples, tasks.size(), truncated, seconds, runner.errors, perLevel, seed);
            Files.writeString(outMd, report);
            System.out.print(report);
        }
    }

    /** Runs one task and returns its duration; counts unexpected statuses. */
    static final class Runner {
        final String base;
        final String auth;
        final HttpClient http;
        final Connection db;
        final Map<String, UUID> ids = new java.util.HashMap<>();
        final Map<String, String> paths = new java.util.HashMap<>();
        final Map<String, Integer> errors = new TreeMap<>();
        final PreparedStatement lookup;
        final PreparedStatement childrenList;
        final PreparedStatement childrenCount;
        final PreparedStatement subtreeList;
        final PreparedStatement subtreeCount;
        final UUID unknownJob = UUID.fromString("00000000-0000-7000-8000-000000000000");

        Runner(String base, String auth, HttpClient http, Connection db) throws Exception {
            this.base = base;
            this.auth = auth;
            this.http = http;
            this.db = db;
            lookup = db.prepareStatement("select id, path from geo_unit where pcode = ?");
            childrenList = db.prepareStatement(
                    LIST_COLUMNS + " where u.parent_id = ? order by label, u.pcode limit 50 offset 0");
            childrenCount = db.prepareStatement(
                    "select count(*) from (select 1 from geo_unit u where u.parent_id = ? limit 10001) c");
            subtreeList = db.prepareStatement("select u.id, u.pcode, u.depth, u.country_id,"
                    + " coalesce(n.name, u.name) as label from (select u.id, u.pcode, u.depth, u.country_id, u.name,"
                    + " u.path from geo_unit u where u.depth = ? and u.path >= ? and u.path < ?"
                    + " order by u.depth, u.path limit 50 offset 0) u"
                    + " left join geo_unit_name n on n.unit_id = u.id and n.language = ? order by u.depth, u.path");
            subtreeCount = db.prepareStatement("select count(*) from (select 1 from geo_unit u"
                    + " where u.depth = ? and u.path >= ? and u.path < ? limit 10001) c");
        }

        long run(Task t) throws Exception {
            if (t.kind().startsWith("sql-")) {
                resolve(t.pcode()); // the server resolves the parent too, but that is not the listing's SQL
                long t0 = System.nanoTime();
                if (t.kind().equals("sql-children")) {
                    childrenList.setString(1, "en");
                    childrenList.setObject(2, ids.get(t.pcode()));
                    drain(childrenList);
                    childrenCount.setObject(1, ids.get(t.pcode()));
                    drain(childrenCount);
                } else {
                    String from = paths.get(t.pcode());
                    String to = from.substring(0, from.length() - 1) + (char) (from.charAt(from.length() - 1) + 1);
                    subtreeList.setInt(1, t.deeper());
                    subtreeList.setString(2, from);
                    subtreeList.setString(3, to);
                    subtreeList.setString(4, "en");
                    drain(subtreeList);
                    subtreeCount.setInt(1, t.deeper());
                    subtreeCount.setString(2, from);
                    subtreeCount.setString(3, to);
                    drain(subtreeCount);
                }
                return System.nanoTime() - t0;
            }
            String url;
            boolean withAuth = true;
            int expected = 200;
            switch (t.kind()) {
                case "children" -> url = base + "/api/v1/units?parent=" + enc(t.pcode());
                case "subtree" -> url = base + "/api/v1/units?parent=" + enc(t.pcode()) + "&level=" + t.deeper();
                case "detail" -> url = base + "/api/v1/units/" + enc(t.pcode());
                case "health" -> {
                    url = base + "/readyz";
                    withAuth = false;
                }
                case "api-401" -> {
                    url = base + "/api/v1/units?parent=ZB";
                    withAuth = false;
                    expected = 401;
                }
                case "api-auth-404" -> {
                    url = base + "/api/v1/units/imports/" + unknownJob;
                    expected = 404;
                }
                default -> throw new IllegalArgumentException(t.kind());
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .GET();
            if (withAuth) {
                b.header("Authorization", auth);
            }
            HttpRequest request = b.build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - t0;
            if (response.statusCode() != expected) {
                errors.merge(t.kind() + " HTTP " + response.statusCode(), 1, Integer::sum);
            }
            return took;
        }

        void resolve(String pcode) throws Exception {
            if (ids.containsKey(pcode)) {
                return;
            }
            lookup.setString(1, pcode);
            try (ResultSet rs = lookup.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("unit " + pcode + " is not in geo_unit");
                }
                ids.put(pcode, rs.getObject(1, UUID.class));
                paths.put(pcode, rs.getString(2));
            }
        }

        static void drain(PreparedStatement ps) throws Exception {
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    static String report(
            List<Sample> samples,
            int planned,
            boolean truncated,
            double seconds,
            Map<String, Integer> errors,
            int perLevel,
            long seed) {
        String[] order = {"children", "subtree", "detail", "sql-children", "sql-subtree", "health", "api-401",
            "api-auth-404"};
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        Map<String, List<Long>> byKindLevel = new TreeMap<>();
        for (String k : order) {
            byKind.put(k, new ArrayList<>());
        }
        for (Sample s : samples) {
            byKind.get(s.kind()).add(s.nanos());
            if (s.level() >= 0) {
                byKindLevel.computeIfAbsent(s.kind() + "|" + s.level(), k -> new ArrayList<>()).add(s.nanos());
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "Latency: %d of %d planned requests/queries in %.1f s (%d units per level, seed %d)%s%n%n",
                samples.size(),
                planned,
                seconds,
                perLevel,
                seed,
                truncated ? " -- TRUNCATED at the time limit" : ""));
        md.append("| kind | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (var e : byKind.entrySet()) {
            if (!e.getValue().isEmpty()) {
                md.append(row(e.getKey(), e.getValue()));
            }
        }
        md.append("\nPer level of the unit asked about (subtree: a level drawn from those below it):\n\n");
        md.append("| kind | level | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String k : order) {
            for (int level = 0; level < LEVELS; level++) {
                List<Long> v = byKindLevel.get(k + "|" + level);
                if (v != null) {
                    md.append(row(k + " | " + level, v));
                }
            }
        }
        if (!errors.isEmpty()) {
            md.append("\nUnexpected responses: ").append(errors).append('\n');
        }
        md.append('\n');
        for (var e : byKind.entrySet()) {
            if (!e.getValue().isEmpty()) {
                md.append("p95.").append(e.getKey()).append('=')
                        .append(String.format(Locale.ROOT, "%.2f", pct(e.getValue(), 95))).append('\n')
                        .append("p50.").append(e.getKey()).append('=')
                        .append(String.format(Locale.ROOT, "%.2f", pct(e.getValue(), 50))).append('\n');
            }
        }
        return md.toString();
    }

    static String row(String label, List<Long> nanos) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n",
                label,
                nanos.size(),
                pct(nanos, 50),
                pct(nanos, 95),
                pct(nanos, 99),
                pct(nanos, 100));
    }

    /** Nearest-rank percentile in milliseconds. */
    static double pct(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
