package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the OpenAPI document, called as the administrator with what a careless or hostile client sends:
 * malformed JSON, values of the wrong type, huge strings, control characters, invalid UTF-8, content types the
 * operation does not take, and path and query parameters that are not what they should be. None may answer 5xx (or
 * fail with an exception the server would turn into one). The inputs are fixed, so a failure repeats. It runs in a
 * database of its own, since some of what it sends is valid enough to be kept.
 */
@SpringBootTest(properties = "harambee.test.context=api-fuzz")
@AutoConfigureMockMvc
class ApiFuzzIntegrationTests {

    static final String ADMIN = "admin";
    static final String PASSWORD = "synthetic-admin-pass-2026";

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private static final String HUGE = "x".repeat(20_000);
    private static final String CONTROL = "a\u0000b\u0001c\u0007d\u001be\u007ff\r\n\t";

    /** Path and query values that are not what the operation expects, already percent-encoded. */
    static final List<String> BAD_PARAMETERS = List.of(
            "not-an-id",
            "00000000-0000-0000-0000-000000000000",
            "-1",
            "99999999999999999999999",
            "%00",
            "a%0Db%0Ac",
            "%C3%28",
            "%FF%FE",
            "..%2F..%2Fetc",
            "%E2%80%AE%F0%9F%98%80",
            "x".repeat(3_000));

    /** For query parameters, the values that reach different parsers (numbers, dates, ids, text, encodings). */
    static final List<String> BAD_QUERY_VALUES =
            List.of("not-an-id", "-1", "99999999999999999999999", "%00", "%C3%28", "%E2%80%AE", "", "x".repeat(3_000));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    private JsonNode document;

    @BeforeEach
    void readTheDocument() throws Exception {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(result).hasStatusOk();
        document = json.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void noOperationAnswers5xxToMalformedInput() {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        long started = System.nanoTime();
        List<Operation> operations = operations();
        for (Operation operation : operations) {
            for (MockHttpServletRequestBuilder request : requests(operation)) {
                calls++;
                check(operation, request, failures);
            }
        }

        System.out.printf(
                "API-FUZZ: %d calls over %d operations in %d ms%n",
                calls, operations.size(), (System.nanoTime() - started) / 1_000_000);
        assertThat(calls).isGreaterThan(2_000);
        assertThat(failures)
                .withFailMessage(
                        "%d of %d fuzzed calls answered 5xx or failed:%n%s",
                        failures.size(), calls, String.join("\n", failures))
                .isEmpty();
    }

    private void check(Operation operation, MockHttpServletRequestBuilder request, List<String> failures) {
        MvcTestResult result = mvc.perform(request.with(httpBasic(ADMIN, PASSWORD)));
        String what = operation + " " + describe(result.getRequest());
        if (result.getUnresolvedException() != null) {
            failures.add(what + " -> " + result.getUnresolvedException());
            return;
        }
        MockHttpServletResponse response = result.getResponse();
        if (response.getStatus() >= 500) {
            failures.add(what + " -> " + response.getStatus() + " " + body(response));
        }
    }

    /** The calls made of one operation. */
    private List<MockHttpServletRequestBuilder> requests(Operation operation) {
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
        if (operation.path().contains("{")) {
            for (String value : BAD_PARAMETERS) {
                requests.add(operation.request(value, ""));
            }
        } else {
            requests.add(operation.request("", ""));
        }
        for (String query : operation.queryParameters()) {
            for (String value : BAD_QUERY_VALUES) {
                requests.add(operation.request("00000000-0000-0000-0000-000000000001", query + "=" + value));
            }
            requests.add(operation.request("00000000-0000-0000-0000-000000000001", query + "=a&" + query + "=b"));
        }
        if (operation.method() == HttpMethod.GET || operation.method() == HttpMethod.DELETE) {
            return requests;
        }
        for (byte[] body : bodies(operation)) {
            requests.add(withBody(operation, "application/json", body));
        }
        requests.add(withBody(
                operation,
                "application/json; charset=ISO-8859-1",
                "{\"name\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)));
        requests.add(withBody(operation, "application/json; charset=nonsense", "{}".getBytes(StandardCharsets.UTF_8)));
        requests.add(withBody(operation, "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
        requests.add(withBody(operation, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
        requests.add(withBody(operation, "nonsense", "{}".getBytes(StandardCharsets.UTF_8)));
        requests.add(withBody(operation, "multipart/form-data", "--x\r\n".getBytes(StandardCharsets.UTF_8)));
        requests.add(withBody(
                operation,
                "multipart/form-data; boundary=x",
                ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.csv\"\r\n\r\n"
                                + CONTROL + "\r\n--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
                                + CONTROL + "\r\n--x--\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        requests.add(withBody(
                operation,
                "application/x-www-form-urlencoded",
                ("a%00b=" + "%01%02&name=%FF&" + "x".repeat(100) + "=%C3%28").getBytes(StandardCharsets.US_ASCII)));
        return requests;
    }

    private static MockHttpServletRequestBuilder withBody(Operation operation, String type, byte[] body) {
        MockHttpServletRequestBuilder request = operation.request("00000000-0000-0000-0000-000000000001", "");
        return request.contentType(type).content(body);
    }

    /** Malformed JSON, then the operation's own properties filled with each kind of wrong value. */
    private List<byte[]> bodies(Operation operation) {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of(
                "",
                "{",
                "{\"a\":",
                "[",
                "]",
                "null",
                "42",
                "\"text\"",
                "[{}]",
                "{}",
                "{\"unknown\":1}",
                "{\"a\":1,\"a\":2}",
                "[".repeat(5_000),
                "{\"x\":\"\\ud800\"}",
                "\u0000{}")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'});
        List<String> properties = operation.bodyProperties();
        if (!properties.isEmpty()) {
            for (WrongValue kind : wrongValues()) {
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                for (String property : properties) {
                    kind.put(node, property);
                }
                bodies.add(node.toString().getBytes(StandardCharsets.UTF_8));
            }
            bodies.add(badUtf8In(properties));
        }
        return bodies;
    }

    private static byte[] badUtf8In(List<String> properties) {
        StringBuilder text = new StringBuilder("{");
        for (String property : properties) {
            text.append(text.length() > 1 ? "," : "")
                    .append('"')
                    .append(property)
                    .append("\":\"\u0001BAD\"");
        }
        byte[] bytes = text.append('}').toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == 1 && bytes[i + 1] == 'B') {
                bytes[i] = (byte) 0xC0;
                bytes[i + 1] = (byte) 0xAF;
            }
        }
        return bytes;
    }

    /** Puts one kind of wrong value into a property of a body. */
    @FunctionalInterface
    interface WrongValue {
        void put(ObjectNode node, String property);
    }

    private static List<WrongValue> wrongValues() {
        return List.of(
                (n, p) -> n.put(p, 123),
                (n, p) -> n.put(p, -1),
                (n, p) -> n.put(p, 1e308),
                (n, p) -> n.put(p, true),
                (n, p) -> n.put(p, ""),
                (n, p) -> n.put(p, HUGE),
                (n, p) -> n.put(p, CONTROL),
                (n, p) -> n.put(p, "not-a-uuid"),
                (n, p) -> n.put(p, "2026-13-45"),
                (n, p) -> n.put(p, "99999999999999999999999"),
                (n, p) -> n.putArray(p).add(CONTROL),
                (n, p) -> n.putObject(p).put("x", 1),
                (n, p) -> n.putNull(p));
    }

    /** The API's operations, with what the document says of their parameters and bodies. */
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!HTTP_METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<String> query = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("query".equals(parameter.path("in").asString())) {
                        query.add(parameter.path("name").asString());
                    }
                }
                List<String> properties = new ArrayList<>();
                for (JsonNode content : operation.path("requestBody").path("content")) {
                    resolve(content.path("schema"))
                            .path("properties")
                            .propertyNames()
                            .forEach(properties::add);
                }
                operations.add(new Operation(
                        HttpMethod.valueOf(entry.getKey().toUpperCase(Locale.ROOT)),
                        path.getKey(),
                        query,
                        properties.stream().distinct().toList()));
            }
        }
        assertThat(operations).as("operations of the OpenAPI document").hasSizeGreaterThan(50);
        return operations;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.has("items")) {
            return resolve(schema.path("items"));
        }
        return schema;
    }

    private static String describe(org.springframework.mock.web.MockHttpServletRequest request) {
        String uri = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        byte[] body = request.getContentAsByteArray();
        String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return abbreviate(uri) + " [" + request.getContentType() + "] " + abbreviate(shown);
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return abbreviate(response.getContentAsString());
        } catch (Exception unreadable) {
            return "(unreadable)";
        }
    }

    private static String abbreviate(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() <= 120 ? visible : visible.substring(0, 120) + "…(" + visible.length() + ")";
    }

    /** One operation: its method, its path template, its query parameters and its body's properties. */
    record Operation(HttpMethod method, String path, List<String> queryParameters, List<String> bodyProperties) {

        /** The request with every path variable set to {@code pathValue} and the given raw query string. */
        MockHttpServletRequestBuilder request(String pathValue, String query) {
            Matcher variables = PATH_VARIABLE.matcher(path);
            StringBuilder uri = new StringBuilder();
            while (variables.find()) {
                variables.appendReplacement(uri, Matcher.quoteReplacement(pathValue));
            }
            variables.appendTail(uri);
            if (!query.isEmpty()) {
                uri.append('?').append(query);
            }
            return MockMvcRequestBuilders.request(method, URI.create(uri.toString()));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
