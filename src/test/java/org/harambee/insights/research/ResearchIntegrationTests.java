package org.harambee.insights.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.insights.InsightsTables;
import org.harambee.insights.Measure;
import org.harambee.scaleup.ScaleUpTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A rollout in Amber: cluster A crosses over in 2025-03, cluster B in 2025-05, cluster C is a comparison; 1,000
 * children in each. Referrals: A 10 a month before and 20 after, B 10 before and 30 after, C 10 a month but 2 in June.
 * Hill's starts follow a Bass curve (p 0.03, q 0.38, m 500) for 20 months; Lake has none; Birch three months.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResearchIntegrationTests {

    static final String AMBER = "amber-researcher-dc";
    static final String RESEARCHER = "hill-wedge-researcher";
    static final String NATIONAL = "quzland-national";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void rolloutAndStarts() {
        InsightsTables.freshQuzland(jdbc, jobs);
        TestAccounts.create(jdbc, AMBER, "synthetic-pass-1", Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, RESEARCHER, "synthetic-pass-1", Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, NATIONAL, "synthetic-pass-1", Role.NATIONAL_COORDINATOR, "QZ");
        UUID ngo = CommunityTables.organisation(jdbc, "Wedge NGO", "NATIONAL_NGO");
        UUID a = cluster(ngo, "Cluster A", "QZ010101", 10, 20, YearMonth.of(2025, 3));
        UUID b = cluster(ngo, "Cluster B", "QZ010102", 10, 30, YearMonth.of(2025, 5));
        UUID c = cluster(ngo, "Cluster C", "QZ010101", 10, 10, null);
        UUID rollout = ScaleUpTables.rollout(jdbc, "QZ0101", List.of(a, b, c), true);
        jdbc.sql("update scaleup_rollout set first_crossover = ?, period_months = 2, waves = 2, name = 'Amber wedge'"
                        + " where id = ?")
                .params(Date.valueOf(LocalDate.of(2025, 3, 1)), rollout)
                .update();
        jdbc.sql("update scaleup_rollout_cluster set wave = 2 where cluster_id = ?")
                .param(b)
                .update();
        jdbc.sql("update scaleup_rollout_cluster set wave = null, comparison = true where cluster_id = ?")
                .param(c)
                .update();
        jdbc.sql("update insight_community_month set value = 2 where month = ? and community_id in (select"
                        + " community_id from community_cluster_member where cluster_id = ?)")
                .params(Date.valueOf(LocalDate.of(2025, 6, 1)), c)
                .update();
        YearMonth last = YearMonth.now().minusMonths(1);
        double cumulative = 0;
        for (int t = 0; t < 20; t++) {
            double n = (0.03 + 0.38 * cumulative / 500) * (500 - cumulative);
            cumulative += n;
            InsightsTables.rollup(
                    jdbc,
                    "QZ01",
                    last.minusMonths(19 - t).toString(),
                    Measure.COMMUNITIES_STARTED.name(),
                    Math.round(n));
        }
        for (int t = 0; t < 3; t++) {
            InsightsTables.rollup(
                    jdbc, "QZ0102", last.minusMonths(t).toString(), Measure.COMMUNITIES_STARTED.name(), 2);
        }
    }

    private UUID cluster(UUID ngo, String name, String chiefdom, long before, long after, YearMonth crossover) {
        UUID community = CommunityTables.community(jdbc, name + " village", chiefdom);
        jdbc.sql("update community set population_children = 1000 where id = ?")
                .param(community)
                .update();
        for (int month = 1; month <= 6; month++) {
            YearMonth m = YearMonth.of(2025, month);
            long value = crossover != null && !m.isBefore(crossover) ? after : before;
            jdbc.sql("insert into insight_community_month (community_id, month, measure, value) values (?, ?, ?, ?)")
                    .params(community, Date.valueOf(m.atDay(1)), Measure.REFERRALS_SENT.name(), value)
                    .update();
        }
        return CommunityTables.cluster(jdbc, name, ngo, community);
    }

    @Test
    void exactUptakeIsLabelledByCrossoverAndSummarisedAgainstTheSameMonths() {
        String table = body(get("/api/v1/insights/QZ0101/stepped-wedge", AMBER, Role.DISTRICT_COORDINATOR));

        assertThat(JsonPath.<Boolean>read(table, "$.exact")).isTrue();
        assertThat(JsonPath.<List<String>>read(table, "$.rollouts[0].months"))
                .containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
        assertThat(JsonPath.<List<String>>read(table, "$.rollouts[0].clusters[*].cluster"))
                .containsExactly("Cluster A", "Cluster B", "Cluster C");
        assertThat(JsonPath.<List<Boolean>>read(table, "$.rollouts[0].clusters[0].cells[*].exposed"))
                .containsExactly(false, false, true, true, true, true);
        assertThat(JsonPath.<List<Integer>>read(table, "$.rollouts[0].clusters[1].cells[*].monthsSinceCrossover"))
                .containsExactly(-4, -3, -2, -1, 0, 1);
        assertThat(JsonPath.<Boolean>read(table, "$.rollouts[0].perThousand")).isTrue();
        assertThat(JsonPath.<Double>read(table, "$.rollouts[0].clusters[1].cells[5].uptake"))
                .isEqualTo(30.0);
        assertThat(JsonPath.<Double>read(table, "$.rollouts[0].summary.adoptingBefore"))
                .isCloseTo(10.0, within(1e-9));
        assertThat(JsonPath.<Double>read(table, "$.rollouts[0].summary.adoptingAfter"))
                .isCloseTo(140.0 / 6, within(1e-9));
        assertThat(JsonPath.<Double>read(table, "$.rollouts[0].summary.comparisonBefore"))
                .isCloseTo(10.0, within(1e-9));
        assertThat(JsonPath.<Double>read(table, "$.rollouts[0].summary.comparisonAfter"))
                .isCloseTo(44.0 / 6, within(1e-9));
        assertThat(JsonPath.<Double>read(table, "$.rollouts[0].summary.differenceInDifferences"))
                .isCloseTo(16.0, within(1e-9));
    }

    @Test
    void aResearcherSeesTheSmallJuneCountHiddenAndLeftOutOfTheMeans() {
        String table = body(get("/api/v1/insights/QZ0101/stepped-wedge", RESEARCHER, Role.RESEARCHER));

        assertThat(JsonPath.<Boolean>read(table, "$.exact")).isFalse();
        assertThat(JsonPath.<Object>read(table, "$.rollouts[0].clusters[2].cells[5].referrals"))
                .isNull();
        assertThat(JsonPath.<Object>read(table, "$.rollouts[0].clusters[2].cells[5].uptake"))
                .isNull();
        assertThat(JsonPath.<Double>read(table, "$.rollouts[0].summary.comparisonAfter"))
                .isCloseTo(10.0, within(1e-9));
    }

    @Test
    void theTidyCsvHasOneRowPerClusterAndMonth() {
        MvcTestResult result = get("/api/v1/insights/QZ0101/stepped-wedge/export", RESEARCHER, Role.RESEARCHER);

        assertThat(result).hasStatusOk();
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo("rollout,cluster,wave,comparison,period,exposed,months_since_crossover,referrals,children");
        assertThat(lines).hasSize(19);
        assertThat(lines)
                .contains(
                        "Amber wedge,Cluster A,1,false,2025-03,1,0,20,1000",
                        "Amber wedge,Cluster B,2,false,2025-01,0,-4,10,1000",
                        "Amber wedge,Cluster C,,true,2025-06,0,,,1000");
    }

    @Test
    void hillsStartsRecoverTheBassCurveAndTheOthersAreRefused() {
        String diffusion = body(get("/api/v1/insights/QZ/diffusion", NATIONAL, Role.NATIONAL_COORDINATOR));

        assertThat(JsonPath.<List<String>>read(diffusion, "$.provinces[*].pcode"))
                .containsExactly("QZ01", "QZ02");
        assertThat(JsonPath.<Number>read(diffusion, "$.provinces[0].fit.p").doubleValue())
                .isCloseTo(0.03, within(0.01));
        assertThat(JsonPath.<Number>read(diffusion, "$.provinces[0].fit.q").doubleValue())
                .isCloseTo(0.38, within(0.06));
        assertThat(JsonPath.<Number>read(diffusion, "$.provinces[0].fit.m").doubleValue())
                .isCloseTo(500.0, within(40.0));
        assertThat(JsonPath.<List<Object>>read(diffusion, "$.provinces[0].fit.forecast"))
                .hasSize(24);
        assertThat(JsonPath.<String>read(diffusion, "$.provinces[1].refusal")).isEqualTo("insights.diffusion.noStart");
        String birch = body(get("/api/v1/insights/QZ0102/diffusion", NATIONAL, Role.NATIONAL_COORDINATOR));
        assertThat(JsonPath.<String>read(birch, "$.provinces[0].refusal")).isEqualTo("insights.diffusion.tooFew");
        assertThat(JsonPath.<Object>read(birch, "$.provinces[0].fit")).isNull();
    }

    @Test
    void twoStartsAreNotFittedAndTheReasonIsInTheReadersLanguage() {
        YearMonth last = YearMonth.now().minusMonths(1);
        InsightsTables.rollup(jdbc, "QZ0101", last.minusMonths(8).toString(), Measure.COMMUNITIES_STARTED.name(), 1);
        InsightsTables.rollup(jdbc, "QZ0101", last.minusMonths(7).toString(), Measure.COMMUNITIES_STARTED.name(), 1);

        String amber = body(get("/api/v1/insights/QZ0101/diffusion?lang=fr", NATIONAL, Role.NATIONAL_COORDINATOR));

        assertThat(JsonPath.<String>read(amber, "$.provinces[0].refusal"))
                .isEqualTo("insights.diffusion.tooFewStartMonths");
        assertThat(JsonPath.<String>read(amber, "$.provinces[0].reason"))
                .isEqualTo("Moins de 4 mois avec un démarrage : trop peu pour distinguer p, q et m.");
        assertThat(JsonPath.<Object>read(amber, "$.provinces[0].fit")).isNull();
        assertThat(JsonPath.<String>read(amber, "$.start")).startsWith("Ce qui compte comme démarrage");
    }

    @Test
    void aGoodFitGivesEachParameterItsStandardError() {
        String diffusion = body(get("/api/v1/insights/QZ01/diffusion", NATIONAL, Role.NATIONAL_COORDINATOR));

        double p = JsonPath.<Number>read(diffusion, "$.provinces[0].fit.p").doubleValue();
        double seP = JsonPath.<Number>read(diffusion, "$.provinces[0].fit.seP").doubleValue();
        double seM = JsonPath.<Number>read(diffusion, "$.provinces[0].fit.seM").doubleValue();
        assertThat(seP).isPositive().isLessThan(p);
        assertThat(seM).isPositive().isLessThan(100);
        assertThat(JsonPath.<Object>read(diffusion, "$.provinces[0].fit.poorFit"))
                .isNull();
        assertThat(body(get("/insights/QZ01/diffusion", NATIONAL, Role.NATIONAL_COORDINATOR)))
                .contains("standard error", "What counts as a start");
    }

    @Test
    void thePagesDrawTheTableAndTheChart() {
        assertThat(body(get("/insights/QZ0101/stepped-wedge", RESEARCHER, Role.RESEARCHER)))
                .contains("Amber wedge", "Cluster C", "Difference in differences");
        assertThat(body(get("/insights/QZ/diffusion", NATIONAL, Role.NATIONAL_COORDINATOR)))
                .contains("<svg", "polyline", "No community has started");
    }

    MvcTestResult get(String uri, String user, Role role) {
        return ApiRequests.get(mvc, uri, user, role);
    }

    static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
