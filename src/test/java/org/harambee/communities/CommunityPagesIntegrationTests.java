package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The community pages: the list with its filters, the form that keeps what was typed and shows each problem beside
 * its field, a community's page with its timeline, and the phase form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityPagesIntegrationTests extends QuzlandCommunities {

    @Test
    void theFormRegistersACommunityAndShowsItsProblemsBesideTheFields() throws Exception {
        UUID hope = CommunityTables.organisation(jdbc, "Hope Network", "NATIONAL_NGO");
        MvcTestResult refused = mvc.post()
                .uri("/communities")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("name", "Kpetema")
                .param("unit", "QZ0101")
                .param("populationTotal", "-3")
                .param("facilitators[0].name", "Fatmata Sesay")
                .param("facilitators[0].inside", "true")
                .param("facilitators[1].name", "")
                .param("partnerId", hope.toString())
                .param("origin", "AGENCY_INITIATED")
                .exchange();

        assertThat(refused).hasStatusOk();
        String page = refused.getResponse().getContentAsString();
        assertThat(page)
                .contains("Please correct the marked fields.")
                .contains("Amber (QZ0101) has places below it: choose a place of the lowest level.")
                .contains("May not be negative.")
                .contains("value=\"Kpetema\"")
                .contains("value=\"Fatmata Sesay\"");
        assertThat(count("community")).isZero();

        MvcTestResult created = mvc.post()
                .uri("/communities")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .param("name", "Kpetema")
                .param("unit", "QZ010101")
                .param("populationTotal", "800")
                .param("facilitators[0].name", "Fatmata Sesay")
                .param("facilitators[0].inside", "true")
                .param("facilitators[1].name", "")
                .param("partnerId", hope.toString())
                .param("origin", "AGENCY_INITIATED")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        UUID id = jdbc.sql("select id from community").query(UUID.class).single();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/communities/" + id);
        assertThat(jdbc.sql("select f.name from capacity_assignment a join capacity_facilitator f"
                                + " on f.id = a.facilitator_id where a.community_id = ? and a.ends_on is null")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("Fatmata Sesay");
    }

    @Test
    void theListAndACommunityPageShowThePhaseAndTheTimeline() throws Exception {
        UUID kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        CommunityTables.community(jdbc, "Largo", "QZ010201");
        assertThat(api.phase(
                        kpetema,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "ENTRY",
                        LocalDate.now().minusDays(3),
                        null))
                .hasStatus(201);

        String list = page("/communities?unit=QZ01", RESEARCHER, Role.RESEARCHER);
        assertThat(list).contains("Kpetema", "Largo", "2 communities");
        assertThat(page("/communities?phase=ENTRY", RESEARCHER, Role.RESEARCHER))
                .contains("Kpetema")
                .doesNotContain("Largo");
        assertThat(page("/communities", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .contains("Kpetema")
                .doesNotContain("Largo");

        String show = page("/communities/" + kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(show)
                .contains("Entry since " + LocalDate.now().minusDays(3))
                .contains("Phase: Entry")
                .contains("/communities/" + kpetema + "/phases/new");
        assertThat(page("/communities/" + kpetema, RESEARCHER, Role.RESEARCHER))
                .contains("Phase: Entry")
                .doesNotContain("/communities/" + kpetema + "/phases/new");
        assertThat(mvc.get()
                        .uri("/communities/" + kpetema)
                        .with(TestAccounts.as(LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR)))
                .hasStatus(403);
    }

    @Test
    void thePhaseFormExplainsWhyASkipIsRefused() throws Exception {
        UUID kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");

        assertThat(page("/communities/" + kpetema + "/phases/new", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .contains("<option value=\"ENTRY\" selected=\"selected\">Entry</option>");
        MvcTestResult refused = mvc.post()
                .uri("/communities/" + kpetema + "/phases")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "fr")
                .param("phase", "LEARNING")
                .param("enteredOn", LocalDate.now().toString())
                .param("note", "premier passage")
                .exchange();

        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains("Donnez un motif pour avoir sauté : Entrée.")
                .contains("premier passage");
        assertThat(count("community_phase")).isZero();
    }

    private String page(String uri, String user, Role role) throws Exception {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .with(TestAccounts.as(user, role))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }
}
