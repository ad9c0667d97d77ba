package org.harambee.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.system.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A district's quarterly report: the dashboard's figures, small cells hidden exactly where the dashboard hides them,
 * the last quarters of each indicator, the places below, and the programme for those who may see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuarterlyReportIntegrationTests extends QuzlandInsights {

    static final String AMBER_Q3 = "/insights/QZ0101/quarterly.pdf?period=2025-Q3";

    @Test
    void theReportGivesTheHeadlineFiguresWithTheirDefinitionsAndTrends() {
        String text = report(AMBER_Q3 + "&lang=en", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(text)
                .contains("Quarterly report: Amber, 2025-Q3", "Headline indicators", "Reach", "Coverage")
                .contains("2025-Q2", "2025-Q1", "2024-Q4")
                .contains("68.2", "55.0")
                .contains("Places in Amber", "Amber North", "Amber South")
                .contains("Agreements and readiness", "Agreements in force in this area: 0");
        assertThat(text).contains(new DashboardDefinition("coverage").english());
    }

    @Test
    void smallCellsAreHiddenExactlyAsTheDashboardHidesThem() {
        // North sent 3 referrals and completed 2: a coordinator of Amber sees 66.7 %, a researcher sees it hidden
        assertThat(report(AMBER_Q3, AMBER, Role.DISTRICT_COORDINATOR)).contains("66.7");
        String researcher = report(AMBER_Q3, RESEARCHER, Role.RESEARCHER);
        assertThat(researcher).doesNotContain("66.7").doesNotContain("<5").contains("hidden", "75.0");
        String dashboard = body(get("/insights/QZ0101?period=2025-Q3", RESEARCHER, Role.RESEARCHER));
        assertThat(dashboard).doesNotContain("66.7").contains(">hidden<", "75.0");
    }

    @Test
    void eachReportIsRecordedInTheAuditTrailAsAnExportIs() {
        // the trail is shared by every test and never emptied: only the lines written from here on count
        long before = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();
        report(AMBER_Q3, RESEARCHER, Role.RESEARCHER);
        report(AMBER_Q3, AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(jdbc.sql("select detail from access_audit where action = 'INSIGHTS_REPORT_PRINTED'"
                                + " and record_id = 'QZ0101' and seq > ? order by seq")
                        .param(before)
                        .query(String.class)
                        .list())
                .containsExactly("PDF 2025-Q3 suppressed", "PDF 2025-Q3 exact");
    }

    @Test
    void theReportIsWrittenInFrenchAndSwahiliWithNumbersAsTheyWriteThem() {
        assertThat(report(AMBER_Q3 + "&lang=fr", AMBER, Role.DISTRICT_COORDINATOR))
                .contains("Rapport trimestriel : Amber, 2025-Q3", "Indicateurs clés", "Couverture", "68,2")
                .contains("1 juillet 2025", "Accords en vigueur dans cette zone : 0");
        assertThat(report(AMBER_Q3 + "&lang=fr", RESEARCHER, Role.RESEARCHER)).contains("masqué");
        assertThat(report(AMBER_Q3 + "&lang=sw", RESEARCHER, Role.RESEARCHER))
                .contains("Ripoti ya robo mwaka: Amber, 2025-Q3", "Viashiria vikuu", "Ueneaji", "imefichwa");
    }

    @Test
    void theApiGivesTheReportToThoseWhoAskForAPdfAndRefusesAMonth() {
        MvcTestResult pdf = mvc.get()
                .uri("/api/v1/insights/QZ0101?period=2025-Q3")
                .accept(MediaType.APPLICATION_PDF)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange();
        assertThat(PdfText.of(pdf)).contains("Quarterly report: Amber, 2025-Q3");
        MvcTestResult month = mvc.get()
                .uri("/api/v1/insights/QZ0101?period=2025-08")
                .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange();
        assertThat(month).hasStatus(400);
        assertThat(body(month)).contains("Choose a quarter");
        assertThat(get("/api/v1/insights/QZ0101?period=2025-Q3", RESEARCHER, Role.RESEARCHER))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Test
    void aReaderOutsideTheAreaIsRefused() {
        assertThat(get("/insights/QZ01/quarterly.pdf?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/insights/QZ02?period=2025-Q3")
                        .accept(MediaType.APPLICATION_PDF)
                        .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void thePageGivesTheReportOfTheQuarterOfAMonth() {
        assertThat(report("/insights/QZ0101/quarterly.pdf?period=2025-08", RESEARCHER, Role.RESEARCHER))
                .contains("Quarterly report: Amber, 2025-Q3");
    }

    @Test
    void theDashboardLinksToTheReportOfItsQuarter() {
        assertThat(body(get("/insights/QZ0101?period=2025-08", RESEARCHER, Role.RESEARCHER)))
                .contains("/insights/QZ0101/quarterly.pdf?period=");
        assertThat(body(get("/insights/QZ0101?period=2025-Q3", RESEARCHER, Role.RESEARCHER)))
                .contains("/insights/QZ0101/quarterly.pdf?period=2025-Q3");
    }

    @Test
    void theMapShadesThePlacesByCoverageAsVectorPathsWithAGreyLegend() {
        // two neighbouring places, each with a ragged boundary of thousands of vertices
        boundary("QZ010101", 10.0, 8.6, 0.5, 3000);
        boundary("QZ010102", 10.0, 7.6, 0.5, 3000);
        byte[] pdf = pdf(AMBER_Q3 + "&lang=en", RESEARCHER, Role.RESEARCHER);
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains("Map of the places in Amber", "Each place is shaded by Coverage: the darker, the higher")
                .contains("1. Amber North: 75.0", "2. Amber South: 60.0")
                .contains("60.0 to 63.0", "72.0 to 75.0", "hidden (small numbers)", "no data")
                .doesNotContain("Not on the map");
        // the table stays beside the map, as its accessible alternative
        assertThat(text).contains("Places in Amber", "Amber North", "Amber South");
        PdfText.Drawn drawn = PdfText.drawn(pdf);
        assertThat(drawn.images()).isZero();
        // two places filled and outlined, seven legend swatches
        assertThat(drawn.paths()).isGreaterThanOrEqualTo(2 * 2 + 7 * 2);
        // simplified to the printed scale: far fewer segments than the 6,000 vertices stored, but still round
        assertThat(drawn.segments()).isBetween(60, 1500);
    }

    @Test
    void placesWithoutABoundaryAreListedUnderTheMapInEachLanguage() {
        boundary("QZ010101", 10.0, 8.6, 0.5, 40);
        assertThat(report(AMBER_Q3 + "&lang=en", RESEARCHER, Role.RESEARCHER))
                .contains("1. Amber North: 75.0", "Not on the map, for want of a boundary: Amber South.");
        assertThat(report(AMBER_Q3 + "&lang=fr", RESEARCHER, Role.RESEARCHER))
                .contains("Carte des lieux de Amber", "1. Amber North : 75,0")
                .contains("Absents de la carte, faute de limites : Amber South.");
        assertThat(report(AMBER_Q3 + "&lang=sw", RESEARCHER, Role.RESEARCHER))
                .contains("Ramani ya maeneo ya Amber", "Hayako kwenye ramani, kwa kukosa mipaka: Amber South.");
    }

    @Test
    void withoutBoundariesThereIsNoDrawingAndTheTableGivesTheFigures() {
        byte[] pdf = pdf(AMBER_Q3 + "&lang=en", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(PdfText.of(pdf)).contains("No place below has a boundary to draw", "Places in Amber");
        assertThat(PdfText.drawn(pdf).segments()).isZero();
    }

    @Test
    void referralsByServiceAreCountedWithSmallCellsHiddenAsOnTheDashboard() {
        // Amber sent 23 referrals in 2025-Q3 (see QuzlandInsights): North 3 for health; South 12 for health, 6
        // psychosocial, 2 for education
        categories("QZ010101", "HEALTH", 3, 2, 2);
        categories("QZ010102", "HEALTH", 12, 10, 9);
        categories("QZ010102", "PSYCHOSOCIAL", 6, 5, 5);
        categories("QZ010102", "EDUCATION", 2, 1, 1);
        categories("QZ0101", "HEALTH", 15, 12, 11);
        categories("QZ0101", "PSYCHOSOCIAL", 6, 5, 5);
        categories("QZ0101", "EDUCATION", 2, 1, 1);
        InsightsTables.flow(jdbc, "QZ0101", "2025-Q3", Measure.REFERRALS_ON_TIME_NORMAL, 18);

        String exact = report(AMBER_Q3 + "&lang=en", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(exact)
                .contains("Referrals by service needed")
                .contains("Health 15 12 80.0 11 73.3")
                .contains("Psychosocial and mental health 6 5 83.3 5 83.3")
                .contains("Education 2 1 50.0 1 50.0")
                .contains("All referrals 23 18 78.3 17 73.9")
                .doesNotContain("No service recorded");

        // a researcher sees education hidden (2 is small), and health too: Amber's 15 less South's 12 would give
        // North's 3 away; the two hidden lines protect each other against the total
        String suppressed = report(AMBER_Q3 + "&lang=en", RESEARCHER, Role.RESEARCHER);
        assertThat(suppressed)
                .contains("Psychosocial and mental health 6 5 83.3 5 83.3")
                .contains("Health hidden hidden hidden hidden hidden")
                .contains("Education hidden hidden hidden hidden hidden")
                .doesNotContain("Health 15", "Education 2 1");
        assertThat(report(AMBER_Q3 + "&lang=fr", RESEARCHER, Role.RESEARCHER))
                .contains("Orientations par service demandé", "Santé masqué", "Éducation masqué")
                .contains("Soutien psychosocial et santé mentale 6 5 83,3 5 83,3");
        assertThat(report(AMBER_Q3 + "&lang=sw", RESEARCHER, Role.RESEARCHER))
                .contains("Rufaa kwa huduma inayohitajika", "Afya imefichwa", "Elimu imefichwa");
    }

    @Test
    void referralsWithoutAServiceHaveTheirOwnLine() {
        categories("QZ0101", "HEALTH", 20, 0, 15);
        String exact = report(AMBER_Q3 + "&lang=en", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(exact).contains("Health 20 0 0.0 15 75.0", "No service recorded 3 0", "All referrals 23 0");
    }

    @Test
    void placeNamesInDevanagariArePrintedInAnEmbeddedDevanagariFont() {
        jdbc.sql("update geo_unit_name set name = 'अमर नगर' where unit_id = (select id from geo_unit where pcode = ?)")
                .param("QZ010101")
                .update();
        jdbc.sql("update geo_unit set name = 'अमर नगर' where pcode = ?")
                .param("QZ010101")
                .update();
        byte[] pdf = pdf(AMBER_Q3 + "&lang=en", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(PdfText.of(pdf)).contains("अमर नगर", "Amber South");
        assertThat(PdfText.fonts(pdf))
                .anyMatch(f -> f.endsWith("+NotoSansDevanagari-Regular"))
                .anyMatch(f -> f.endsWith("+DejaVuSans"));
    }

    private void categories(String pcode, String category, long sent, long onTime, long completed) {
        InsightsTables.rollup(jdbc, pcode, "2025-Q3", Measure.SERVICE_SENT.in(category), sent);
        InsightsTables.rollup(jdbc, pcode, "2025-Q3", Measure.SERVICE_ON_TIME.in(category), onTime);
        InsightsTables.rollup(jdbc, pcode, "2025-Q3", Measure.SERVICE_COMPLETED_30D.in(category), completed);
    }

    /** A ragged round boundary (a wobbling circle of {@code vertices} points) for a place. */
    private void boundary(String pcode, double lon, double lat, double radius, int vertices) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= vertices; i++) {
            double angle = 2 * Math.PI * (i % vertices) / vertices;
            double r = radius * (1 + 0.04 * Math.sin(37 * angle));
            ring.append(i == 0 ? "" : ",")
                    .append(String.format(
                            java.util.Locale.ROOT,
                            "[%.6f,%.6f]",
                            lon + r * Math.cos(angle),
                            lat + r * Math.sin(angle)));
        }
        jdbc.sql("update geo_unit set geometry = ?, map_geometry = null where pcode = ?")
                .params("{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}", pcode)
                .update();
    }

    private byte[] pdf(String uri, String user, Role role) {
        MvcTestResult result = get(uri, user, role);
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private String report(String uri, String user, Role role) {
        return PdfText.of(get(uri, user, role));
    }

    /** An indicator's definition as the English messages give it. */
    record DashboardDefinition(String key) {
        String english() {
            try (var in = getClass().getResourceAsStream("/messages.properties")) {
                java.util.Properties p = new java.util.Properties();
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                // the first words are enough: the layout may break the rest across lines
                String definition = p.getProperty("insights.definition." + key);
                return definition.substring(0, Math.min(30, definition.length()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
