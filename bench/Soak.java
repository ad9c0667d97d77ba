import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long run of the mixed workload of {@link Load} (facilitators syncing meetings and sending referrals, officers
 * acting on their inboxes, coordinators reading dashboards and lists) against a running server, sampling the server
 * every {@code SOAK_SAMPLE_S} seconds: heap after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}),
 * resident memory, live threads, the connection pool (active, idle, pending), open file descriptors, and the clients'
 * requests/s, p99 and errors of the interval. Writes {@code soak.csv} (one line a sample) and {@code soak.md} (the
 * first minutes against the last: a ratio each, and whether it stayed within its band).
 *
 * <pre>javac -d CLASSES Load.java Soak.java; java -cp CLASSES Soak BASE ADMIN_PASSWORD OUT_DIR MANAGEMENT_BASE SERVER_PID</pre>
 *
 * Two baselines in the same run, so that a slower machine (neighbours' load) is told apart from a slower server:
 * {@code SOAK_READERS} clients reading {@code GET /api/v1/units?parent=} (whose cost does not grow with the data), and a
 * fixed computation timed in this process every sample. Settings (environment): SOAK_MINUTES (30), SOAK_CLIENTS (16),
 * SOAK_READERS (2), SOAK_THINK_MS (100, the pause of a client between two steps), SOAK_SAMPLE_S (30), SOAK_WARMUP_S (60, before the first sample), SOAK_WINDOW_MIN (5, the first and last
 * minutes compared; at most a quarter of the run), and Load's LOAD_* settings for the set-up and the client timeout.
 */
public class Soak {

    /** The bands within which a figure of the last minutes against the first counts as flat. */
    static final double HEAP_BAND = 1.2;

    static final double GROWTH_BAND = 1.1;
    static final double THROUGHPUT_FLOOR = 0.8;

    public static void main(String[] args) throws Exception {
        Load.base = args[0];
        Path out = Path.of(args[2]);
        String management = args[3];
        long pid = Long.parseLong(args[4]);
        Load.clientTimeout = Duration.ofSeconds(Load.setting("LOAD_CLIENT_TIMEOUT_S", 10));
        int minutes = Load.setting("SOAK_MINUTES", 30);
        int clients = Load.setting("SOAK_CLIENTS", 16);
        int think = Load.setting("SOAK_THINK_MS", 100);
        int sampleSeconds = Load.setting("SOAK_SAMPLE_S", 30);
        int warmup = Load.setting("SOAK_WARMUP_S", 60);
        Files.createDirectories(out);

        Load.Http admin = new Load.Http(Load.basic("admin", args[1]));
        admin = new Load.Http("Bearer " + Load.field(admin.call("POST", "/api/v1/tokens",
                "{\"name\":\"soak\",\"days\":2}", 0), "secret"));
        Load.World world = Load.World.create(admin, Load.setting("LOAD_DISTRICTS", 4),
                Load.setting("LOAD_FACILITATORS", 4), Load.setting("LOAD_COMMUNITIES", 8));
        Load.log("setup done: " + world.describe());

        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(warmup) + TimeUnit.MINUTES.toNanos(minutes);
        Window window = new Window(start);
        List<Thread> threads = new ArrayList<>();
        int readers = Load.setting("SOAK_READERS", 2);
        for (int i = 0; i < clients + readers; i++) {
            Load.Client client = i < clients ? world.client(i) : new Load.Reader(world, i);
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        client.step(window.current);
                        if (think > 0) {
                            Thread.sleep(ThreadLocalRandom.current().nextInt(think / 2, think * 3 / 2 + 1));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "soak-client-" + i);
            threads.add(t);
            t.start();
        }
        Load.log(String.format(Locale.ROOT, "%d clients and %d baseline readers (think %d ms), %d s of warm-up, then %d"
                + " min sampled every %d s", clients, readers, think, warmup, minutes, sampleSeconds));
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));

        Path csv = out.resolve("soak.csv");
        Files.writeString(csv, Sample.HEADER + "\n", StandardCharsets.UTF_8);
        Path opsCsv = out.resolve("soak-ops.csv");
        Files.writeString(opsCsv, "seconds,operation,ok,p50_ms,p99_ms\n", StandardCharsets.UTF_8);
        java.util.Map<String, List<List<Long>>> perOp = new java.util.TreeMap<>();
        List<Sample> samples = new ArrayList<>();
        window.next();
        long measuredFrom = System.nanoTime();
        long nextAt = measuredFrom;
        while (true) {
            nextAt += TimeUnit.SECONDS.toNanos(sampleSeconds);
            long sleep = nextAt - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
            if (System.nanoTime() > end + TimeUnit.SECONDS.toNanos(1)) {
                break;
            }
            Load.Stats done = window.next();
            Sample s = Sample.take((System.nanoTime() - measuredFrom) / 1e9, done, management, pid);
            samples.add(s);
            StringBuilder ops = new StringBuilder();
            for (var op : new java.util.TreeMap<>(done.ops).entrySet()) {
                List<Long> ok;
                synchronized (op.getValue().ok) {
                    ok = new ArrayList<>(op.getValue().ok);
                }
                perOp.computeIfAbsent(op.getKey(), k -> new ArrayList<>()).add(ok);
                ops.append(String.format(Locale.ROOT, "%.0f,%s,%d,%.1f,%.1f%n", s.at(), op.getKey(), ok.size(),
                        Load.Level.percentile(ok, 0.5), Load.Level.percentile(ok, 0.99)));
            }
            Files.writeString(opsCsv, ops, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(csv, s.csv() + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            Load.log(s.line());
        }
        for (Thread t : threads) {
            t.join(Load.clientTimeout.plusSeconds(30).toMillis());
        }
        String md = Summary.of(samples, sampleSeconds, clients, think, minutes, world)
                + Summary.operations(perOp, samples.size(), sampleSeconds);
        Files.writeString(out.resolve("soak.md"), md, StandardCharsets.UTF_8);
        System.out.print(md);
    }

    /** The clients' statistics of the current interval; swapped at each sample. */
    static final class Window {
        volatile Load.Stats current;

        Window(long from) {
            current = open(from);
        }

        /** Closes the interval and opens the next; returns the closed one. */
        Load.Stats next() {
            Load.Stats done = current;
            current = open(System.nanoTime());
            return done;
        }

        /** Counts the requests started from {@code from} on (the interval ends when it is swapped). */
        private static Load.Stats open(long from) {
            return new Load.Stats(from, from + TimeUnit.DAYS.toNanos(1));
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    record Sample(double at, double heapAfterGcMb, double heapUsedMb, double rssMb, double threads, double poolActive,
            double poolIdle, double poolPending, double fds, double requestsPerSecond, double p50Ms, double p99Ms,
            double readP50Ms, double cpuProbeMs, long status5xx, long status503, long timeouts, long otherErrors) {

        static final String HEADER = "seconds,heap_after_gc_mb,heap_used_mb,rss_mb,threads,pool_active,pool_idle,"
                + "pool_pending,open_fds,requests_per_s,p50_ms,p99_ms,baseline_read_p50_ms,cpu_probe_ms,5xx,503,timeouts,"
                + "other_errors";

        static Sample take(double at, Load.Stats stats, String management, long pid) {
            double seconds = (System.nanoTime() - stats.from) / 1e9;
            List<Long> ok = new ArrayList<>();
            long s5xx = 0;
            long s503 = 0;
            long timeouts = 0;
            long other = 0;
            List<Long> read = new ArrayList<>();
            for (var entry : stats.ops.entrySet()) {
                Load.Op op = entry.getValue();
                synchronized (op.ok) {
                    (entry.getKey().equals("read units") ? read : ok).addAll(op.ok);
                }
                s5xx += op.status500.get();
                s503 += op.status503.get();
                timeouts += op.timeouts.get();
                other += op.otherErrors.get();
            }
            // read before the collection below, which the heap figure needs
            String metrics = Load.scrape(management);
            double heapUsed = metric(metrics, "jvm_memory_used_bytes", "area=\"heap\"") / 1e6;
            return new Sample(at, heapAfterGc(pid), heapUsed, residentMb(pid),
                    metric(metrics, "jvm_threads_live_threads", ""),
                    metric(metrics, "hikaricp_connections_active", ""), metric(metrics, "hikaricp_connections_idle", ""),
                    metric(metrics, "hikaricp_connections_pending", ""), openFds(pid), ok.size() / seconds,
                    Load.Level.percentile(ok, 0.5), Load.Level.percentile(ok, 0.99), Load.Level.percentile(read, 0.5),
                    cpuProbe(), s5xx + s503, s503, timeouts, other);
        }

        String csv() {
            return String.format(Locale.ROOT, "%.0f,%.1f,%.1f,%.1f,%.0f,%.0f,%.0f,%.0f,%.0f,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%d,"
                    + "%d,%d", at, heapAfterGcMb, heapUsedMb, rssMb, threads, poolActive, poolIdle, poolPending, fds,
                    requestsPerSecond, p50Ms, p99Ms, readP50Ms, cpuProbeMs, status5xx, status503, timeouts,
                    otherErrors);
        }

        String line() {
            return String.format(Locale.ROOT, "%5.0f s: heap after GC %.0f MB (used %.0f), RSS %.0f MB, %.0f threads,"
                            + " pool %.0f/%.0f/%.0f, %.0f fds, %.1f req/s, p50 %.0f p99 %.0f ms, baseline read p50 %.0f ms,"
                            + " CPU probe %.0f ms, 5xx %d (503 %d), timeouts %d, other %d", at, heapAfterGcMb, heapUsedMb,
                    rssMb, threads, poolActive, poolIdle, poolPending, fds, requestsPerSecond, p50Ms, p99Ms,
                    readP50Ms, cpuProbeMs, status5xx, status503, timeouts, otherErrors);
        }
    }

    /** The sum over all series of a metric whose labels contain {@code labels} (NaN when absent). */
    static double metric(String prometheus, String name, String labels) {
        if (prometheus == null) {
            return Double.NaN;
        }
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.E+-]+|NaN)$").matcher(prometheus);
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            if (m.group(1) == null ? labels.isEmpty() : m.group(1).contains(labels)) {
                sum += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }

    /**
     * The machine's own slowness, as a baseline for the latencies: milliseconds this process takes for a fixed
     * computation (SHA-256 over 8 MB). On a shared machine it rises with the neighbours' load, not with the server's.
     */
    static double cpuProbe() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[64 * 1024];
            long start = System.nanoTime();
            for (int i = 0; i < 128; i++) {
                sha.update(block);
            }
            sha.digest();
            return (System.nanoTime() - start) / 1e6;
        } catch (java.security.NoSuchAlgorithmException e) {
            return Double.NaN;
        }
    }

    /** Heap in use right after a full collection (jcmd GC.run, then GC.heap_info), in MB. */
    static double heapAfterGc(long pid) {
        try {
            jcmd(pid, "GC.run");
            String info = jcmd(pid, "GC.heap_info");
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
            return m.find() ? Long.parseLong(m.group(2)) / 1024.0 : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    static double residentMb(long pid) {
        try {
            Matcher m = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/" + pid
                    + "/status")));
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    static double openFds(long pid) {
        try (var list = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return list.count();
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    /** The first minutes against the last. */
    static final class Summary {

        /** Per operation: p50 of the first and of the last samples (as many as the summary compares). */
        static String operations(java.util.Map<String, List<List<Long>>> perOp, int count, int sampleSeconds) {
            int span = Math.max(1, Math.min(Load.setting("SOAK_WINDOW_MIN", 5) * 60 / sampleSeconds, count / 4));
            StringBuilder md = new StringBuilder("\n| operation | first: ok | first: p50 ms | last: ok | last: p50 ms |"
                    + " p50 last / first |\n|---|---:|---:|---:|---:|---:|\n");
            perOp.forEach((name, samples) -> {
                if (samples.size() < 2 * span) {
                    return;
                }
                List<Long> first = new ArrayList<>();
                samples.subList(0, span).forEach(first::addAll);
                List<Long> last = new ArrayList<>();
                samples.subList(samples.size() - span, samples.size()).forEach(last::addAll);
                double a = Load.Level.percentile(first, 0.5);
                double b = Load.Level.percentile(last, 0.5);
                md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %.1f | %.2f |%n", name, first.size(), a,
                        last.size(), b, b / a));
            });
            return md.toString();
        }

        static String of(List<Sample> samples, int sampleSeconds, int clients, int think, int minutes,
                Load.World world) {
            StringBuilder md = new StringBuilder();
            md.append("# Soak: ").append(Instant.now()).append("\n\n");
            md.append(String.format(Locale.ROOT, "- Server: %s; %s%n- %d clients of Load's mix, %d ms of think time"
                            + " between steps, %d min sampled every %d s (%d samples); client timeout %d s%n",
                    Load.base, world.describe(), clients, think, minutes, sampleSeconds, samples.size(),
                    Load.clientTimeout.toSeconds()));
            if (samples.size() < 2) {
                md.append("\nToo few samples to compare.\n");
                return md.toString();
            }
            int span = Math.max(1, Math.min(Load.setting("SOAK_WINDOW_MIN", 5) * 60 / sampleSeconds,
                    samples.size() / 4));
            List<Sample> first = samples.subList(0, span);
            List<Sample> last = samples.subList(samples.size() - span, samples.size());
            md.append(String.format(Locale.ROOT, "- Compared: the first %d and the last %d samples (%.1f min each)%n%n",
                    span, span, span * sampleSeconds / 60.0));
            md.append("| figure | first (avg) | last (avg) | last / first | band | verdict |\n");
            md.append("|---|---:|---:|---:|---|---|\n");
            row(md, "heap after full GC, MB", first, last, Sample::heapAfterGcMb, "≤ " + HEAP_BAND, r -> r <= HEAP_BAND);
            row(md, "heap used (before GC), MB", first, last, Sample::heapUsedMb, "(shown)", null);
            row(md, "resident memory, MB", first, last, Sample::rssMb, "≤ " + HEAP_BAND, r -> r <= HEAP_BAND);
            row(md, "live threads", first, last, Sample::threads, "≤ " + GROWTH_BAND, r -> r <= GROWTH_BAND);
            row(md, "pool connections (active + idle)", first, last, s -> s.poolActive() + s.poolIdle(),
                    "≤ " + GROWTH_BAND, r -> r <= GROWTH_BAND);
            row(md, "pool active", first, last, Sample::poolActive, "(shown)", null);
            row(md, "pool pending", first, last, Sample::poolPending, "(shown)", null);
            row(md, "open file descriptors", first, last, Sample::fds, "≤ " + GROWTH_BAND, r -> r <= GROWTH_BAND);
            row(md, "requests/s", first, last, Sample::requestsPerSecond, "≥ " + THROUGHPUT_FLOOR,
                    r -> r >= THROUGHPUT_FLOOR);
            row(md, "p99 ms", first, last, Sample::p99Ms, "(shown)", null);
            row(md, "p50 ms (mix)", first, last, Sample::p50Ms, "(shown)", null);
            row(md, "baseline: authenticated read p50 ms", first, last, Sample::readP50Ms, "(shown)", null);
            row(md, "**mix p50 / read p50** (the mix against the baseline)", first, last,
                    s -> s.p50Ms() / s.readP50Ms(), "≤ " + HEAP_BAND, r -> r <= HEAP_BAND);
            row(md, "baseline: CPU probe ms (the machine)", first, last, Sample::cpuProbeMs, "(shown)", null);
            md.append(String.format(Locale.ROOT, "%nOver the whole run: %d 5xx (of which %d quick 503s), %d client"
                            + " timeouts, %d other errors (4xx but 409, refused connections); most heap after GC %.0f MB,"
                            + " most threads %.0f, most fds %.0f, most pending for a connection %.0f.%n",
                    samples.stream().mapToLong(Sample::status5xx).sum(),
                    samples.stream().mapToLong(Sample::status503).sum(),
                    samples.stream().mapToLong(Sample::timeouts).sum(),
                    samples.stream().mapToLong(Sample::otherErrors).sum(),
                    samples.stream().mapToDouble(Sample::heapAfterGcMb).max().orElse(Double.NaN),
                    samples.stream().mapToDouble(Sample::threads).max().orElse(Double.NaN),
                    samples.stream().mapToDouble(Sample::fds).max().orElse(Double.NaN),
                    samples.stream().mapToDouble(Sample::poolPending).max().orElse(Double.NaN)));
            return md.toString();
        }

        private static void row(StringBuilder md, String label, List<Sample> first, List<Sample> last,
                ToDoubleFunction<Sample> figure, String band, java.util.function.DoublePredicate flat) {
            double a = first.stream().mapToDouble(figure).average().orElse(Double.NaN);
            double b = last.stream().mapToDouble(figure).average().orElse(Double.NaN);
            double ratio = b / a;
            String verdict = flat == null ? "" : Double.isNaN(ratio) ? "not measured" : flat.test(ratio) ? "flat"
                    : "**outside**";
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %s | %s |%n", label, a, b, ratio, band,
                    verdict));
        }
    }
}
