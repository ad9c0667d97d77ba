package org.harambee.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.search.SearchWorld.AMBER;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
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
 * The search page and the header's box, and the search words kept by the modules' own writes: a community or an
 * organisation registered or renamed through the API is found by its new words at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPagesIntegrationTests {

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
    void thePageGroupsTheHitsByKindWithTheirCountsInFrench() {
        String page = page("/search?q=amani", "fr");

        assertThat(page)
                .contains("Kijiji cha Amani", "Communautés", "Accord de référence Amani", "résultats pour")
                .contains("href=\"/communities/" + world.amani + "\"")
                .doesNotContain("Amani Lakeside");
        assertThat(page)
                .contains("id=\"search-COMMUNITY\"", "id=\"search-AGREEMENT\"")
                .doesNotContain("id=\"search-ACCOUNT\"");
    }

    @Test
    void aQueryTooShortIsExplainedBesideTheFieldInSwahili() {
        String page = page("/search?q=a", "sw");

        assertThat(page).contains("id=\"search-q-error\"", "Andika angalau herufi au tarakimu 2");
    }

    @Test
    void everySignedInPageHasTheSearchBoxAndTheSignInPageHasNone() {
        assertThat(page("/", "en")).contains("id=\"header-q\"", "action=\"/search\"");
        MvcTestResult login = mvc.get().uri("/login").exchange();
        assertThat(body(login)).doesNotContain("header-q");
    }

    @Test
    void aCommunityRegisteredAndRenamedIsFoundByItsNewWords() {
        MvcTestResult created = ApiRequests.post(
                mvc,
                "/api/v1/communities",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Nyumba ya Baraké\",\"unit\":\"QZ010101\",\"origin\":\"AGENCY_INITIATED\"}");
        assertThat(created).hasStatus(201);
        String id = JsonPath.read(body(created), "$.id");
        assertThat(labels("barake")).containsExactly("Nyumba ya Baraké");

        MvcTestResult renamed = ApiRequests.put(
                mvc,
                "/api/v1/communities/" + id,
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Nyumba ya Furaha\",\"unit\":\"QZ010101\",\"origin\":\"AGENCY_INITIATED\"}");
        assertThat(renamed).hasStatusOk();
        assertThat(labels("barake")).isEmpty();
        assertThat(labels("FURA")).containsExactly("Nyumba ya Furaha");
    }

    @Test
    void anOrganisationRegisteredIsFoundByAWordOfItsShortName() {
        MvcTestResult created = ApiRequests.post(
                mvc,
                "/api/v1/organisations",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"" + CommunityTables.ORGANISATION_PREFIX + "Bénévoles Unis\",\"shortName\":\"SBU\","
                        + "\"kind\":\"NATIONAL_NGO\"}");
        assertThat(created).hasStatus(201);
        String answer = search("/api/v1/search?kind=ORGANISATION&q=sbu");
        assertThat((List<String>) JsonPath.read(answer, "$.groups[0].hits.items[*].label"))
                .containsExactly(CommunityTables.ORGANISATION_PREFIX + "Bénévoles Unis");
        answer = search("/api/v1/search?kind=ORGANISATION&q=benevoles");
        assertThat((Integer) JsonPath.read(answer, "$.groups[0].hits.totalItems"))
                .isEqualTo(1);
    }

    private List<String> labels(String q) {
        return JsonPath.read(search("/api/v1/search?kind=COMMUNITY&q=" + q), "$.groups[0].hits.items[*].label");
    }

    private String search(String uri) {
        MvcTestResult result = ApiRequests.get(mvc, uri, AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private String page(String uri, String language) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", language)
                .exchange();
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
