package org.harambee.insights.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator maps indicators and units to DHIS2; a researcher's data value set holds only mapped, visible
 * values in DHIS2's shape; a push reaches a stand-in DHIS2 server (started here) with basic authentication, and its
 * import counts are kept; a failing server is a 502 problem detail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Dhis2IntegrationTests extends QuzlandExports {

    static final Pattern UID = Pattern.compile("^[A-Za-z][A-Za-z0-9]{10}$");
    static final Pattern PERIOD = Pattern.compile("^\\d{4}(\\d{2}|Q[1-4])?$");
    static final String SUMMARY = "{\"httpStatus\":\"OK\",\"status\":\"OK\",\"response\":{\"responseType\":"
            + "\"ImportSummary\",\"status\":\"SUCCESS\",\"importCount\":{\"imported\":2,\"updated\":1,\"ignored\":0,"
            + "\"deleted\":0}}}";

    static final HttpServer DHIS2 = start();
    static volatile String lastBody;
    static volatile String lastAuthorization;
    static volatile int answerStatus = 200;
    static volatile String answer = SUMMARY;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void dhis2(DynamicPropertyRegistry registry) {
        registry.add(
                "harambee.insights.dhis2.url",
                () -> "http://127.0.0.1:" + DHIS2.getAddress().getPort() + "/");
        registry.add("harambee.insights.dhis2.username", () -> "harambee-test");
        registry.add("harambee.insights.dhis2.password", () -> "synthetic-dhis2-pass");
    }

    static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/dataValueSets", exchange -> {
                lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answerStatus, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void mapped() {
        answerStatus = 200;
        answer = SUMMARY;
        lastBody = null;
        assertThat(put("/api/v1/insights/dhis2/data-elements/referral-completion", "{\"uid\":\"RfCompl0001\"}"))
                .hasStatusOk();
        assertThat(put("/api/v1/insights/dhis2/data-elements/referral-rate", "{\"uid\":\"RfRate00001\"}"))
                .hasStatusOk();
        assertThat(put("/api/v1/insights/dhis2/org-units/QZ0101", "{\"uid\":\"OuAmber0001\"}"))
                .hasStatusOk();
        assertThat(put("/api/v1/insights/dhis2/org-units/QZ010101", "{\"uid\":\"OuAmberNth1\"}"))
                .hasStatusOk();
    }

    @Test
    void aMalformedIdIsRefusedAndChangesAreAudited() {
        long audits = audited("DHIS2_MAPPING_CHANGED");

        MvcTestResult bad = put("/api/v1/insights/dhis2/org-units/QZ010102", "{\"uid\":\"1notAnId\"}");
        MvcTestResult unknown = put("/api/v1/insights/dhis2/data-elements/no-such-thing", "{\"uid\":\"RfCompl0001\"}");
        put("/api/v1/insights/dhis2/org-units/QZ010102", "{\"uid\":\"OuAmberSth1\"}");

        assertThat(bad).hasStatus(400);
        assertThat(JsonPath.<List<String>>read(body(bad), "$.errors[*].field")).containsExactly("uid");
        assertThat(unknown).hasStatus(400);
        assertThat(audited("DHIS2_MAPPING_CHANGED")).isEqualTo(audits + 1);
        String mapping = body(ApiRequests.get(mvc, "/api/v1/insights/dhis2/mapping", ADMIN, Role.ADMINISTRATOR));
        assertThat(JsonPath.<List<String>>read(mapping, "$.orgUnits[*].orgUnit"))
                .containsExactly("OuAmber0001", "OuAmberNth1", "OuAmberSth1");
    }

    @Test
    void theDataValueSetHasDhis2sShapeAndLeavesHiddenValuesOut() {
        JsonNode suppressed =
                json.readTree(body(get("/api/v1/insights/QZ0101/dhis2?period=2025-Q3", RESEARCHER, Role.RESEARCHER)));
        JsonNode exact = json.readTree(
                body(get("/api/v1/insights/QZ0101/dhis2?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR)));

        for (JsonNode set : List.of(suppressed, exact)) {
            assertThat(set.properties()).extracting(Map.Entry::getKey).containsExactly("dataValues");
            assertThat(set.get("dataValues").isArray()).isTrue();
            for (JsonNode value : set.get("dataValues")) {
                assertThat(value.properties())
                        .extracting(Map.Entry::getKey)
                        .containsExactlyInAnyOrder("dataElement", "period", "orgUnit", "value");
                assertThat(value.get("dataElement").asString()).matches(UID);
                assertThat(value.get("orgUnit").asString()).matches(UID);
                assertThat(value.get("period").asString()).matches(PERIOD).isEqualTo("2025Q3");
                assertThat(value.get("value").isString()).isTrue();
                Double.parseDouble(value.get("value").asString());
            }
        }
        assertThat(exact.findValuesAsString("orgUnit")).contains("OuAmberNth1").doesNotContain("OuAmberSth1");
        assertThat(suppressed.findValuesAsString("orgUnit")).doesNotContain("OuAmberNth1");
        assertThat(exact.findValuesAsString("dataElement")).containsOnly("RfCompl0001", "RfRate00001");
    }

    @Test
    void aPushReachesDhis2WithBasicAuthAndKeepsItsCounts() {
        long audits = audited("DHIS2_PUSHED");

        MvcTestResult pushed = ApiRequests.post(
                mvc, "/api/v1/insights/QZ0101/dhis2/push?period=2025-Q3", ADMIN, Role.ADMINISTRATOR, "{}");

        assertThat(pushed).hasStatusOk();
        assertThat(JsonPath.<Integer>read(body(pushed), "$.imported")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(body(pushed), "$.updated")).isEqualTo(1);
        assertThat(JsonPath.<String>read(body(pushed), "$.status")).isEqualTo("SUCCESS");
        assertThat(lastAuthorization)
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString("harambee-test:synthetic-dhis2-pass".getBytes(StandardCharsets.UTF_8)));
        JsonNode sent = json.readTree(lastBody);
        assertThat(sent.get("dataValues").size()).isEqualTo(JsonPath.<Integer>read(body(pushed), "$.sent"));
        assertThat(sent.findValuesAsString("orgUnit")).containsOnly("OuAmber0001");
        assertThat(sent.findValuesAsString("period")).containsOnly("2025Q3");
        assertThat(audited("DHIS2_PUSHED")).isEqualTo(audits + 1);
        String pushes = body(ApiRequests.get(mvc, "/api/v1/insights/dhis2/pushes", ADMIN, Role.ADMINISTRATOR));
        assertThat(JsonPath.<List<Integer>>read(pushes, "$[*].imported")).containsExactly(2);
        assertThat(body(ApiRequests.get(mvc, "/insights/dhis2", ADMIN, Role.ADMINISTRATOR)))
                .contains("SUCCESS", "OuAmber0001");
    }

    @Test
    void aFailingServerIsABadGatewayProblemThatNamesNoSecret() {
        answerStatus = 500;
        answer = "<html>boom</html>";

        MvcTestResult pushed = ApiRequests.post(
                mvc, "/api/v1/insights/QZ0101/dhis2/push?period=2025-Q3", ADMIN, Role.ADMINISTRATOR, "{}");

        assertThat(pushed).hasStatus(502);
        assertThat(pushed.getResponse().getContentType()).contains("problem+json");
        assertThat(body(pushed)).doesNotContain("synthetic-dhis2-pass", "127.0.0.1");
        assertThat(audited("DHIS2_PUSH_FAILED")).isPositive();
    }

    MvcTestResult put(String uri, String body) {
        return ApiRequests.put(mvc, uri, ADMIN, Role.ADMINISTRATOR, body);
    }
}
