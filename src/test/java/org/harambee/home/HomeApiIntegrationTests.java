package org.harambee.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.home.HomeWorld.AMBER;
import static org.harambee.home.HomeWorld.CEDAR;
import static org.harambee.home.HomeWorld.FACILITATOR;
import static org.harambee.home.HomeWorld.NATIONAL;
import static org.harambee.home.HomeWorld.OFFICER;
import static org.harambee.home.HomeWorld.PARTNER;
import static org.harambee.home.HomeWorld.RESEARCHER;
import static org.harambee.home.HomeWorld.UNLINKED_PARTNER;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * {@code GET /api/v1/home} as each role finds it in {@link HomeWorld}: the counts of their own work, inside their own
 * area only; 401 signed out. The number of SQL statements of a home does not grow with the data behind it, and a
 * count added through {@link WaitingWork} shows in its role's section.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(HomeApiIntegrationTests.Extensions.class)
class HomeApiIntegrationTests {

    @TestConfiguration
    static class Extensions {

        @Bean
        static StatementCounting statementCounting() {
            return new StatementCounting();
        }

        @Bean
        WaitingWork consentDecisionsForTheTest() {
            return new WaitingWork() {
                @Override
                public Role role() {
                    return Role.DISTRICT_COORDINATOR;
                }

                @Override
                public Optional<Home.Item> item(Reader reader) {
                    return Optional.of(new Home.Item("addedForTheTest", 4L, "/referrals?box=AREA", true));
                }
            };
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    HomeWorld world;

    @BeforeEach
    void theWorld() {
        world = new HomeWorld(jdbc).build(jobs);
    }

    @AfterEach
    void clear() {
        HomeWorld.clear(jdbc);
    }

    @Test
    void aFacilitatorFindsTheirCommunitiesDueAndTheirReferrals() {
        String home = home(FACILITATOR, Role.COMMUNITY_FACILITATOR);

        assertThat(roles(home)).containsExactly("COMMUNITY_FACILITATOR");
        assertThat(counts(home, "COMMUNITY_FACILITATOR"))
                .containsEntry("communities", 2)
                .containsEntry("meetingDue", 1)
                .containsEntry("phaseWaiting", 1)
                .containsEntry("drafts", 1)
                .containsEntry("smsToComplete", 1)
                .containsEntry("waitingForAnswer", 3)
                .containsEntry("linksUnanswered", 1)
                .containsEntry("newFeedback", 1);
        List<String> communities = JsonPath.read(home, "$.sections[0].lines[*].label");
        assertThat(communities).containsExactly("Gbanga", "Kpetema");
        assertThat((Integer) JsonPath.read(home, "$.unreadNotices")).isEqualTo(1);
    }

    @Test
    void anOfficerFindsTheQueueOverdueFirstWithItsDeadline() {
        String home = home(OFFICER, Role.SERVICE_POINT_OFFICER);

        assertThat(counts(home, "SERVICE_POINT_OFFICER"))
                .containsEntry("waiting", 2)
                .containsEntry("overdue", 1);
        assertThat((String) JsonPath.read(home, "$.sections[0].lines[0].label")).isEqualTo(world.overdueReference);
        assertThat((Boolean) JsonPath.read(home, "$.sections[0].lines[0].attention"))
                .isTrue();
        assertThat((String) JsonPath.read(home, "$.sections[0].lines[0].when")).isNotNull();
    }

    @Test
    void aDistrictCoordinatorSeesTheirDistrictsWorkAndNeverAnothers() {
        String amber = home(AMBER, Role.DISTRICT_COORDINATOR);
        String cedar = home(CEDAR, Role.DISTRICT_COORDINATOR);

        assertThat(counts(amber, "DISTRICT_COORDINATOR"))
                .containsEntry("escalations", 1)
                .containsEntry("linksUnanswered", 1)
                .containsEntry("reviewsDue", 1)
                .containsEntry("commitmentsDue", 1)
                .containsEntry("facilitatorsUntrained", 1)
                .containsEntry("phasesComing", 1);
        assertThat(counts(cedar, "DISTRICT_COORDINATOR"))
                .containsEntry("escalations", 1)
                .containsEntry("linksUnanswered", 0)
                .containsEntry("reviewsDue", 1)
                .containsEntry("facilitatorsUntrained", 1)
                .containsEntry("phasesComing", 1);
        List<String> amberLines = JsonPath.read(amber, "$.sections[0].lines[*].label");
        assertThat(amberLines).contains("Amber").doesNotContain("Cedar");
        List<String> cedarLines = JsonPath.read(cedar, "$.sections[0].lines[*].label");
        assertThat(cedarLines).contains("Cedar").doesNotContain("Amber");
    }

    @Test
    void aCountAddedThroughTheExtensionPointShowsInItsRolesSection() {
        assertThat(counts(home(AMBER, Role.DISTRICT_COORDINATOR), "DISTRICT_COORDINATOR"))
                .containsEntry("addedForTheTest", 4);
        assertThat(counts(home(FACILITATOR, Role.COMMUNITY_FACILITATOR), "COMMUNITY_FACILITATOR"))
                .doesNotContainKey("addedForTheTest");
    }

    @Test
    void aCoordinatorFindsTheConsentDecisionsWaitingInTheirDistrictOnly() {
        assertThat(counts(home(AMBER, Role.DISTRICT_COORDINATOR), "DISTRICT_COORDINATOR"))
                .containsEntry("consentDecisions", 2);
        assertThat(counts(home(CEDAR, Role.DISTRICT_COORDINATOR), "DISTRICT_COORDINATOR"))
                .containsEntry("consentDecisions", 1);
        assertThat(counts(home(FACILITATOR, Role.COMMUNITY_FACILITATOR), "COMMUNITY_FACILITATOR"))
                .doesNotContainKey("consentDecisions");
    }

    @Test
    void aPartnerManagerFindsTheirOrganisationsRecordsAndTrainings() {
        String home = home(PARTNER, Role.PARTNER_PROGRAMME_MANAGER);

        assertThat(counts(home, "PARTNER_PROGRAMME_MANAGER"))
                .containsEntry("presence", 1)
                .containsEntry("stepsToTake", 1)
                .containsEntry("trainingsToRun", 1);
        assertThat((String) JsonPath.read(home, "$.sections[0].lines[0].label"))
                .isEqualTo(CommunityTables.ORGANISATION_PREFIX + "Hope Network");
        List<String> keys =
                JsonPath.read(home(UNLINKED_PARTNER, Role.PARTNER_PROGRAMME_MANAGER), "$.sections[0].items[*].key");
        assertThat(keys).containsExactly("noOrganisation");
    }

    @Test
    void aNationalCoordinatorFindsPhasesWithTheirGatesAndDistrictsByReadiness() {
        String home = home(NATIONAL, Role.NATIONAL_COORDINATOR);

        assertThat(counts(home, "NATIONAL_COORDINATOR")).containsEntry("phasesComing", 2);
        List<String> codes = JsonPath.read(home, "$.sections[0].lines[?(@.kind == 'phase')].code");
        assertThat(codes).hasSize(2).allMatch(c -> c.equals("PASSES") || c.equals("FAILS"));
        List<String> districts = JsonPath.read(home, "$.sections[0].lines[?(@.kind == 'readiness')].label");
        assertThat(districts).containsExactlyInAnyOrder("Amber", "Birch", "Cedar");
    }

    @Test
    void aResearcherFindsTheExportsAndResearchPagesOfTheirArea() {
        List<String> links = JsonPath.read(home(RESEARCHER, Role.RESEARCHER), "$.sections[0].items[*].href");

        assertThat(links)
                .containsExactly(
                        "/insights/QZ01",
                        "/insights/QZ01/export.csv",
                        "/insights/QZ01/export.xlsx",
                        "/insights/QZ01/stepped-wedge",
                        "/insights/QZ01/diffusion");
    }

    @Test
    void anAdministratorFindsLockedAccounts() {
        Map<String, Integer> before = counts(home("admin", Role.ADMINISTRATOR), "ADMINISTRATOR");
        jdbc.sql("update access_user set locked_until = null where username = ?")
                .param(HomeWorld.LOCKED)
                .update();

        Map<String, Integer> after = counts(home("admin", Role.ADMINISTRATOR), "ADMINISTRATOR");
        assertThat(before.get("accountsLocked")).isEqualTo(after.get("accountsLocked") + 1);
    }

    @Test
    void someoneWithTwoRolesFindsASectionForEach() {
        jdbc.sql("insert into access_user_role (user_id, role) select id, 'SERVICE_POINT_OFFICER' from access_user"
                        + " where username = ?")
                .param(FACILITATOR)
                .update();
        jdbc.sql("insert into access_role_scope (user_id, role, unit_id) select u.id, 'SERVICE_POINT_OFFICER', g.id"
                        + " from access_user u, geo_unit g where u.username = ? and g.pcode = 'QZ0101'")
                .param(FACILITATOR)
                .update();

        assertThat(roles(home(FACILITATOR, Role.COMMUNITY_FACILITATOR)))
                .containsExactly("COMMUNITY_FACILITATOR", "SERVICE_POINT_OFFICER");
    }

    @Test
    void signedOutTheHomeIsRefused() {
        assertThat(mvc.get().uri("/api/v1/home").exchange()).hasStatus(401);
    }

    @Test
    void aHomeReadsAsManyStatementsWhateverTheDataBehindIt() throws Exception {
        // 40 more communities, meetings and referrals, and 5 more service points on the district's pathway
        int[] before = statements();
        UUID office = jdbc.sql("select id from referral_service_point where name = 'Amber social welfare office'")
                .query(UUID.class)
                .single();
        for (int i = 0; i < 40; i++) {
            UUID community = CommunityTables.community(jdbc, "More " + i, i % 2 == 0 ? "QZ010101" : "QZ010102");
            ReferralFixtures.referral(jdbc, FACILITATOR, community, office, i % 3 == 0 ? "DRAFT" : "SENT");
            CommunityTables.meeting(jdbc, community);
        }
        for (String category : List.of("PSYCHOSOCIAL", "HEALTH", "SAFETY_SHELTER", "LEGAL_JUSTICE", "EDUCATION")) {
            UUID point = ReferralFixtures.servicePoint(jdbc, "More office " + category, category, "QZ0101", true);
            ReferralFixtures.route(jdbc, category, "QZ0101", point);
            ReferralFixtures.officer(jdbc, point, "more-officer-" + category.toLowerCase(java.util.Locale.ROOT));
        }
        int[] after = statements();

        System.out.println(
                "home statements (facilitator, officer, district coordinator): " + java.util.Arrays.toString(after));
        assertThat(after).containsExactly(before);
        // the district coordinator's home evaluates the readiness of their district and the gate of a phase live
        // (capacity and scale-up rules, a few statements per criterion and per service point of the district)
        assertThat(before[0]).as("facilitator").isBetween(1, 10);
        assertThat(before[1]).as("officer").isBetween(1, 6);
        assertThat(before[2]).as("district coordinator").isBetween(1, 60);
    }

    /** Statements of the facilitator's, the officer's and the district coordinator's homes. */
    private int[] statements() throws Exception {
        return new int[] {
            StatementCounting.during(() -> home(FACILITATOR, Role.COMMUNITY_FACILITATOR)),
            StatementCounting.during(() -> home(OFFICER, Role.SERVICE_POINT_OFFICER)),
            StatementCounting.during(() -> home(AMBER, Role.DISTRICT_COORDINATOR))
        };
    }

    private String home(String user, Role role) {
        MvcTestResult result = ApiRequests.get(mvc, "/api/v1/home", user, role);
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> roles(String home) {
        return JsonPath.read(home, "$.sections[*].role");
    }

    /** The counts of a role's section by key. */
    private static Map<String, Integer> counts(String home, String role) {
        List<Map<String, Object>> items = JsonPath.read(home, "$.sections[?(@.role == '" + role + "')].items[*]");
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        items.forEach(i -> {
            if (i.get("count") != null) {
                counts.put((String) i.get("key"), ((Number) i.get("count")).intValue());
            }
        });
        return counts;
    }
}
