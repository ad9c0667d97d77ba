package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.harambee.communities.CommunityFixtures.body;
import static org.harambee.communities.CommunityFixtures.community;
import static org.harambee.communities.CommunityRegistrationIntegrationTests.errors;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.ImportJobsAwait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Clusters: three neighbouring communities supported by an NGO, placed where they meet or at a unit chosen to hold
 * them; members in one cluster only and inside the user's area; placement kept right when boundaries or members move.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClustersIntegrationTests extends QuzlandCommunities {

    UUID ngo;
    UUID kpetema;
    UUID gbanja;
    UUID mano;

    @BeforeEach
    void threeCommunitiesOfAmberAndAnNgo() {
        ngo = CommunityTables.organisation(jdbc, "Children First", "INTERNATIONAL_NGO");
        kpetema = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Kpetema", "QZ010101", null));
        gbanja = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Gbanja", "QZ010101", null));
        mano = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Mano", "QZ010102", null));
    }

    @Test
    void aClusterOfThreeCommunitiesSupportedByAnNgoSitsWhereTheyMeetAndListsTheirPhases() {
        assertThat(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "ENTRY", LocalDate.now(), null))
                .hasStatus(201);

        MvcTestResult created = cluster(null, "Amber river cluster", ngo, List.of(kpetema, gbanja, mano), null);

        assertThat(created).hasStatus(201);
        String json = body(created);
        String id = JsonPath.read(json, "$.id");
        assertThat(JsonPath.<String>read(json, "$.unit.pcode")).isEqualTo("QZ0101");
        assertThat(JsonPath.<Boolean>read(json, "$.unitChosen")).isFalse();
        assertThat(JsonPath.<String>read(json, "$.leadPartner.name"))
                .isEqualTo("Synthetic test partner Children First");
        assertThat(JsonPath.<List<String>>read(json, "$.members[*].name")).containsExactly("Gbanja", "Kpetema", "Mano");
        assertThat(JsonPath.<List<String>>read(json, "$.members[*].currentPhase"))
                .containsExactly(null, "ENTRY", null);
        assertThat(api.get("/api/v1/communities/" + mano, RESEARCHER, Role.RESEARCHER))
                .bodyJson()
                .extractingPath("$.cluster.name")
                .isEqualTo("Amber river cluster");
        assertThat(JsonPath.<List<String>>read(
                        body(api.get("/api/v1/clusters?unit=QZ01", RESEARCHER, Role.RESEARCHER)), "$.items[*].id"))
                .containsExactly(id);
        assertThat(JsonPath.<List<Object>>read(
                        body(api.get("/api/v1/clusters", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR)), "$.items"))
                .isEmpty();
        assertThat(api.get("/api/v1/clusters/" + id, LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
        assertThat(jdbc.sql("select unit_path from access_audit where action = 'CLUSTER_CREATED' and record_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(unitPath("QZ0101"));
    }

    @Test
    void aChosenUnitMustHoldEveryMember() {
        assertThat(errors(cluster(null, "Hill cluster", ngo, List.of(kpetema, mano), "QZ010101")))
                .containsOnly(Map.entry("unit", "Amber North does not hold every member."));
        assertThat(count("community_cluster")).isZero();

        assertThat(cluster(null, "Hill cluster", ngo, List.of(kpetema, mano), "QZ01"))
                .hasStatus(403);
        assertThat(cluster(NATIONAL, "Hill cluster", ngo, List.of(kpetema, mano), "QZ01"))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.unit.pcode")
                .isEqualTo("QZ01");
        assertThat(cluster(null, "Amber cluster", ngo, List.of(gbanja), "QZ0101"))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.unitChosen")
                .isEqualTo(true);
    }

    @Test
    void membersBelongToOneClusterAndLieInsideTheArea() {
        UUID cedar = CommunityTables.community(jdbc, "Lakeside", "QZ020101");
        assertThat(cluster(null, "First", ngo, List.of(kpetema), null)).hasStatus(201);

        assertThat(errors(cluster(null, "first", null, List.of(gbanja, kpetema, UUID.randomUUID()), null)))
                .containsOnly(
                        Map.entry("name", "A cluster of this name exists already."),
                        Map.entry("leadPartnerId", "Choose the lead organisation."),
                        Map.entry("memberIds[1]", "Kpetema belongs to the cluster First already."),
                        Map.entry("memberIds[2]", "There is no such community in your area."));
        assertThat(cluster(null, "Second", ngo, List.of(gbanja, cedar), null)).hasStatus(403);
        assertThat(errors(cluster(null, "Second", ngo, List.of(), null)))
                .containsOnly(Map.entry("memberIds", "Choose at least one community."));
        assertThat(count("community_cluster")).isEqualTo(1);
        assertThat(count("community_cluster_member")).isEqualTo(1);
    }

    @Test
    void aClusterFollowsItsMembersWhenACommunityOrABoundaryMoves() throws InterruptedException {
        UUID largo = api.register(NATIONAL, Role.NATIONAL_COORDINATOR, community("Largo", "QZ010201", null));
        String hill =
                JsonPath.read(body(cluster(NATIONAL, "Hill cluster", ngo, List.of(kpetema, largo), null)), "$.id");
        String birch = JsonPath.read(body(cluster(NATIONAL, "Birch cluster", ngo, List.of(gbanja), null)), "$.id");
        assertThat(clusterPath(birch)).isEqualTo(unitPath("QZ010101"));

        assertThat(api.put(
                        "/api/v1/communities/" + gbanja,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        community("Gbanja", "QZ010102", null)))
                .hasStatusOk();
        assertThat(clusterPath(birch)).isEqualTo(unitPath("QZ010102"));
        assertThat(clusterPath(hill)).isEqualTo(unitPath("QZ01"));

        ImportJobsAwait.importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        awaitPath(hill, unitPath("QZ"));
        assertThat(clusterPath(birch)).isEqualTo(unitPath("QZ010102"));
    }

    @Test
    void aMemberCannotLeaveTheUnitChosenForItsCluster() {
        assertThat(cluster(null, "Amber North cluster", ngo, List.of(kpetema, gbanja), "QZ010101"))
                .hasStatus(201);

        assertThat(errors(api.put(
                        "/api/v1/communities/" + kpetema,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        community("Kpetema", "QZ010102", null))))
                .containsOnly(Map.entry(
                        "unit",
                        "The cluster Amber North cluster was placed at a unit that would no longer hold this"
                                + " community."));
        assertThat(jdbc.sql("select unit_path from community where id = ?")
                        .param(kpetema)
                        .query(String.class)
                        .single())
                .isEqualTo(unitPath("QZ010101"));
    }

    @Test
    void theClusterFormGroupsTickedCommunitiesAndThePageShowsTheirPhases() throws Exception {
        MvcTestResult saved = mvc.post()
                .uri("/clusters")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .param("name", "Amber river cluster")
                .param("leadPartnerId", ngo.toString())
                .param("memberIds", kpetema.toString(), gbanja.toString(), mano.toString())
                .exchange();

        assertThat(saved).hasStatus3xxRedirection();
        UUID id = jdbc.sql("select id from community_cluster").query(UUID.class).single();
        MvcTestResult page = mvc.get()
                .uri("/clusters/" + id)
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(page.getResponse().getContentAsString())
                .contains("Amber river cluster", "Kpetema", "Gbanja", "Mano", "Not started", "Children First");

        MvcTestResult refused = mvc.post()
                .uri("/clusters")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("name", "Second")
                .param("leadPartnerId", ngo.toString())
                .param("memberIds", kpetema.toString())
                .exchange();
        assertThat(refused.getResponse().getContentAsString())
                .contains("Kpetema belongs to the cluster Amber river cluster already.")
                .contains("value=\"Second\"");
    }

    private MvcTestResult cluster(String user, String name, UUID lead, List<UUID> members, String unit) {
        String json = "{\"name\":\"" + name + "\"" + (lead == null ? "" : ",\"leadPartnerId\":\"" + lead + "\"")
                + ",\"memberIds\":["
                + String.join(",", members.stream().map(m -> "\"" + m + "\"").toList()) + "]"
                + (unit == null ? "" : ",\"unit\":\"" + unit + "\"") + "}";
        return user == null
                ? api.post("/api/v1/clusters", COORDINATOR, Role.DISTRICT_COORDINATOR, json)
                : api.post("/api/v1/clusters", user, Role.NATIONAL_COORDINATOR, json);
    }

    private String clusterPath(String id) {
        return jdbc.sql("select unit_path from community_cluster where id = ?")
                .param(UUID.fromString(id))
                .query(String.class)
                .single();
    }

    private void awaitPath(String cluster, String expected) throws InterruptedException {
        await().atMost(Duration.ofSeconds(20)).until(() -> expected.equals(clusterPath(cluster)));
        assertThat(clusterPath(cluster)).isEqualTo(expected);
    }
}
