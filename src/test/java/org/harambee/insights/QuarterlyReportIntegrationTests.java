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
