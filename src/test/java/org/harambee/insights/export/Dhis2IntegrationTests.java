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
    static final List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** DHIS2 2.38+ refusing a value of another period type than its data set's: 409 with the summary wrapped. */
    static final String CONFLICT = """
            {"httpStatus":"Conflict","httpStatusCode":409,"status":"WARNING",
             "message":"One more conflicts encountered, please check import summary.",
             "response":{"responseType":"ImportSummary","status":"WARNING",
               "importOptions":{"idSchemes":{},"dryRun":false,"async":false,"importStrategy":"CREATE_AND_UPDATE"},
               "description":"Import process completed successfully",
               "importCount":{"imported":1,"updated":0,"ignored":1,"deleted":0},
               "conflicts":[{"object":"2025Q3","objects":{"period":"2025Q3","dataElement":"RfRate00001"},
                 "value":"Period type of period: `2025Q3` not valid for data element: `RfRate00001`",
                 "errorCode":"E7632","property":"period","indexes":[1]}],
               "rejectedIndexes":[1],"dataSetComplete":"false"}}
            """;

    /** What {@code /api/organisationUnits?fields=id,code,name,level&paging=false} answers. */
    static final String ORG_UNITS = """
            {"organisationUnits":[
              {"id":"OuQuzland01","code":"QZ","name":"Quzland","level":1},
              {"code":"QZ01","name":"Hill","level":2,"id":"OuHill00001"},
              {"name":"Amber","id":"OuAmber0001","level":3,"code":"QZ0101"},
              {"id":"OuAmberNth2","code":" qz010101 ","name":"Amber North","level":4},
              {"id":"OuElsewher1","code":"ZZ0101","name":"Elsewhere","level":3},
              {"id":"OuNoCode001","name":"Without a code","level":4}
            ]}""";

    static volatile String orgUnitsQuery;

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
            server.createContext("/api/organisationUnits", exchange -> {
                orgUnitsQuery = exchange.getRequestURI().getRawQuery();
                lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                byte[] bytes = ORG_UNITS.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.createContext("/api/dataValueSets", exchange -> {
                lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                bodies.add(lastBody);
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
        bodies.clear();
        assertThat(put(
                        "/api/v1/insights/dhis2/data-elements/referral-completion",
                        element("RfCompl0001", "DsQuart0001", "Quarterly")))
                .hasStatusOk();
        assertThat(put(
                        "/api/v1/insights/dhis2/data-elements/referral-rate",
                        element("RfRate00001", "DsQuart0001", "Quarterly")))
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
        MvcTestResult unknown = put(
                "/api/v1/insights/dhis2/data-elements/no-such-thing",
                element("RfCompl0001", "DsQuart0001", "Quarterly"));
        MvcTestResult noType =
                put("/api/v1/insights/dhis2/data-elements/coverage", element("CovQuart001", "1bad", "Weekly"));
        put("/api/v1/insights/dhis2/org-units/QZ010102", "{\"uid\":\"OuAmberSth1\"}");

        assertThat(bad).hasStatus(400);
        assertThat(JsonPath.<List<String>>read(body(bad), "$.errors[*].field")).containsExactly("uid");
        assertThat(unknown).hasStatus(400);
        assertThat(JsonPath.<List<String>>read(body(noType), "$.errors[*].field"))
                .containsExactlyInAnyOrder("dataSet", "periodType");
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
            assertThat(set.properties()).extracting(Map.Entry::getKey).containsExactly("dataSet", "dataValues");
            assertThat(set.get("dataSet").asString()).isEqualTo("DsQuart0001");
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

    /**
     * Issue 17, point 10: an indicator mapped to a monthly and to a quarterly data set leaves in each period only to
     * the data set of that period's type; a yearly period with nothing mapped sends nothing; DHIS2's conflicts (E7632,
     * a period of another type) come back into the push on the API and the page.
     */
    @Test
    void eachIndicatorLeavesOnlyInItsDataSetsPeriodTypeAndConflictsComeBack() {
        assertThat(put(
                        "/api/v1/insights/dhis2/data-elements/referral-completion",
                        element("RfComplMon1", "DsMonth0001", "Monthly")))
                .hasStatusOk();
        String mapping = body(ApiRequests.get(mvc, "/api/v1/insights/dhis2/mapping", ADMIN, Role.ADMINISTRATOR));
        assertThat(JsonPath.<List<String>>read(
                        mapping, "$.dataElements[?(@.indicator == 'referral-completion')].periodType"))
                .containsExactly("Monthly", "Quarterly");

        JsonNode monthly = json.readTree(
                body(get("/api/v1/insights/QZ0101/dhis2?period=2025-07", AMBER, Role.DISTRICT_COORDINATOR)));
        assertThat(monthly.findValuesAsString("dataElement")).containsOnly("RfComplMon1");
        assertThat(monthly.findValuesAsString("period")).containsOnly("202507");
        JsonNode quarterly = json.readTree(
                body(get("/api/v1/insights/QZ0101/dhis2?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR)));
        assertThat(quarterly.findValuesAsString("dataElement")).containsOnly("RfCompl0001", "RfRate00001");
        JsonNode yearly =
                json.readTree(body(get("/api/v1/insights/QZ0101/dhis2?period=2025", AMBER, Role.DISTRICT_COORDINATOR)));
        assertThat(yearly.get("dataValues").size()).isZero();

        MvcTestResult nothing = ApiRequests.post(
                mvc, "/api/v1/insights/QZ0101/dhis2/push?period=2025", ADMIN, Role.ADMINISTRATOR, "{}");
        assertThat(nothing).hasStatusOk();
        assertThat(JsonPath.<String>read(body(nothing), "$.status")).isEqualTo("NOTHING_TO_SEND");
        assertThat(bodies).isEmpty();

        answerStatus = 409;
        answer = CONFLICT;
        MvcTestResult pushed = ApiRequests.post(
                mvc, "/api/v1/insights/QZ0101/dhis2/push?period=2025-Q3", ADMIN, Role.ADMINISTRATOR, "{}");
        assertThat(pushed).hasStatusOk();
        assertThat(bodies).hasSize(1);
        assertThat(json.readTree(bodies.get(0)).get("dataSet").asString()).isEqualTo("DsQuart0001");
        assertThat(JsonPath.<String>read(body(pushed), "$.status")).isEqualTo("WARNING");
        assertThat(JsonPath.<Integer>read(body(pushed), "$.imported")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(body(pushed), "$.ignored")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(body(pushed), "$.conflicts[*].errorCode"))
                .containsExactly("E7632");
        assertThat(JsonPath.<List<String>>read(body(pushed), "$.conflicts[*].dataSet"))
                .containsExactly("DsQuart0001");
        assertThat(JsonPath.<List<String>>read(body(pushed), "$.conflicts[*].object"))
                .containsExactly("2025Q3");

        String pushes = body(ApiRequests.get(mvc, "/api/v1/insights/dhis2/pushes", ADMIN, Role.ADMINISTRATOR));
        assertThat(JsonPath.<List<String>>read(pushes, "$[0].conflicts[*].message"))
                .containsExactly("Period type of period: `2025Q3` not valid for data element: `RfRate00001`");
        assertThat(body(ApiRequests.get(mvc, "/insights/dhis2", ADMIN, Role.ADMINISTRATOR)))
                .contains("E7632", "WARNING", "Monthly", "DsMonth0001");

        // the page's push shows the summary and the conflicts
        MvcTestResult form = mvc.post()
                .uri("/insights/dhis2/push")
                .with(org.harambee.access.TestAccounts.as(ADMIN, Role.ADMINISTRATOR))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("pcode", "QZ0101")
                .param("period", "2025-Q3")
                .exchange();
        assertThat(form).hasStatus3xxRedirection();
        Dhis2Push.Pushed flashed =
                (Dhis2Push.Pushed) form.getMvcResult().getFlashMap().get("pushed");
        assertThat(flashed.conflicts())
                .extracting(Dhis2Client.Conflict::errorCode)
                .containsExactly("E7632");
        assertThat(afterRedirect(form)).contains("DHIS2 refused 1 value(s)", "not valid for data element");
    }

    /**
     * Issue 17, point 11: the places whose P-code is the code of one of the server's organisation units are mapped at
     * once (codes trimmed and case folded); those whose code names no place are listed; only administrators may.
     */
    @Test
    void placesAreMappedByCodeFromTheServersOrganisationUnits() {
        put("/api/v1/insights/dhis2/org-units/QZ01", "{\"uid\":\"OuOldHill01\"}");
        long audits = audited("DHIS2_MAPPING_CHANGED");

        MvcTestResult matched =
                ApiRequests.post(mvc, "/api/v1/insights/dhis2/org-units/by-code", ADMIN, Role.ADMINISTRATOR, "{}");

        assertThat(matched).hasStatusOk();
        assertThat(orgUnitsQuery).isEqualTo("fields=id,code,name,level&paging=false");
        assertThat(JsonPath.<Integer>read(body(matched), "$.orgUnits")).isEqualTo(6);
        assertThat(JsonPath.<Integer>read(body(matched), "$.mapped")).isEqualTo(1); // QZ
        assertThat(JsonPath.<Integer>read(body(matched), "$.changed")).isEqualTo(2); // QZ01, QZ010101
        assertThat(JsonPath.<Integer>read(body(matched), "$.unchanged")).isEqualTo(1); // QZ0101
        assertThat(JsonPath.<Integer>read(body(matched), "$.withoutCode")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(body(matched), "$.unmatched[*].code"))
                .containsExactly("ZZ0101");
        assertThat(audited("DHIS2_MAPPING_CHANGED")).isEqualTo(audits + 1);
        String mapping = body(ApiRequests.get(mvc, "/api/v1/insights/dhis2/mapping", ADMIN, Role.ADMINISTRATOR));
        assertThat(JsonPath.<List<String>>read(mapping, "$.orgUnits[*].orgUnit"))
                .containsExactly("OuQuzland01", "OuHill00001", "OuAmber0001", "OuAmberNth2");

        assertThat(ApiRequests.post(mvc, "/api/v1/insights/dhis2/org-units/by-code", RESEARCHER, Role.RESEARCHER, "{}"))
                .hasStatus(403);

        MvcTestResult form = mvc.post()
                .uri("/insights/dhis2/org-units/by-code")
                .with(org.harambee.access.TestAccounts.as(ADMIN, Role.ADMINISTRATOR))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        assertThat(form).hasStatus3xxRedirection();
        Dhis2OrgUnitMapping.CodeMatch again = (Dhis2OrgUnitMapping.CodeMatch)
                form.getMvcResult().getFlashMap().get("matched");
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.unmatched())
                .extracting(Dhis2OrgUnitMapping.OrgUnit::name)
                .containsExactly("Elsewhere");
        assertThat(afterRedirect(form))
                .contains(
                        "Read 6 organisation unit(s)",
                        "4 already mapped",
                        "1 organisation unit(s) have a code",
                        "ZZ0101");
        assertThat(body(ApiRequests.get(mvc, "/insights/dhis2", ADMIN, Role.ADMINISTRATOR)))
                .contains("OuQuzland01", "OuHill00001", "OuAmberNth2");
    }

    /** The admin page as the browser gets it after the form's redirect: the flash comes back with the session. */
    String afterRedirect(MvcTestResult form) {
        return body(mvc.get()
                .uri("/insights/dhis2")
                .with(org.harambee.access.TestAccounts.as(ADMIN, Role.ADMINISTRATOR))
                .header("Accept-Language", "en")
                .cookie(form.getResponse().getCookies())
                .exchange());
    }

    static String element(String uid, String dataSet, String periodType) {
        return "{\"uid\":\"" + uid + "\",\"dataSet\":\"" + dataSet + "\",\"periodType\":\"" + periodType + "\"}";
    }

    MvcTestResult put(String uri, String body) {
        return ApiRequests.put(mvc, uri, ADMIN, Role.ADMINISTRATOR, body);
    }
}
