import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mixed national workload against a running server, at several numbers of concurrent clients, beside two baselines
 * measured at the same concurrency in the same run: an authenticated read ({@code GET /api/v1/units?parent=}) and
 * PostgreSQL's own single-row INSERT rate (pgbench). Each client is a closed loop (the next request when the last
 * answered, no think time) with its own connection and a personal API token:
 * <ul>
 *   <li>half of the clients are facilitators: in turn a sync of {@code SYNC_BATCH} meetings ({@code POST
 *       /api/v1/sync}, new client ids) and a referral intake (draft with the child's identity, consent, send: three
 *       requests);
 *   <li>a quarter are service point officers: their inbox of sent referrals, then accepting one of them (a 409 when
 *       another officer took it first is counted apart, not as an error);
 *   <li>a quarter are coordinators: in turn the district's indicators for the quarter ({@code /api/v1/insights}), the
 *       area's referrals and the district's communities.
 * </ul>
 * Through the mixed phase the figures' staleness is sampled (the oldest change not yet folded, through psql).
 * A fourth phase, <b>intake alone</b>, has every client a facilitator sending referrals and nothing else: the intake
 * rate at the same concurrency as the read, without the rest of the mix sharing the cores.
 * A 503 is counted and its {@code Retry-After} honoured, as the offline app does. Setup (through the API only, as the
 * other benches): in the first {@code DISTRICTS} districts of the demo country, a coordinator, {@code FACILITATORS}
 * facilitators, an officer, a service point with its pathway route, and {@code COMMUNITIES} communities.
 *
 * <pre>java Load.java BASE ADMIN_PASSWORD OUT_DIR LEVELS SECONDS WARMUP PGBENCH_DB [MANAGEMENT_BASE]</pre>
 *
 * LEVELS is a comma-separated list of client counts (8,32,128). PGBENCH_DB names the database pgbench inserts into
 * (with PGHOST, PGPORT, PGUSER from the environment; {@code none} skips it). Settings (environment): LOAD_DISTRICTS
 * (4), LOAD_FACILITATORS (4 per district), LOAD_COMMUNITIES (8 per district), LOAD_SYNC_BATCH (5),
 * LOAD_CLIENT_TIMEOUT_S (10). Writes OUT_DIR/load.md and prints it.
 */
public class Load {

    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern PCODE = Pattern.compile("\"pcode\":\"([A-Z0-9]+)\"");
    static final List<String> INTAKE = List.of("intake draft", "intake consent", "intake send");

    static String base;
    static Duration clientTimeout;

    public static void main(String[] args) throws Exception {
        base = args[0];
        Path out = Path.of(args[2]);
        List<Integer> levels = new ArrayList<>();
        for (String level : args[3].split(",")) {
            levels.add(Integer.parseInt(level.trim()));
        }
        int seconds = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        String pgDatabase = args[6];
        String management = args.length > 7 ? args[7] : null;
        clientTimeout = Duration.ofSeconds(setting("LOAD_CLIENT_TIMEOUT_S", 10));
        Files.createDirectories(out);

        Http admin = new Http(basic("admin", args[1]));
        admin = new Http("Bearer " + field(admin.call("POST", "/api/v1/tokens", "{\"name\":\"load\",\"days\":1}", 0),
                "secret"));
        World world = World.create(admin, setting("LOAD_DISTRICTS", 4), setting("LOAD_FACILITATORS", 4),
                setting("LOAD_COMMUNITIES", 8));
        log("setup done: " + world.describe());

        StringBuilder md = new StringBuilder();
        md.append("# Mixed load: ").append(java.time.Instant.now()).append("\n\n");
        md.append("- Server: ").append(base).append("; ").append(world.describe()).append("\n");
        md.append(String.format(Locale.ROOT, "- Each level: %d s warm-up, then %d s measured; client timeout %d s;"
                + " sync batches of %d meetings%n", warmup, seconds, clientTimeout.toSeconds(),
                setting("LOAD_SYNC_BATCH", 5)));
        md.append("- intake = the three requests of a referral (draft with the child's identity, consent, send)\n\n");
        Map<Integer, Level> results = new TreeMap<>();
        for (int clients : levels) {
            log("level " + clients + ": pgbench");
            double tps = "none".equals(pgDatabase) ? Double.NaN : Pgbench.tps(pgDatabase, clients, seconds);
            log("level " + clients + ": authenticated read baseline");
            Stats read = Runner.run(clients, warmup, seconds, i -> new Reader(world, i));
            String before = management == null ? null : scrape(management);
            log("level " + clients + ": mixed workload");
            Staleness staleness = Staleness.start(pgDatabase);
            Stats mixed = Runner.run(clients, warmup, seconds, i -> world.client(i));
            List<Double> stale = staleness.stop();
            String after = management == null ? null : scrape(management);
            log("level " + clients + ": intake alone");
            Stats intake = Runner.run(clients, warmup, seconds, i -> world.intakeOnly(i));
            Level level = new Level(clients, tps, read, mixed, intake, stale, refusedDelta(before, after));
            results.put(clients, level);
            md.append(level.table());
            log(level.summary());
        }
        md.append(Level.targets(results));
        Files.writeString(out.resolve("load.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    // ----------------------------------------------------------------------------------------------------------------
    /** The places, accounts and records the clients work with, made through the API. */
    record World(List<District> districts) {

        static World create(Http admin, int districtCount, int facilitators, int communities) throws Exception {
            List<String> districtCodes = new ArrayList<>();
            for (String country : pcodes(admin.call("GET", "/api/v1/units", null, 200))) {
                for (String province : pcodes(admin.call("GET", "/api/v1/units?parent=" + country + "&size=50",
                        null, 200))) {
                    for (String district : pcodes(admin.call("GET", "/api/v1/units?parent=" + province
                            + "&size=50", null, 200))) {
                        if (districtCodes.size() < districtCount) {
                            districtCodes.add(district);
                        }
                    }
                }
            }
            if (districtCodes.isEmpty()) {
                throw new IllegalStateException("no districts: start the server with the demo country");
            }
            String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            List<District> districts = new ArrayList<>();
            for (String pcode : districtCodes) {
                districts.add(District.create(admin, run, pcode, facilitators, communities));
            }
            return new World(districts);
        }

        District district(int client) {
            return districts.get((client / 4) % districts.size());
        }

        Client client(int i) {
            District d = district(i);
            return switch (i % 4) {
                case 0, 1 -> new Facilitator(d, d.facilitators.get((i / 4 / districts.size() * 2 + i % 4)
                        % d.facilitators.size()));
                case 2 -> new Officer(d);
                default -> new Coordinator(d);
            };
        }

        /** A facilitator that only sends referrals (draft, consent, send), for the intake-alone phase. */
        Client intakeOnly(int i) {
            District d = districts.get(i % districts.size());
            Facilitator f = new Facilitator(d, d.facilitators.get((i / districts.size()) % d.facilitators.size()));
            f.intakeOnly = true;
            return f;
        }

        String describe() {
            District d = districts.get(0);
            return String.format(Locale.ROOT, "%d districts (%s), each with %d facilitators, 1 officer, 1 coordinator,"
                            + " %d communities", districts.size(),
                    String.join(" ", districts.stream().map(District::pcode).toList()), d.facilitators.size(),
                    d.communities.size());
        }
    }

    record District(String pcode, Http coordinator, Http officer, List<Http> facilitators, List<String> communities) {

        static District create(Http admin, String run, String pcode, int facilitatorCount, int communityCount)
                throws Exception {
            List<String> villages = new ArrayList<>();
            collectLowest(admin, pcode, villages, communityCount);
            String prefix = "load-" + run + "-" + pcode.toLowerCase(Locale.ROOT);
            Http coordinator = account(admin, prefix + "-coordinator", "DISTRICT_COORDINATOR", pcode);
            Http officer = account(admin, prefix + "-officer", "SERVICE_POINT_OFFICER", pcode);
            List<Http> facilitators = new ArrayList<>();
            for (int f = 0; f < facilitatorCount; f++) {
                facilitators.add(account(admin, prefix + "-facilitator-" + f, "COMMUNITY_FACILITATOR", pcode));
            }
            List<String> communities = new ArrayList<>();
            for (int c = 0; c < communityCount; c++) {
                communities.add(field(coordinator.call("POST", "/api/v1/communities", "{\"name\":\"Load village "
                        + run + " " + c + "\",\"unit\":\"" + villages.get(c % villages.size())
                        + "\",\"origin\":\"AGENCY_INITIATED\"}", 201), "id"));
            }
            String point = field(coordinator.call("POST", "/api/v1/service-points", "{\"name\":\"Load office " + run
                    + " " + pcode + "\",\"category\":\"SOCIAL_WELFARE\",\"unit\":\"" + pcode + "\",\"areas\":[\""
                    + pcode + "\"],\"phone\":\"+000 000 0000\",\"onPlatform\":true}", 201), "id");
            coordinator.call("PUT", "/api/v1/service-points/" + point + "/officers",
                    "{\"usernames\":[\"" + prefix + "-officer\"]}", 200);
            coordinator.call("POST", "/api/v1/pathways/routes", "{\"category\":\"SOCIAL_WELFARE\",\"unit\":\"" + pcode
                    + "\",\"servicePointId\":\"" + point + "\"}", 0);
            return new District(pcode, coordinator, officer, facilitators, communities);
        }

        String community() {
            return communities.get(ThreadLocalRandom.current().nextInt(communities.size()));
        }
    }

    static void collectLowest(Http admin, String pcode, List<String> into, int enough) throws Exception {
        List<String> children = pcodes(admin.call("GET", "/api/v1/units?parent=" + pcode + "&size=50", null, 200));
        if (children.isEmpty()) {
            into.add(pcode);
        }
        for (String child : children) {
            if (into.size() >= enough) {
                return;
            }
            collectLowest(admin, child, into, enough);
        }
    }

    /** A new account with one role at {@code unit}, its own password set, and a personal token. */
    static Http account(Http admin, String username, String role, String unit) throws Exception {
        String temporary = field(admin.call("POST", "/api/v1/accounts", "{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"roles\":[{\"role\":\"" + role + "\",\"units\":[\"" + unit
                + "\"]}]}", 0), "temporaryPassword");
        String password = "load-password-" + username;
        new Http(basic(username, temporary)).call("POST", "/api/v1/account/password",
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + password + "\"}", 0);
        return new Http("Bearer " + field(new Http(basic(username, password)).call("POST", "/api/v1/tokens",
                "{\"name\":\"load\",\"days\":1}", 0), "secret"));
    }

    // ----------------------------------------------------------------------------------------------------------------
    /** One virtual client: does one step of its loop and records what it sent. */
    interface Client {
        void step(Stats stats) throws InterruptedException;
    }

    record Reader(World world, int i) implements Client {
        public void step(Stats stats) throws InterruptedException {
            District d = world.district(i);
            d.coordinator.timed(stats, "read units", "GET", "/api/v1/units?parent=" + d.pcode, null);
        }
    }

    static final class Facilitator implements Client {
        private final District district;
        private final Http http;
        private boolean syncNext = ThreadLocalRandom.current().nextBoolean();
        private boolean intakeOnly;

        Facilitator(District district, Http http) {
            this.district = district;
            this.http = http;
        }

        public void step(Stats stats) throws InterruptedException {
            syncNext = !syncNext && !intakeOnly;
            if (syncNext) {
                List<String> changes = new ArrayList<>();
                for (int m = 0; m < setting("LOAD_SYNC_BATCH", 5); m++) {
                    changes.add("{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"MEETING\",\"payload\":"
                            + "{\"communityId\":\"" + district.community() + "\",\"type\":\"COMMUNITY_MEETING\","
                            + "\"heldOn\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\",\"girls\":3,"
                            + "\"boys\":4,\"women\":6,\"men\":2,\"facilitation\":\"COMMUNITY\","
                            + "\"decisions\":\"Synthetic load decision\"}}");
                }
                http.timed(stats, "sync meetings", "POST", "/api/v1/sync",
                        "{\"changes\":[" + String.join(",", changes) + "]}");
                return;
            }
            Answer draft = http.timed(stats, "intake draft", "POST", "/api/v1/referrals", "{\"communityId\":\""
                    + district.community() + "\",\"category\":\"SOCIAL_WELFARE\",\"priority\":\"URGENT\","
                    + "\"ageBand\":\"AGE_10_14\",\"sex\":\"FEMALE\",\"reason\":\"Synthetic load reason\","
                    + "\"childName\":\"Synthetic Load Child\",\"caregiver\":\"Synthetic Caregiver\","
                    + "\"contact\":\"+000 111 2222\",\"narrative\":\"Synthetic narrative for the load bench\"}");
            if (draft.status() != 201) {
                return;
            }
            String id = field(draft.body(), "id");
            Answer consent = http.timed(stats, "intake consent", "POST", "/api/v1/referrals/" + id + "/consent",
                    "{\"caregiverConsent\":true,\"childAssent\":true,\"scope\":\"Load bench\"}");
            if (consent.status() != 200) {
                return;
            }
            http.timed(stats, "intake send", "POST", "/api/v1/referrals/" + id + "/transitions",
                    "{\"action\":\"SEND\"}");
        }
    }

    record Officer(District district) implements Client {
        public void step(Stats stats) throws InterruptedException {
            Answer inbox = district.officer.timed(stats, "officer inbox", "GET",
                    "/api/v1/referrals?box=INBOX&status=SENT&size=20", null);
            List<String> ids = new ArrayList<>();
            Matcher m = ID.matcher(inbox.body());
            while (m.find()) {
                ids.add(m.group(1));
            }
            if (!ids.isEmpty()) {
                district.officer.timed(stats, "officer accept", "POST", "/api/v1/referrals/"
                        + ids.get(ThreadLocalRandom.current().nextInt(ids.size())) + "/transitions",
                        "{\"action\":\"ACCEPT\"}");
            }
        }
    }

    static final class Coordinator implements Client {
        private final District district;
        private int turn = ThreadLocalRandom.current().nextInt(3);

        Coordinator(District district) {
            this.district = district;
        }

        public void step(Stats stats) throws InterruptedException {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
            switch (turn++ % 3) {
                case 0 -> district.coordinator.timed(stats, "dashboard", "GET", "/api/v1/insights/"
                        + district.pcode + "?period=" + quarter, null);
                case 1 -> district.coordinator.timed(stats, "area referrals", "GET",
                        "/api/v1/referrals?box=AREA&size=50", null);
                default -> district.coordinator.timed(stats, "community list", "GET",
                        "/api/v1/communities?unit=" + district.pcode + "&size=50", null);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    /** Runs {@code clients} loops for warm-up plus the measured time; only requests started in the window count. */
    static final class Runner {

        static Stats run(int clients, int warmup, int seconds, java.util.function.IntFunction<Client> make)
                throws InterruptedException {
            long start = System.nanoTime();
            long from = start + Duration.ofSeconds(warmup).toNanos();
            long until = from + Duration.ofSeconds(seconds).toNanos();
            Stats stats = new Stats(from, until);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Client client = make.apply(i);
                Thread t = new Thread(() -> {
                    try {
                        while (System.nanoTime() < until) {
                            client.step(stats);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "client-" + i);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(Duration.ofSeconds(warmup + seconds).plus(clientTimeout).plusSeconds(30).toMillis());
            }
            return stats;
        }
    }

    record Answer(int status, String body) {}

    /** Latencies and outcomes per operation, for requests started inside the measured window. */
    static final class Stats {
        final long from;
        final long until;
        final Map<String, Op> ops = new ConcurrentHashMap<>();

        Stats(long from, long until) {
            this.from = from;
            this.until = until;
        }

        Op op(String name) {
            return ops.computeIfAbsent(name, n -> new Op());
        }

        double seconds() {
            return (until - from) / 1e9;
        }
    }

    static final class Op {
        final List<Long> ok = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong status500 = new AtomicLong();
        final AtomicLong status503 = new AtomicLong();
        final AtomicLong conflicts = new AtomicLong();
        final AtomicLong otherErrors = new AtomicLong();
        final AtomicLong timeouts = new AtomicLong();
        final AtomicLong worst503 = new AtomicLong();
    }

    /** One client's connection and token. */
    static final class Http {
        final String auth;
        final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        Http(String auth) {
            this.auth = auth;
        }

        /** Sends, records the outcome, and after a 503 waits the Retry-After the server asked for. */
        Answer timed(Stats stats, String name, String method, String path, String json) throws InterruptedException {
            long start = System.nanoTime();
            boolean counted = start >= stats.from && start < stats.until;
            Op op = stats.op(name);
            try {
                HttpResponse<String> response = send(method, path, json);
                long took = System.nanoTime() - start;
                int status = response.statusCode();
                if (counted) {
                    if (status / 100 == 2) {
                        op.ok.add(took);
                    } else if (status == 503) {
                        op.status503.incrementAndGet();
                        op.worst503.accumulateAndGet(took, Math::max);
                    } else if (status == 409) {
                        op.conflicts.incrementAndGet();
                    } else if (status >= 500) {
                        op.status500.incrementAndGet();
                    } else {
                        op.otherErrors.incrementAndGet();
                    }
                }
                if (status == 503) {
                    long wait = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                    Thread.sleep(Math.min(wait * 1000, Math.max(0, (stats.until - System.nanoTime()) / 1_000_000)));
                }
                return new Answer(status, response.body());
            } catch (HttpTimeoutException e) {
                if (counted) {
                    op.timeouts.incrementAndGet();
                }
            } catch (IOException e) {
                if (counted) {
                    op.otherErrors.incrementAndGet();
                }
            }
            return new Answer(0, "");
        }

        /** The answer's body; {@code status} 0 accepts any 2xx. */
        String call(String method, String path, String json, int status) throws Exception {
            HttpResponse<String> response = send(method, path, json);
            int code = response.statusCode();
            if (status == 0 ? code / 100 != 2 : code != status) {
                throw new IllegalStateException(method + " " + path + " answered " + code + ": " + response.body());
            }
            return response.body();
        }

        HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(clientTimeout)
                    .header("Authorization", auth)
                    .header("Accept-Language", "en");
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    /**
     * Samples, every {@link #EVERY_MS} ms through psql, how long the oldest change not yet folded into the insights
     * roll-ups has waited (0 when none waits): what a reader's "figures as of" lags behind the writes.
     */
    static final class Staleness {
        static final int EVERY_MS = 500;
        private final List<Double> samples = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;
        private Thread thread;

        static Staleness start(String database) {
            Staleness s = new Staleness();
            if ("none".equals(database)) {
                return s;
            }
            s.thread = new Thread(() -> {
                while (s.running) {
                    try {
                        Process p = new ProcessBuilder("psql", "-X", "-q", "-A", "-t", "-d", database, "-c",
                                "select coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)"
                                        + " from insight_delta")
                                .redirectErrorStream(true)
                                .start();
                        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                        if (p.waitFor() == 0 && !out.isEmpty()) {
                            s.samples.add(Double.parseDouble(out));
                        }
                        Thread.sleep(EVERY_MS);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        log("staleness sample failed: " + e.getMessage());
                    }
                }
            }, "staleness");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        List<Double> stop() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join(5_000);
            }
            return new ArrayList<>(samples);
        }
    }

    /** PostgreSQL's single-row INSERT rate at the same concurrency: pgbench with a one-statement script. */
    static final class Pgbench {

        static double tps(String database, int clients, int seconds) throws Exception {
            Path script = Files.createTempFile("load-insert", ".sql");
            Files.writeString(script, "INSERT INTO bench_load_insert (note) VALUES ('synthetic');\n");
            psql(database, "create table if not exists bench_load_insert (id bigserial primary key,"
                    + " created_at timestamptz not null default now(), note text)");
            try {
                Process p = new ProcessBuilder("pgbench", "-n", "-c", Integer.toString(clients), "-j",
                        Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-T",
                        Integer.toString(seconds), "-f", script.toString(), database)
                        .redirectErrorStream(true)
                        .start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
                if (!m.find()) {
                    // e.g. more clients than max_connections allows, or no transaction within a very short run
                    log("pgbench gave no rate at " + clients + " clients: "
                            + output.strip().lines().reduce((a, b) -> b).orElse(""));
                    return Double.NaN;
                }
                return Double.parseDouble(m.group(1));
            } finally {
                psql(database, "drop table if exists bench_load_insert");
                Files.deleteIfExists(script);
            }
        }

        static void psql(String database, String sql) throws Exception {
            Process p = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("psql: " + output);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    record Level(
            int clients,
            double pgbenchTps,
            Stats read,
            Stats mixed,
            Stats intake,
            List<Double> staleness,
            Map<String, Double> refused) {

        double rate(Stats stats, List<String> names) {
            return names.stream().mapToLong(n -> stats.ops.containsKey(n) ? stats.ops.get(n).ok.size() : 0).sum()
                    / stats.seconds();
        }

        double percentile(Stats stats, List<String> names, double p) {
            List<Long> all = new ArrayList<>();
            names.forEach(n -> {
                if (stats.ops.containsKey(n)) {
                    all.addAll(stats.ops.get(n).ok);
                }
            });
            return percentile(all, p);
        }

        static double percentile(List<Long> values, double p) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * p) - 1)) / 1e6;
        }

        long sum(Stats stats, java.util.function.ToLongFunction<Op> f) {
            return stats.ops.values().stream().mapToLong(f).sum();
        }

        String table() {
            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, "## %d clients%n%n", clients));
            md.append("| operation | ok | req/s | p50 ms | p95 ms | p99 ms | 500s | 503s | timeouts | 409s | other |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            row(md, "baseline: read units", read, List.of("read units"));
            new TreeMap<>(mixed.ops).keySet().forEach(name -> row(md, name, mixed, List.of(name)));
            row(md, "**intake** (draft + consent + send)", mixed, INTAKE);
            row(md, "all mixed", mixed, new ArrayList<>(mixed.ops.keySet()));
            row(md, "**intake alone**: every client a facilitator sending referrals", intake, INTAKE);
            md.append(String.format(Locale.ROOT, "%npgbench single-row INSERT: %s. Slowest 503: %.0f ms."
                            + " Server's count of 503s in the mixed phase: %s.%n%n",
                    Double.isNaN(pgbenchTps) ? "not measured" : String.format(Locale.ROOT, "%.0f TPS", pgbenchTps),
                    mixed.ops.values().stream().mapToLong(o -> o.worst503.get()).max().orElse(0) / 1e6,
                    refused == null ? "not read" : refused.toString()));
            md.append(stalenessLine()).append("\n\n");
            return md.toString();
        }

        private static void row(StringBuilder md, String label, Stats stats, List<String> names) {
            List<Op> ops = names.stream().filter(stats.ops::containsKey).map(stats.ops::get).toList();
            List<Long> ok = new ArrayList<>();
            ops.forEach(o -> ok.addAll(o.ok));
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %d | %d |%n",
                    label, ok.size(), ok.size() / stats.seconds(), percentile(ok, 0.50), percentile(ok, 0.95),
                    percentile(ok, 0.99), ops.stream().mapToLong(o -> o.status500.get()).sum(),
                    ops.stream().mapToLong(o -> o.status503.get()).sum(),
                    ops.stream().mapToLong(o -> o.timeouts.get()).sum(),
                    ops.stream().mapToLong(o -> o.conflicts.get()).sum(),
                    ops.stream().mapToLong(o -> o.otherErrors.get()).sum()));
        }

        /** The figures' staleness sampled through the mixed phase: how long the oldest unfolded change had waited. */
        String stalenessLine() {
            if (staleness == null || staleness.isEmpty()) {
                return "Staleness of the figures: not sampled.";
            }
            List<Long> nanos = staleness.stream().map(v -> (long) (v * 1e9)).toList();
            return String.format(Locale.ROOT, "Staleness of the figures in the mixed phase (the oldest change not yet"
                            + " folded into the roll-ups, sampled every %d ms, %d samples): p50 %.2f s, p99 %.2f s,"
                            + " max %.2f s.", Staleness.EVERY_MS, staleness.size(), percentile(nanos, 0.50) / 1000,
                    percentile(nanos, 0.99) / 1000, percentile(nanos, 1.0) / 1000);
        }

        String summary() {
            return String.format(Locale.ROOT, "%d clients: intake %.1f req/s (p99 %.0f ms), intake alone %.1f req/s,"
                            + " read %.1f req/s, pgbench %.0f TPS, mixed 500s %d, 503s %d, timeouts %d", clients,
                    rate(mixed, INTAKE), percentile(mixed, INTAKE, 0.99), rate(intake, INTAKE),
                    rate(read, List.of("read units")),
                    pgbenchTps, sum(mixed, o -> o.status500.get()), sum(mixed, o -> o.status503.get()),
                    sum(mixed, o -> o.timeouts.get()));
        }

        /** The figures the targets of issue 14 are stated in, where the run has the levels they name. */
        static String targets(Map<Integer, Level> levels) {
            StringBuilder md = new StringBuilder("## Against the targets\n\n");
            Level at32 = levels.get(32);
            Level at8 = levels.get(8);
            Level at128 = levels.get(128);
            if (at32 != null) {
                double intake = at32.rate(at32.mixed, INTAKE);
                double read = at32.rate(at32.read, List.of("read units"));
                md.append(String.format(Locale.ROOT,
                        "- intake req/s at 32 clients / authenticated read req/s at 32: %.1f / %.1f = **%.0f %%**"
                                + " (target ≥ 50 %%)%n", intake, read, 100 * intake / read));
                md.append(String.format(Locale.ROOT,
                        "- intake req/s at 32 / pgbench single-row INSERT TPS at 32: %.1f / %.0f = **%.1f %%**"
                                + " (target ≥ 5 %%)%n", intake, at32.pgbenchTps, 100 * intake / at32.pgbenchTps));
                double alone = at32.rate(at32.intake, INTAKE);
                md.append(String.format(Locale.ROOT,
                        "- intake alone (every client sending referrals) req/s at 32 / read req/s at 32: %.1f / %.1f ="
                                + " **%.0f %%**; / pgbench TPS: **%.1f %%**; the read itself / pgbench TPS: **%.1f %%**"
                                + " (the HTTP floor: no request through the API goes faster than this read)%n",
                        alone, read, 100 * alone / read, 100 * alone / at32.pgbenchTps, 100 * read / at32.pgbenchTps));
                md.append(String.format(Locale.ROOT, "- intake p99 at 32 clients: **%.0f ms** (target < 300 ms)%n",
                        at32.percentile(at32.mixed, INTAKE, 0.99)));
                md.append(String.format(Locale.ROOT, "- at 32 clients: %d 500s, %d 503s, %d timeouts (target: none)%n",
                        at32.sum(at32.mixed, o -> o.status500.get()), at32.sum(at32.mixed, o -> o.status503.get()),
                        at32.sum(at32.mixed, o -> o.timeouts.get())));
            }
            if (at8 != null && at32 != null) {
                md.append(String.format(Locale.ROOT, "- intake req/s from 8 to 32 clients: %.1f → %.1f (target:"
                                + " rises)%n", at8.rate(at8.mixed, INTAKE), at32.rate(at32.mixed, INTAKE)));
            }
            for (Level l : levels.values()) {
                if (l.staleness != null && !l.staleness.isEmpty()) {
                    List<Long> nanos = l.staleness.stream().map(v -> (long) (v * 1e9)).toList();
                    md.append(String.format(Locale.ROOT, "- figures' staleness at %d clients, p99 of the samples:"
                            + " **%.2f s** (target within 5 s)%n", l.clients, percentile(nanos, 0.99) / 1000));
                }
            }
            if (at128 != null) {
                md.append(String.format(Locale.ROOT, "- at 128 clients: **%d 500s, %d client timeouts** (target 0 and"
                                + " 0), %d quick 503s with Retry-After%n", at128.sum(at128.mixed, o -> o.status500.get()),
                        at128.sum(at128.mixed, o -> o.timeouts.get()), at128.sum(at128.mixed, o -> o.status503.get())));
            }
            if (at32 == null && at128 == null) {
                md.append("- (the targets are stated at 32 and 128 clients; this run had neither)\n");
            }
            return md.toString();
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    static String scrape(String management) {
        try {
            return new Http("none").client.send(HttpRequest.newBuilder(URI.create(management
                    + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return null;
        }
    }

    /** harambee_capacity_refused_total by reason, after minus before. */
    static Map<String, Double> refusedDelta(String before, String after) {
        if (before == null || after == null) {
            return null;
        }
        Map<String, Double> delta = new TreeMap<>();
        Pattern line = Pattern.compile("harambee_capacity_refused_total\\{[^}]*reason=\"([a-z_]+)\"[^}]*} ([0-9.E]+)");
        Matcher a = line.matcher(after);
        while (a.find()) {
            delta.put(a.group(1), Double.parseDouble(a.group(2)));
        }
        Matcher b = line.matcher(before);
        while (b.find()) {
            delta.merge(b.group(1), -Double.parseDouble(b.group(2)), Double::sum);
        }
        return delta;
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

    static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    static void log(String message) {
        System.err.printf("%tT  %s%n", System.currentTimeMillis(), message);
    }
}
