package org.harambee.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.harambee.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's indicators read from known roll-ups: exact for the district coordinator in their district, suppressed for
 * a researcher or a national coordinator so that a small child cannot be worked out from the district's total; the
 * API's shape, its problem details and its scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InsightsReadingIntegrationTests extends QuzlandInsights {

    @Autowired
    JsonMapper json;

    @Autowired
    IndicatorReadings readings;

    JsonNode read(String uri, String user, Role role) {
        MvcTestResult result = get(uri, user, role);
        assertThat(result).hasStatus(200);
        return json.readTree(body(result));
    }

    static JsonNode figure(JsonNode insights, String child, String indicator) {
        List<JsonNode> figures = new ArrayList<>();
        if (child == null) {
            insights.get("groups").forEach(g -> g.get("indicators").forEach(figures::add));
        } else {
            insights.get("children").forEach(c -> {
                if (c.get("pcode").asString().equals(child)) {
                    c.get("indicators").forEach(figures::add);
                }
            });
        }
        return figures.stream()
                .filter(f -> f.get("indicator").asString().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    static Long number(JsonNode figure, String field) {
        JsonNode n = figure.get(field);
        return n == null || n.isNull() ? null : n.asLong();
    }

    @Test
    void aDistrictCoordinatorSeesExactFiguresInTheirDistrict() {
        JsonNode amber = read("/api/v1/insights/QZ0101?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR);

        assertThat(amber.get("exact").asBoolean()).isTrue();
        assertThat(amber.get("period").asString()).isEqualTo("2025-Q3");
        JsonNode coverage = figure(amber, null, "coverage");
        assertThat(number(coverage, "numerator")).isEqualTo(15L);
        assertThat(number(coverage, "denominator")).isEqualTo(22L);
        assertThat(coverage.get("value").asDouble()).isEqualTo(68.2);
        assertThat(figure(amber, null, "referral-rate").get("value").asDouble()).isEqualTo(5.0);
        assertThat(figure(amber, null, "time-to-harm").get("value").asDouble()).isEqualTo(6.0);
        JsonNode north = figure(amber, "QZ010101", "referral-completion");
        assertThat(number(north, "numerator")).isEqualTo(2L);
        assertThat(number(north, "denominator")).isEqualTo(3L);
        assertThat(north.get("suppressed").asBoolean()).isFalse();
    }

    @Test
    void aResearcherSeesSmallCellsHiddenAndCannotWorkThemOutFromTheDistrictTotal() {
        JsonNode amber = read("/api/v1/insights/QZ0101?period=2025-Q3", RESEARCHER, Role.RESEARCHER);

        assertThat(amber.get("exact").asBoolean()).isFalse();
        assertThat(amber.get("threshold").asInt()).isEqualTo(5);
        JsonNode north = figure(amber, "QZ010101", "referral-completion");
        assertThat(north.get("suppressed").asBoolean()).isTrue();
        assertThat(north.get("value").isNull()).isTrue();
        assertThat(number(north, "denominator")).isNull();
        Long southSent = number(figure(amber, "QZ010102", "referral-completion"), "denominator");
        Long amberSent = number(figure(amber, null, "referral-completion"), "denominator");
        // North's 3 would be the district's sent minus South's: one of the two is hidden too.
        assertThat(southSent == null || amberSent == null)
                .as("South %s, Amber %s", southSent, amberSent)
                .isTrue();
        assertThat(figure(amber, "QZ010101", "coverage").get("value").asDouble())
                .isEqualTo(75.0);
        assertThat(read("/api/v1/insights/QZ0101?period=2025-Q3", NATIONAL, Role.NATIONAL_COORDINATOR)
                        .get("exact")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theAnswerGroupsIndicatorsByReAimWithTheChildren() {
        JsonNode hill = read("/api/v1/insights/QZ01?period=2025-Q3", RESEARCHER, Role.RESEARCHER);

        assertThat(hill.get("unit").get("pcode").asString()).isEqualTo("QZ01");
        assertThat(hill.get("groups").valueStream().map(g -> g.get("group").asString()))
                .containsExactly("REACH", "EFFECTIVENESS", "ADOPTION", "IMPLEMENTATION", "MAINTENANCE");
        assertThat(hill.get("children").valueStream().map(c -> c.get("pcode").asString()))
                .containsExactly("QZ0101", "QZ0102");
        assertThat(figure(hill, "QZ0102", "referral-completion").get("value").asDouble())
                .isEqualTo(83.3);
        assertThat(figure(hill, null, "district-penetration").get("denominator").asLong())
                .isEqualTo(2L);
        assertThat(figure(hill, null, "institutionalisation").get("kind").asString())
                .isEqualTo("COUNT");
    }

    @Test
    void aTrendReadsStocksAtEachQuartersLastMonth() {
        JsonNode trend = read(
                "/api/v1/insights/QZ0101/trend?indicator=coverage&kind=Q&from=2025-Q2&to=2025-Q4",
                AMBER,
                Role.DISTRICT_COORDINATOR);

        assertThat(trend.get("points").valueStream().map(p -> p.get("period").asString()))
                .containsExactly("2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(trend.get("points").get(0).get("value").asDouble()).isEqualTo(55.0);
        assertThat(trend.get("points").get(1).get("value").asDouble()).isEqualTo(68.2);
        // a running total keeps its value until it changes: December reads September's
        assertThat(trend.get("points").get(2).get("value").asDouble()).isEqualTo(68.2);
    }

    @Test
    void theCatalogGivesEachIndicatorItsGroupAndDefinition() {
        JsonNode catalog = read("/api/v1/insights/indicators", RESEARCHER, Role.RESEARCHER);

        JsonNode coverage = catalog.valueStream()
                .filter(i -> i.get("key").asString().equals("coverage"))
                .findFirst()
                .orElseThrow();
        assertThat(coverage.get("group").asString()).isEqualTo("REACH");
        assertThat(coverage.get("definition").asString()).contains("registered");
        assertThat(catalog.size()).isEqualTo(IndicatorCatalog.all().size());
    }

    @Test
    void aBadPeriodOrUnknownUnitIsAProblemAndAnotherAreaIsForbidden() {
        MvcTestResult badPeriod = get("/api/v1/insights/QZ0101?period=2025-Q5", RESEARCHER, Role.RESEARCHER);
        assertThat(badPeriod).hasStatus(400);
        assertThat(body(badPeriod)).contains("\"field\":\"period\"");
        MvcTestResult unknown = get("/api/v1/insights/QZ9?period=2025-Q3", RESEARCHER, Role.RESEARCHER);
        assertThat(unknown).hasStatus(404);
        assertThat(unknown.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(get("/api/v1/insights/QZ0101/trend?indicator=nope", RESEARCHER, Role.RESEARCHER))
                .hasStatus(400);
        assertThat(get("/api/v1/insights/QZ0101/trend?indicator=coverage&kind=W", RESEARCHER, Role.RESEARCHER))
                .hasStatus(400);
        assertThat(get("/api/v1/insights/QZ02?period=2025-Q3", RESEARCHER, Role.RESEARCHER))
                .hasStatus(403);
        assertThat(get("/api/v1/insights/QZ?period=2025-Q3", RESEARCHER, Role.RESEARCHER))
                .hasStatus(403);
        assertThat(get("/api/v1/insights/QZ01?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
    }

    @Test
    void theDashboardShowsHiddenCellsAsMarkersAndOpensAtTheReadersArea() {
        MvcTestResult page = get("/insights/QZ0101?period=2025-Q3", RESEARCHER, Role.RESEARCHER);
        assertThat(page).hasStatus(200);
        assertThat(body(page)).contains("Amber North").contains(">hidden<").contains("Coverage");
        assertThat(get("/insights", RESEARCHER, Role.RESEARCHER)).hasRedirectedUrl("/insights/QZ01");
        MvcTestResult map = get("/insights/QZ0101/map.json?period=2025-Q3", RESEARCHER, Role.RESEARCHER);
        assertThat(map).hasStatus(200);
        assertThat(body(map)).startsWith("{\"type\":\"FeatureCollection\"");
    }

    @Test
    void theReadingContractListsTheUnitThenItsChildren() {
        java.util.UUID amber = jdbc.sql("select id from geo_unit where pcode = 'QZ0101'")
                .query(java.util.UUID.class)
                .single();
        List<IndicatorValue> values = readings.values(amber, Period.parse("2025-Q3"), true, false);

        // district penetration exists at the district, not at its chiefdoms
        assertThat(values).hasSize(3 * IndicatorCatalog.all().size() - 2);
        assertThat(values.get(0).pcode()).isEqualTo("QZ0101");
        assertThat(values)
                .filteredOn(v -> v.pcode().equals("QZ010101") && v.indicator().equals("referral-completion"))
                .singleElement()
                .satisfies(v -> assertThat(v.value()).isNull());
    }

    @Test
    void aShareWithAHiddenCountReadsAsHiddenNeverAsAPercentage() {
        JsonNode amber = read("/api/v1/insights/QZ0101?period=2025-Q3", RESEARCHER, Role.RESEARCHER);
        JsonNode north = figure(amber, "QZ010101", "referral-completion");

        assertThat(north.get("value").isNull()).isTrue();
        assertThat(north.get("hidden").asString())
                .isEqualTo("hidden: fewer than 5 referrals, or a figure that would" + " reveal such a count");
        assertThat(north.get("hiddenCount").asString()).startsWith("REFERRALS_");
        assertThat(figure(amber, "QZ010101", "coverage").get("hidden").isNull()).isTrue();

        String page = body(get("/insights/QZ0101?period=2025-Q3", RESEARCHER, Role.RESEARCHER));
        assertThat(page).doesNotContain("&lt;5").contains("hidden: fewer than 5 referrals");
        String french = body(org.harambee.ApiRequests.get(
                mvc, "/insights/QZ0101?period=2025-Q3&lang=fr", RESEARCHER, Role.RESEARCHER));
        assertThat(french).contains("masqué : moins de 5 orientations");
    }

    @Test
    void districtPenetrationIsNotDefinedBelowADistrictAndIsNeverAFalseZero() {
        JsonNode amber = read("/api/v1/insights/QZ0101?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR);
        JsonNode north = read("/api/v1/insights/QZ010101?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR);

        assertThat(figure(amber, null, "district-penetration")
                        .get("denominator")
                        .asLong())
                .isEqualTo(1L);
        amber.get("children")
                .forEach(c -> assertThat(c.get("indicators")
                                .valueStream()
                                .map(f -> f.get("indicator").asString()))
                        .doesNotContain("district-penetration"));
        north.get("groups")
                .forEach(g -> assertThat(g.get("indicators")
                                .valueStream()
                                .map(f -> f.get("indicator").asString()))
                        .doesNotContain("district-penetration"));
        MvcTestResult trend = get(
                "/api/v1/insights/QZ010101/trend?indicator=district-penetration&kind=Q",
                AMBER,
                Role.DISTRICT_COORDINATOR);
        assertThat(trend).hasStatus(400);
        assertThat(body(trend)).contains("\"field\":\"indicator\"");
        assertThat(body(get("/insights/QZ010101?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR)))
                .doesNotContain("figure-district-penetration");
        JsonNode catalog = read("/api/v1/insights/indicators", RESEARCHER, Role.RESEARCHER);
        assertThat(catalog.valueStream()
                        .filter(i -> i.get("key").asString().equals("district-penetration"))
                        .findFirst()
                        .orElseThrow()
                        .get("deepestLevel")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aQuartersAndAYearsFlowsAreTheSumOfTheirMonths() {
        InsightsTables.rollup(jdbc, "QZ0102", "2025-10", Measure.PARTICIPANTS.name(), 30);
        InsightsTables.rollup(jdbc, "QZ0102", "2025-11", Measure.PARTICIPANTS.name(), 40);
        InsightsTables.rollup(jdbc, "QZ0102", "2025-12", Measure.PARTICIPANTS.name(), 50);
        InsightsTables.rollup(jdbc, "QZ0102", "2025-05", Measure.PARTICIPANTS.name(), 60);
        String trend = "/api/v1/insights/QZ0102/trend?indicator=female-participation";

        JsonNode quarters = read(trend + "&kind=Q&from=2025-Q2&to=2025-Q4", NATIONAL, Role.NATIONAL_COORDINATOR)
                .get("points");
        JsonNode year = read(trend + "&kind=Y&from=2025&to=2025", NATIONAL, Role.NATIONAL_COORDINATOR)
                .get("points")
                .get(0);

        assertThat(number(quarters.get(0), "denominator")).isEqualTo(60L);
        assertThat(number(quarters.get(2), "denominator")).isEqualTo(120L);
        assertThat(number(year, "denominator")).isEqualTo(180L);
        JsonNode q4 = read("/api/v1/insights/QZ01?period=2025-Q4", NATIONAL, Role.NATIONAL_COORDINATOR);
        assertThat(number(figure(q4, "QZ0102", "female-participation"), "denominator"))
                .isEqualTo(120L);
        JsonNode y2025 = read("/api/v1/insights/QZ01?period=2025", NATIONAL, Role.NATIONAL_COORDINATOR);
        assertThat(number(figure(y2025, "QZ0102", "female-participation"), "denominator"))
                .isEqualTo(180L);
    }

    @Test
    void aHiddenMonthCannotBeWorkedOutFromItsQuarterAndTheOtherMonths() {
        InsightsTables.rollup(jdbc, "QZ0102", "2025-10", Measure.PARTICIPANTS.name(), 3);
        InsightsTables.rollup(jdbc, "QZ0102", "2025-11", Measure.PARTICIPANTS.name(), 10);
        InsightsTables.rollup(jdbc, "QZ0102", "2025-12", Measure.PARTICIPANTS.name(), 12);
        String trend = "/api/v1/insights/QZ0102/trend?indicator=female-participation";

        List<Long> months = new ArrayList<>();
        read(trend + "&kind=M&from=2025-10&to=2025-12", RESEARCHER, Role.RESEARCHER)
                .get("points")
                .forEach(p -> months.add(number(p, "denominator")));
        List<Long> quarters = new ArrayList<>();
        read(trend + "&kind=Q&from=2025-Q1&to=2025-Q4", RESEARCHER, Role.RESEARCHER)
                .get("points")
                .forEach(p -> quarters.add(number(p, "denominator")));
        Long year = number(
                read(trend + "&kind=Y&from=2025&to=2025", RESEARCHER, Role.RESEARCHER)
                        .get("points")
                        .get(0),
                "denominator");

        assertThat(months.get(0)).as("October's 3 participants").isNull();
        long hiddenMonths = months.stream().filter(m -> m == null).count();
        long hiddenQuarters = quarters.stream().filter(q -> q == null).count();
        assertThat(quarters.get(3) == null || hiddenMonths >= 2)
                .as("months %s, quarters %s", months, quarters)
                .isTrue();
        assertThat(year == null || hiddenQuarters != 1)
                .as("quarters %s, year %s", quarters, year)
                .isTrue();
    }
}
