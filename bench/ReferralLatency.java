import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What referrals cost through the API, against a baseline asked in the same run over the same connection: a trivial
 * signed-in call ({@code GET /api/v1/account}). Sets up, through the API only, a community, a service point with its
 * officer and a pathway route in one district of the demo country, fills the inbox with PREFILL sent referrals, then
 * asks, interleaved in one shuffled order: drafting a referral with the child's identity (sealed with AES-GCM) and
 * without it, sending a drafted referral, the officer's inbox (50 by deadline), the sender's identity read (audited),
 * and the baseline. Callers use personal API tokens, so no password hashing is measured.
 *
 * <pre>java ReferralLatency.java BASE_URL ADMIN_PASSWORD DISTRICT OUT_MD [ROUNDS] [PREFILL]</pre>
 */
public class ReferralLatency {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String admin = basic("admin", args[1]);
        String district = args[2];
        Path out = Path.of(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int prefill = args.length > 5 ? Integer.parseInt(args[5]) : 1000;

        String lowest = district;
        while (true) {
            String children = call("GET", "/api/v1/units?parent=" + lowest + "&size=1", admin, null, 200);
            Matcher m = Pattern.compile("\"pcode\":\"([A-Z0-9]+)\"").matcher(children);
            if (!m.find()) {
                break;
            }
            lowest = m.group(1);
        }
        String coordinator = account(admin, "bench-coordinator", "DISTRICT_COORDINATOR", district);
        String facilitator = account(admin, "bench-facilitator", "COMMUNITY_FACILITATOR", district);
        String officer = account(admin, "bench-officer", "SERVICE_POINT_OFFICER", district);
        String community = field(call("POST", "/api/v1/communities", coordinator,
                "{\"name\":\"Bench village\",\"unit\":\"" + lowest + "\",\"origin\":\"AGENCY_INITIATED\"}", 201), "id");
        String point = field(call("POST", "/api/v1/service-points", coordinator,
                "{\"name\":\"Bench social welfare office\",\"category\":\"SOCIAL_WELFARE\",\"unit\":\"" + district
                        + "\",\"areas\":[\"" + district + "\"],\"phone\":\"+000 000 0000\",\"onPlatform\":true}", 201),
                "id");
        call("PUT", "/api/v1/service-points/" + point + "/officers", coordinator,
                "{\"usernames\":[\"bench-officer\"]}", 200);
        call("POST", "/api/v1/pathways/routes", coordinator,
                "{\"category\":\"SOCIAL_WELFARE\",\"unit\":\"" + district + "\",\"servicePointId\":\"" + point + "\"}",
                0);

        String sealed = referral(community, true);
        String plain = referral(community, false);
        for (int i = 0; i < prefill; i++) {
            send(facilitator, draft(facilitator, sealed));
        }
        Deque<String> drafts = new ArrayDeque<>();
        for (int i = 0; i < rounds + 10; i++) {
            drafts.add(draft(facilitator, sealed));
        }
        String known = draft(facilitator, sealed);

        List<String> kinds = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            kinds.addAll(List.of("baseline", "draft sealed", "draft plain", "send", "inbox", "identity"));
        }
        for (String k : kinds.subList(0, 12)) {
            run(k, facilitator, officer, sealed, plain, drafts, known);
        }
        Collections.shuffle(kinds, new Random(7));
        Map<String, List<Long>> samples = new TreeMap<>();
        for (String k : kinds) {
            samples.computeIfAbsent(k, x -> new ArrayList<>()).add(run(k, facilitator, officer, sealed, plain, drafts, known));
        }

        Map<String, double[]> stats = new TreeMap<>();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Inbox holding %d sent referrals; %d rounds.%n%n", prefill, rounds));
        md.append("| request | n | p50 ms | p95 ms | p50 / baseline | p95 / baseline |\n|---|---:|---:|---:|---:|---:|\n");
        samples.forEach((k, list) -> {
            Collections.sort(list);
            stats.put(k, new double[] {list.get(list.size() / 2) / 1e6,
                list.get((int) Math.ceil(list.size() * 0.95) - 1) / 1e6});
        });
        double[] b = stats.get("baseline");
        stats.forEach((k, s) -> md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n",
                k, samples.get(k).size(), s[0], s[1], s[0] / b[0], s[1] / b[1])));
        double[] sd = stats.get("draft sealed");
        double[] pd = stats.get("draft plain");
        md.append(String.format(Locale.ROOT, "%nSealing the identity: draft sealed / draft plain = %.2f (p50), %.2f (p95).%n",
                sd[0] / pd[0], sd[1] / pd[1]));
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    static long run(String kind, String facilitator, String officer, String sealed, String plain, Deque<String> drafts,
            String known) throws Exception {
        return switch (kind) {
            case "baseline" -> timed("GET", "/api/v1/account", facilitator, null, 200);
            case "draft sealed" -> timed("POST", "/api/v1/referrals", facilitator, sealed, 201);
            case "draft plain" -> timed("POST", "/api/v1/referrals", facilitator, plain, 201);
            case "send" -> timed("POST", "/api/v1/referrals/" + drafts.pop() + "/transitions", facilitator,
                    "{\"action\":\"SEND\"}", 200);
            case "inbox" -> timed("GET", "/api/v1/referrals?box=INBOX&size=50", officer, null, 200);
            default -> timed("GET", "/api/v1/referrals/" + known + "/identity", facilitator, null, 200);
        };
    }

    static String referral(String community, boolean identity) {
        return "{\"communityId\":\"" + community + "\",\"category\":\"SOCIAL_WELFARE\",\"priority\":\"URGENT\","
                + "\"ageBand\":\"AGE_10_14\",\"sex\":\"FEMALE\",\"reason\":\"Synthetic bench reason\""
                + (identity ? ",\"childName\":\"Synthetic Bench Child\",\"caregiver\":\"Synthetic Caregiver\","
                        + "\"contact\":\"+000 111 2222\",\"narrative\":\"Synthetic narrative for the bench\"" : "")
                + "}";
    }

    static String draft(String facilitator, String json) throws Exception {
        String id = field(call("POST", "/api/v1/referrals", facilitator, json, 201), "id");
        call("POST", "/api/v1/referrals/" + id + "/consent", facilitator,
                "{\"caregiverConsent\":true,\"childAssent\":true,\"scope\":\"Bench\"}", 200);
        return id;
    }

    static void send(String facilitator, String id) throws Exception {
        call("POST", "/api/v1/referrals/" + id + "/transitions", facilitator, "{\"action\":\"SEND\"}", 200);
    }

    /** A new account with one role at {@code unit}, its own password set, and a token; answers "Bearer token". */
    static String account(String admin, String username, String role, String unit) throws Exception {
        String temporary = field(call("POST", "/api/v1/accounts", admin, "{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"roles\":[{\"role\":\"" + role + "\",\"units\":[\"" + unit
                + "\"]}]}", 0), "temporaryPassword");
        String password = "bench-password-" + username;
        call("POST", "/api/v1/account/password", basic(username, temporary),
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + password + "\"}", 0);
        String secret = field(call("POST", "/api/v1/tokens", basic(username, password),
                "{\"name\":\"bench\",\"days\":1}", 0), "secret");
        return "Bearer " + secret;
    }

    static long timed(String method, String path, String auth, String json, int status) throws Exception {
        long start = System.nanoTime();
        call(method, path, auth, json, status);
        return System.nanoTime() - start;
    }

    /** The answer's body; {@code status} 0 accepts any 2xx. */
    static String call(String method, String path, String auth, String json, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int code = response.statusCode();
        if (status == 0 ? code / 100 != 2 : code != status) {
            throw new IllegalStateException(method + " " + path + " answered " + code + ": " + response.body());
        }
        return response.body();
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
}
