package org.harambee.scaleup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A national coordinator randomises twelve clusters of Hill province into four waves (stratified by district) and gets
 * the same schedule again from the same seed; comparison clusters never cross over; once a wave has crossed over,
 * nothing about it changes and the waves cannot be drawn again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RolloutsIntegrationTests extends QuzlandScaleUp {

    static final LocalDate FIRST = LocalDate.now().plusMonths(2);

    @Autowired
    ScaleUp scaleUp;

    final List<UUID> hill = new ArrayList<>();
    UUID lakeCluster;

    @BeforeEach
    void twelveClustersInHillAndOneInLake() {
        UUID ngo = CommunityTables.organisation(jdbc, "Rollout NGO", "NATIONAL_NGO");
        String[] chiefdoms = {"QZ010101", "QZ010102", "QZ010201"};
        for (int i = 0; i < 12; i++) {
            UUID community = CommunityTables.community(jdbc, "Village " + i, chiefdoms[i % 3]);
            hill.add(CommunityTables.cluster(jdbc, "Cluster " + (char) ('A' + i), ngo, community));
        }
        lakeCluster = CommunityTables.cluster(
                jdbc, "Lake cluster", ngo, CommunityTables.community(jdbc, "Lakeside", "QZ020101"));
    }

    @Test
    void twelveClustersFallIntoFourWavesOfThreeAndTheSameSeedGivesTheSameSchedule() {
        long audits = audited("ROLLOUT_RANDOMISED");
        String rollout = id(rollout(NATIONAL, "QZ01", hill, List.of(), 4, true));

        MvcTestResult drawn = post(
                "/api/v1/rollouts/" + rollout + "/randomise",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"seed\":20260301}");

        assertThat(drawn).hasStatusOk();
        assertThat(JsonPath.<Integer>read(body(drawn), "$.seed")).isEqualTo(20260301);
        assertThat(JsonPath.<String>read(body(drawn), "$.algorithm")).isEqualTo("sorted-shuffle-deal/1");
        Map<String, Integer> first = waves(rollout);
        assertThat(first.values().stream().collect(Collectors.groupingBy(w -> w, Collectors.counting())))
                .containsOnly(Map.entry(1, 3L), Map.entry(2, 3L), Map.entry(3, 3L), Map.entry(4, 3L));

        post("/api/v1/rollouts/" + rollout + "/randomise", NATIONAL, Role.NATIONAL_COORDINATOR, "{\"seed\":7}");
        Map<String, Integer> other = waves(rollout);
        post("/api/v1/rollouts/" + rollout + "/randomise", NATIONAL, Role.NATIONAL_COORDINATOR, "{\"seed\":20260301}");

        assertThat(waves(rollout)).isEqualTo(first).isNotEqualTo(other);
        String grid = body(get("/api/v1/rollouts/" + rollout + "/grid", RESEARCHER, Role.RESEARCHER));
        assertThat(JsonPath.<List<Integer>>read(grid, "$.periods[*].index")).containsExactly(0, 1, 2, 3, 4);
        assertThat(JsonPath.<List<String>>read(grid, "$.rows[0].cells[*]"))
                .containsExactly("CONTROL", "INTERVENTION", "INTERVENTION", "INTERVENTION", "INTERVENTION");
        assertThat(JsonPath.<List<String>>read(grid, "$.rows[11].cells[*]"))
                .containsExactly("CONTROL", "CONTROL", "CONTROL", "CONTROL", "INTERVENTION");
        assertThat(scaleUp.crossovers(unitPath("QZ0101")).values())
                .hasSize(8)
                .allSatisfy(c -> assertThat(c.crossoverOn()).isEqualTo(FIRST.plusMonths(3L * (c.wave() - 1))));
        assertThat(audited("ROLLOUT_RANDOMISED")).isEqualTo(audits + 3);
    }

    @Test
    void withoutASeedANewOneIsDrawnAndRecorded() {
        String rollout = id(rollout(AMBER, "QZ0101", hill.subList(0, 2), List.of(), 2, false));

        MvcTestResult drawn =
                post("/api/v1/rollouts/" + rollout + "/randomise", AMBER, Role.DISTRICT_COORDINATOR, "{}");

        assertThat(drawn).hasStatusOk();
        assertThat(JsonPath.<Object>read(body(drawn), "$.seed")).isNotNull();
    }

    @Test
    void comparisonClustersStayInControlThroughout() {
        String rollout = id(rollout(NATIONAL, "QZ01", hill, hill.subList(0, 2), 5, false));
        post("/api/v1/rollouts/" + rollout + "/randomise", NATIONAL, Role.NATIONAL_COORDINATOR, "{\"seed\":1}");

        String grid = body(get("/api/v1/rollouts/" + rollout + "/grid", NATIONAL, Role.NATIONAL_COORDINATOR));

        assertThat(JsonPath.<List<List<String>>>read(grid, "$.rows[?(@.comparison == true)].cells"))
                .hasSize(2)
                .allSatisfy(cells -> assertThat(cells).hasSize(6).containsOnly("CONTROL"));
        assertThat(JsonPath.<List<Object>>read(grid, "$.rows[?(@.comparison == true)].wave"))
                .containsOnlyNulls();
        assertThat(JsonPath.<List<Integer>>read(grid, "$.rows[?(@.comparison == false)].wave"))
                .hasSize(10)
                .containsOnly(1, 2, 3, 4, 5);
    }

    @Test
    void afterACrossoverItsWaveKeepsItsClustersAndTheWavesCannotBeDrawnAgain() {
        long audits = audited("ROLLOUT_WAVE_CHANGED");
        String rollout = id(rollout(NATIONAL, "QZ01", hill, List.of(), 4, false));
        post("/api/v1/rollouts/" + rollout + "/randomise", NATIONAL, Role.NATIONAL_COORDINATOR, "{\"seed\":11}");
        LocalDate first = LocalDate.now().minusDays(1);
        jdbc.sql("update scaleup_rollout set first_crossover = ?")
                .param(java.sql.Date.valueOf(first))
                .update();
        Map<String, Integer> before = waves(rollout);
        Map<Integer, String> assignmentOfWave = assignments(rollout);

        assertThat(errors(put(
                        "/api/v1/rollouts/assignments/" + assignmentOfWave.get(1),
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"wave\":3}")))
                .containsOnly(Map.entry(
                        "wave", "Wave 1 crossed over on " + first + ": its clusters stay, and no cluster joins it."));
        assertThat(errors(put(
                        "/api/v1/rollouts/assignments/" + assignmentOfWave.get(2),
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"wave\":1}")))
                .containsOnly(Map.entry(
                        "wave", "Wave 1 crossed over on " + first + ": its clusters stay, and no cluster joins it."));
        assertThat(errors(post(
                        "/api/v1/rollouts/" + rollout + "/randomise",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"seed\":12}")))
                .containsOnly(Map.entry(
                        "seed", "The first crossover (" + first + ") has come: the waves can no longer be drawn."));
        assertThat(waves(rollout)).isEqualTo(before);

        assertThat(put(
                        "/api/v1/rollouts/assignments/" + assignmentOfWave.get(3),
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"wave\":4}"))
                .hasStatusOk();
        assertThat(audited("ROLLOUT_WAVE_CHANGED")).isEqualTo(audits + 1);
        assertThat(put(
                        "/api/v1/rollouts/assignments/" + assignmentOfWave.get(3),
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"wave\":2}"))
                .hasStatus(403);
    }

    @Test
    void badRolloutsAreRefusedAndWriteNothing() {
        assertThat(errors(rollout(
                        NATIONAL,
                        "QZ0101",
                        List.of(hill.get(0), hill.get(2), UUID.randomUUID()),
                        List.of(hill.get(5)),
                        9,
                        false)))
                .containsOnly(
                        Map.entry("clusterIds[1]", "The cluster Cluster C does not lie in Amber."),
                        Map.entry("clusterIds[2]", "There is no such cluster in your area."),
                        Map.entry("comparisonIds", "A comparison cluster must be one of the clusters in the study."),
                        Map.entry("waves", "At most 3 waves: one per cluster that crosses over."));
        assertThat(errors(post(
                        "/api/v1/rollouts",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"name\":\"\",\"unit\":\"QZ01\",\"clusterIds\":[],\"waves\":0,\"firstCrossover\":\"x\"}")))
                .containsOnly(
                        Map.entry("name", "Fill this in."),
                        Map.entry("waves", "Give a whole number from 1 to 24."),
                        Map.entry("firstCrossover", "Give a date as year-month-day."),
                        Map.entry("periodMonths", "Fill this in."),
                        Map.entry("clusterIds", "Choose at least one cluster."));
        assertThat(rollout(AMBER, "QZ01", hill, List.of(), 2, false)).hasStatus(403);
        assertThat(rollout(AMBER, "QZ0101", List.of(hill.get(0), lakeCluster), List.of(), 2, false))
                .hasStatus(403);
        assertThat(count("scaleup_rollout")).isZero();
        assertThat(count("scaleup_rollout_cluster")).isZero();

        id(rollout(NATIONAL, "QZ01", hill.subList(0, 3), List.of(), 2, false));
        assertThat(errors(rollout(NATIONAL, "QZ01", hill.subList(2, 5), List.of(), 2, false)))
                .containsOnly(
                        Map.entry("clusterIds[0]", "The cluster Cluster C takes part in another rollout already."));
        assertThat(count("scaleup_rollout")).isEqualTo(1);
    }

    @Test
    void theRolloutPageShowsTheGridAndTheFormsRefuseClearly() throws Exception {
        MvcTestResult saved = mvc.post()
                .uri("/rollouts")
                .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                .with(csrf())
                .param("name", "Hill stepped wedge")
                .param("unit", "QZ01")
                .param("clusterIds", hill.stream().map(UUID::toString).toArray(String[]::new))
                .param("comparisonIds", hill.get(11).toString())
                .param("waves", "4")
                .param("firstCrossover", FIRST.toString())
                .param("periodMonths", "3")
                .param("stratifyByDistrict", "true")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        UUID rollout =
                jdbc.sql("select id from scaleup_rollout").query(UUID.class).single();
        mvc.post()
                .uri("/rollouts/" + rollout + "/randomise")
                .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                .with(csrf())
                .param("seed", "42")
                .exchange();

        String page = get("/rollouts/" + rollout, RESEARCHER, Role.RESEARCHER)
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Stepped-wedge schedule", "Period 4", "comparison", "Cluster L", "42");
        assertThat(page).doesNotContain("Move a cluster to another wave");
        String form = mvc.post()
                .uri("/rollouts")
                .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("name", "Again")
                .param("unit", "QZ01")
                .param("clusterIds", hill.get(0).toString())
                .param("waves", "1")
                .param("firstCrossover", FIRST.toString())
                .param("periodMonths", "3")
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("The cluster Cluster A takes part in another rollout already.", "value=\"Again\"");
    }

    /** Wave by cluster id. */
    private Map<String, Integer> waves(String rollout) {
        String json = body(get("/api/v1/rollouts/" + rollout + "/assignments", NATIONAL, Role.NATIONAL_COORDINATOR));
        List<String> clusters = JsonPath.read(json, "$[*].clusterId");
        List<Integer> waves = JsonPath.read(json, "$[*].wave");
        Map<String, Integer> byCluster = new java.util.TreeMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            byCluster.put(clusters.get(i), waves.get(i));
        }
        return byCluster;
    }

    /** One assignment id per wave. */
    private Map<Integer, String> assignments(String rollout) {
        String json = body(get("/api/v1/rollouts/" + rollout + "/assignments", NATIONAL, Role.NATIONAL_COORDINATOR));
        List<String> ids = JsonPath.read(json, "$[*].id");
        List<Integer> waves = JsonPath.read(json, "$[*].wave");
        Map<Integer, String> byWave = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byWave.putIfAbsent(waves.get(i), ids.get(i));
        }
        return byWave;
    }

    private MvcTestResult rollout(
            String user, String unit, List<UUID> clusters, List<UUID> comparison, int waves, boolean stratify) {
        Role role = user.equals(NATIONAL) ? Role.NATIONAL_COORDINATOR : Role.DISTRICT_COORDINATOR;
        return post(
                "/api/v1/rollouts",
                user,
                role,
                "{\"name\":\"Hill stepped wedge\",\"unit\":\"" + unit + "\",\"clusterIds\":" + json(clusters)
                        + ",\"comparisonIds\":" + json(comparison) + ",\"waves\":" + waves + ",\"firstCrossover\":\""
                        + FIRST + "\",\"periodMonths\":3,\"stratifyByDistrict\":" + stratify + "}");
    }

    private static String json(List<UUID> ids) {
        return "[" + String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList()) + "]";
    }
}
