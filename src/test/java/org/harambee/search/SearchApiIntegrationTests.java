package org.harambee.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.search.SearchWorld.AMBER;
import static org.harambee.search.SearchWorld.CEDAR;
import static org.harambee.search.SearchWorld.FACILITATOR;
import static org.harambee.search.SearchWorld.NOBODY;
import static org.harambee.search.SearchWorld.OFFICER;
import static org.harambee.search.SearchWorld.OTHER_FACILITATOR;
import static org.harambee.search.SearchWorld.RESEARCHER;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * {@code GET /api/v1/search} for each kind, in {@link SearchWorld}: found inside the reader's area, not outside it, not
 * without the permission its own list needs, by a word in the middle of the name with accents and case folded.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ApplicationContext context;

    SearchWorld world;

    @BeforeEach
    void theWorld() {
        world = new SearchWorld(jdbc).build(jobs, context);
    }

    @AfterEach
    void clear() {
        SearchWorld.clear(jdbc);
    }

    @Test
    void aCommunityIsFoundByAWordInTheMiddleOfItsNameInsideTheAreaOnly() {
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "AMANI", "COMMUNITY"))
                .containsExactly("Kijiji cha Amani");
        assertThat(labels(CEDAR, Role.DISTRICT_COORDINATOR, "amani", "COMMUNITY"))
                .containsExactly("Amani Lakeside");
        assertThat(labels(RESEARCHER, Role.RESEARCHER, "ama", "COMMUNITY")).containsExactly("Kijiji cha Amani");
    }

    @Test
    void everyWordMustStartAWordOfTheName() {
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "cha kij", "COMMUNITY"))
                .containsExactly("Kijiji cha Amani");
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "kijiji lakeside", "COMMUNITY"))
                .isEmpty();
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "mani", "COMMUNITY"))
                .isEmpty();
    }

    @Test
    void accentsAndCaseAreFoldedInTheNameAndInTheQuery() {
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "ecole THERESE", "COMMUNITY"))
                .containsExactly("École Sainte-Thérèse");
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "thérè", "COMMUNITY"))
                .containsExactly("École Sainte-Thérèse");
    }

    @Test
    void aDevanagariNameIsFoundWithOrWithoutItsMarks() {
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "गाँव", "COMMUNITY"))
                .containsExactly("रामपुर गाँव");
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "गाव", "COMMUNITY")).containsExactly("रामपुर गाँव");
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "रामपुर", "COMMUNITY"))
                .containsExactly("रामपुर गाँव");
    }

    @Test
    void someoneWithoutARoleFindsNothing() {
        String answer = search(NOBODY, null, "amani", null);
        assertThat((Integer) JsonPath.read(answer, "$.groups.length()")).isEqualTo(Kind.values().length);
        List<Integer> totals = JsonPath.read(answer, "$.groups[*].hits.totalItems");
        assertThat(totals).allMatch(t -> t == 0);
        assertThat(labels(NOBODY, null, "reseau", "ORGANISATION")).isEmpty();
        assertThat(labels(NOBODY, null, "medical", "SERVICE_POINT")).isEmpty();
        assertThat(labels(NOBODY, null, "facilitateurs", "TRAINING")).isEmpty();
        assertThat(labels(NOBODY, null, "reference", "AGREEMENT")).isEmpty();
        assertThat(labels(NOBODY, null, "search", "ACCOUNT")).isEmpty();
    }

    @Test
    void anOrganisationIsFoundByAnyReaderOfTheProgrammeWithItsAccentsFolded() {
        assertThat(labels(RESEARCHER, Role.RESEARCHER, "reseau esp", "ORGANISATION"))
                .containsExactly("Synthetic test partner Réseau Espoir");
    }

    @Test
    void aServicePointIsFoundWhereItSitsOrServesOnly() {
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "medical", "SERVICE_POINT"))
                .containsExactly("Amber Bureau Médical");
        assertThat(labels(CEDAR, Role.DISTRICT_COORDINATOR, "BUREAU", "SERVICE_POINT"))
                .containsExactly("Cedar Bureau Médical");
    }

    @Test
    void aTrainingIsFoundByAWordOfItsTitleInsideTheAreaOnly() {
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "facilitateurs", "TRAINING"))
                .containsExactly("Formation des facilitateurs d’Amber");
        assertThat(labels(CEDAR, Role.DISTRICT_COORDINATOR, "FACILITATEURS", "TRAINING"))
                .containsExactly("Formation des facilitateurs de Cedar");
    }

    @Test
    void anAgreementIsFoundByAWordOfItsTitleInsideTheAreaOnly() {
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "reference", "AGREEMENT"))
                .containsExactly("Accord de référence Amani");
        assertThat(labels(CEDAR, Role.DISTRICT_COORDINATOR, "référence", "AGREEMENT"))
                .containsExactly("Accord de référence Lakeside");
    }

    @Test
    void aReferralIsFoundByItsReferenceOnlyByThoseWhoMayOpenIt() {
        String start = world.reference.substring(0, 6).toLowerCase();
        assertThat(labels(FACILITATOR, Role.COMMUNITY_FACILITATOR, start, "REFERRAL"))
                .containsExactly(world.reference);
        assertThat(labels(OFFICER, Role.SERVICE_POINT_OFFICER, world.reference, "REFERRAL"))
                .containsExactly(world.reference);
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, world.reference, "REFERRAL"))
                .containsExactly(world.reference);
        // another facilitator of the same district, a coordinator elsewhere, a researcher, the administrator: no
        assertThat(labels(OTHER_FACILITATOR, Role.COMMUNITY_FACILITATOR, world.reference, "REFERRAL"))
                .isEmpty();
        assertThat(labels(CEDAR, Role.DISTRICT_COORDINATOR, world.reference, "REFERRAL"))
                .isEmpty();
        assertThat(labels(RESEARCHER, Role.RESEARCHER, world.reference, "REFERRAL"))
                .isEmpty();
        assertThat(labels("admin", Role.ADMINISTRATOR, world.reference, "REFERRAL"))
                .isEmpty();
    }

    @Test
    void aReferralHitShowsItsReferenceAndNothingOfTheChild() {
        String answer = search(FACILITATOR, Role.COMMUNITY_FACILITATOR, world.reference, "REFERRAL");
        assertThat(answer).doesNotContain("AGE_5_9", "MALE", "Synthetic reason", "Kijiji");
        assertThat((String) JsonPath.read(answer, "$.groups[0].hits.items[0].href"))
                .isEqualTo("/referrals/" + world.referral);
    }

    @Test
    void accountsAreFoundByAdministratorsOnly() {
        assertThat(labels("admin", Role.ADMINISTRATOR, "search amber", "ACCOUNT"))
                .containsExactly("search-amber (synthetic) (search-amber)");
        assertThat(labels(AMBER, Role.DISTRICT_COORDINATOR, "search amber", "ACCOUNT"))
                .isEmpty();
    }

    @Test
    void eachKindIsAGroupWithItsCountAndOneLinkToEachHit() {
        String answer = search(AMBER, Role.DISTRICT_COORDINATOR, "amani", null);
        List<String> kinds = JsonPath.read(answer, "$.groups[*].kind");
        assertThat(kinds)
                .containsExactly(
                        "REFERRAL", "COMMUNITY", "ORGANISATION", "SERVICE_POINT", "TRAINING", "AGREEMENT", "ACCOUNT");
        assertThat((Integer) JsonPath.read(answer, "$.groups[1].hits.totalItems"))
                .isEqualTo(1);
        assertThat((String) JsonPath.read(answer, "$.groups[1].hits.items[0].href"))
                .isEqualTo("/communities/" + world.amani);
        assertThat((Integer) JsonPath.read(answer, "$.groups[5].hits.totalItems"))
                .isEqualTo(1);
    }

    @Test
    void aQueryTooShortTooLongOrMissingIsRefusedWithAProblem() {
        for (String uri : List.of(
                "/api/v1/search?q=a",
                "/api/v1/search?q=" + "a".repeat(101),
                "/api/v1/search",
                "/api/v1/search?q=  -  ")) {
            MvcTestResult result = ApiRequests.get(mvc, uri, AMBER, Role.DISTRICT_COORDINATOR);
            assertThat(result).hasStatus(400);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(body(result)).contains("\"q\"");
        }
        MvcTestResult badKind =
                ApiRequests.get(mvc, "/api/v1/search?q=amani&kind=PEOPLE", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(badKind).hasStatus(400);
        assertThat(badKind.getResponse().getContentType()).startsWith("application/problem+json");
    }

    private List<String> labels(String user, Role role, String q, String kind) {
        return JsonPath.read(search(user, role, q, kind), "$.groups[0].hits.items[*].label");
    }

    private String search(String user, Role role, String q, String kind) {
        // the request builder encodes the address itself
        String uri = "/api/v1/search?q=" + q + (kind == null ? "" : "&kind=" + kind);
        MvcTestResult result = ApiRequests.get(mvc, uri, user, role);
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
