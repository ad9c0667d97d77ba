import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * What the scope check costs: the same unit requests asked as the administrator (whose scope is everywhere: no
 * assignment to resolve) and as a district coordinator scoped to one district (assignments and unit paths read on
 * every request, listings filtered by the scope), interleaved in one shuffled order over one keep-alive connection.
 *
 * <pre>java ScopeLatency.java BASE_URL ADMIN_PASSWORD COORDINATOR COORDINATOR_PASSWORD OUT_MD PCODE... [-- ROUNDS]</pre>
 *
 * Each P-code (units inside the coordinator's district) is asked as detail ({@code GET /api/v1/units/P}) and children
 * ({@code GET /api/v1/units?parent=P}); the coordinator's start page ({@code GET /api/v1/units}) is asked by both.
 * Every answer must be 200, or the run stops.
 */
public class ScopeLatency {

    record Task(String who, String kind, String path) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = basic("admin", args[1]);
        String coordinator = basic(args[2], args[3]);
        Path out = Path.of(args[4]);
        List<String> pcodes = new ArrayList<>();
        int rounds = 40;
        for (int i = 5; i < args.length; i++) {
            if (args[i].equals("--")) {
                rounds = Integer.parseInt(args[i + 1]);
                break;
            }
            pcodes.add(args[i]);
        }
        List<Task> tasks = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String who : List.of("admin", "coordinator")) {
                for (String p : pcodes) {
                    tasks.add(new Task(who, "detail", "/api/v1/units/" + p));
                    tasks.add(new Task(who, "children", "/api/v1/units?parent=" + p));
                }
                tasks.add(new Task(who, "search", "/api/v1/units?q=" + pcodes.get(0)));
            }
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        // warm-up: every request once per user
        for (Task t : tasks.subList(0, Math.min(tasks.size(), 2 * (2 * pcodes.size() + 1)))) {
            call(http, base, t, t.who().equals("admin") ? admin : coordinator);
        }
        Collections.shuffle(tasks, new Random(7));
        Map<String, List<Long>> samples = new TreeMap<>();
        for (Task t : tasks) {
            long nanos = call(http, base, t, t.who().equals("admin") ? admin : coordinator);
            samples.computeIfAbsent(t.kind() + " " + t.who(), k -> new ArrayList<>()).add(nanos);
        }
        StringBuilder md = new StringBuilder();
        md.append("| request | as | n | p50 ms | p95 ms |\n|---|---|---:|---:|---:|\n");
        Map<String, double[]> stats = new TreeMap<>();
        samples.forEach((key, list) -> {
            Collections.sort(list);
            double p50 = list.get(list.size() / 2) / 1e6;
            double p95 = list.get((int) Math.ceil(list.size() * 0.95) - 1) / 1e6;
            stats.put(key, new double[] {p50, p95});
            String[] parts = key.split(" ");
            md.append(String.format(
                    Locale.ROOT, "| %s | %s | %d | %.2f | %.2f |%n", parts[0], parts[1], list.size(), p50, p95));
        });
        md.append("\nRatio coordinator / administrator (p50, p95):");
        for (String kind : List.of("detail", "children", "search")) {
            double[] a = stats.get(kind + " admin");
            double[] c = stats.get(kind + " coordinator");
            md.append(String.format(Locale.ROOT, " %s %.2f, %.2f;", kind, c[0] / a[0], c[1] / a[1]));
        }
        md.append('\n');
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    static long call(HttpClient http, String base, Task t, String auth) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + t.path()))
                .header("Authorization", auth)
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(t + " answered " + response.statusCode());
        }
        return nanos;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
