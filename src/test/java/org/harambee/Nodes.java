package org.harambee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Application nodes as separate processes on the PostgreSQL test database (the test's own classpath and configuration,
 * the database from {@code HARAMBEE_TEST_POSTGRES_URL}), and an offline-sync client that keeps what was acknowledged:
 * for the tests that kill nodes.
 */
public final class Nodes {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Nodes() {}

    /** A node listening on {@code port} (application and actuator), its output in target/node-{port}.log. */
    public static Process start(int port) throws IOException {
        return start(port, System.getenv("HARAMBEE_TEST_POSTGRES_URL"));
    }

    /** A node as {@link #start(int)} on the database at {@code url}. */
    public static Process start(int port, String url) throws IOException {
        return start(port, url, List.of());
    }

    /** A node as {@link #start(int, String)} with more application arguments ({@code --name=value}). */
    public static Process start(int port, String url, List<String> arguments) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new java.util.ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.harambee.HarambeeApplication",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--management.server.port=",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + env("HARAMBEE_TEST_POSTGRES_USER", "postgres"),
                "--spring.datasource.password=" + env("HARAMBEE_TEST_POSTGRES_PASSWORD", ""),
                "--harambee.work-dir=./target/work-node-" + port,
                "--logging.level.root=WARN"));
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/node-" + port + ".log")))
                .start();
    }

    /** Waits until the node answers {@code /readyz} with 200, up to 180 s. */
    public static void awaitReady(int port, Process node) throws InterruptedException {
        awaitReady(port, node, Duration.ofSeconds(180));
    }

    /** Waits until the node answers {@code /readyz} with 200, up to {@code limit} (a machine shared with builds). */
    public static void awaitReady(int port, Process node, Duration limit) {
        await("the node on port " + port + " ready")
                .atMost(limit)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    assertThat(node.isAlive())
                            .as("the node runs (see target/node-%d.log)", port)
                            .isTrue();
                    return ready(port);
                });
    }

    private static boolean ready(int port) throws InterruptedException {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /** HAProxy's binary where Debian puts it, if installed ({@code .ci/run} installs it). */
    public static Optional<String> haproxy() {
        return Stream.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")
                .filter(p -> new File(p).canExecute())
                .findFirst();
    }

    /**
     * HAProxy on {@code port} in front of the nodes on {@code nodes}, round robin, a node taken out when {@code
     * /readyz} fails twice 500 ms apart, a request that found a node gone sent to another; its configuration in {@code
     * dir}, its output in target/haproxy-{port}.log. Answers once it is ready.
     */
    public static Process balancer(String haproxy, Path dir, int port, int... nodes)
            throws IOException, InterruptedException {
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < nodes.length; i++) {
            servers.append("  server n")
                    .append(i)
                    .append(" 127.0.0.1:")
                    .append(nodes[i])
                    .append(" check\n");
        }
        Path config = dir.resolve("haproxy-" + port + ".cfg");
        Files.writeString(config, """
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 30s
                  timeout server 30s
                  retries 3
                  option redispatch
                  retry-on conn-failure empty-response 503
                frontend web
                  bind 127.0.0.1:%d
                  default_backend nodes
                backend nodes
                  balance roundrobin
                  option httpchk GET /readyz
                  http-check expect status 200
                  default-server inter 500ms fall 2 rise 2
                """.formatted(port) + servers);
        Process balancer = new ProcessBuilder(haproxy, "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/haproxy-" + port + ".log")))
                .start();
        try {
            awaitReady(port, balancer);
        } catch (AssertionError | InterruptedException e) {
            balancer.destroyForcibly();
            throw e;
        }
        return balancer;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** What a sync call got: the HTTP status (0: no answer) and each record's outcome by client id. */
    public record SyncAnswer(int status, java.util.Map<UUID, String> outcomes) {

        /** Every record taken (created, or already had). */
        public boolean taken() {
            return status == 200
                    && outcomes.values().stream().allMatch(o -> o.equals("created") || o.equals("already_had"));
        }
    }

    /**
     * Sends a batch of meetings of a community through offline sync as {@code username}; true when every record was
     * answered as taken (created, or already had), whose client ids go into {@code acknowledged}.
     */
    public static boolean sync(
            int port, String username, String password, UUID community, List<UUID> batch, Set<UUID> acknowledged) {
        SyncAnswer answer = syncAnswer(port, username, password, community, batch);
        answer.outcomes().forEach((id, outcome) -> {
            if (outcome.equals("created") || outcome.equals("already_had")) {
                acknowledged.add(id);
            }
        });
        return answer.taken();
    }

    /** Sends a batch as {@link #sync} does, and answers what came back. */
    public static SyncAnswer syncAnswer(int port, String username, String password, UUID community, List<UUID> batch) {
        StringBuilder body = new StringBuilder("{\"changes\":[");
        for (int i = 0; i < batch.size(); i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"clientId\":\"")
                    .append(batch.get(i))
                    .append("\",\"type\":\"MEETING\",\"payload\":{\"communityId\":\"")
                    .append(community)
                    .append("\",\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"2026-11-24\",\"girls\":3,\"boys\":2,")
                    .append("\"women\":1,\"men\":1,\"facilitation\":\"COMMUNITY\"}}");
        }
        body.append("]}");
        java.util.Map<UUID, String> outcomes = new java.util.LinkedHashMap<>();
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sync"))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/json")
                            .header("Authorization", basic(username, password))
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                for (JsonNode result : JSON.readTree(answer.body()).get("results")) {
                    outcomes.put(
                            UUID.fromString(result.get("clientId").asString()),
                            result.get("outcome").asString());
                }
            }
            return new SyncAnswer(answer.statusCode(), outcomes);
        } catch (IOException e) {
            return new SyncAnswer(0, outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SyncAnswer(0, outcomes);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
