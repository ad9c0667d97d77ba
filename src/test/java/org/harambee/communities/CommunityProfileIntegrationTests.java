package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.system.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The printable community profile: phase history, harms and the current plan, in the reader's language. */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityProfileIntegrationTests extends QuzlandCommunities {

    static final LocalDate TODAY = LocalDate.now();

    UUID kpetema;

    @BeforeEach
    void kpetemaWithTwoPhasesAndAPlan() {
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        assertThat(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "ENTRY", TODAY.minusDays(20), null))
                .hasStatus(201);
        assertThat(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "LEARNING", TODAY.minusDays(5), null))
                .hasStatus(201);
        CommunityTables.actionPlan(jdbc, kpetema);
    }

    @Test
    void theProfileShowsThePhaseHistoryTheHarmsAndTheCurrentPlanInEnglish() {
        String text = profile("en");
        assertThat(text)
                .contains("Kpetema", "Community profile", "Phase history", "Entry", "Learning")
                .contains("Harms selected", "Child labour")
                .contains("Current action plan", "Back to school", "Talk to farm owners", "Child protection committee")
                .contains("Planned");
    }

    @Test
    void theProfileIsWrittenInFrenchAndSwahiliWithTheirAccents() {
        assertThat(profile("fr"))
                .contains("Profil de la communauté", "Historique des phases", "Entrée", "Apprentissage")
                .contains("Travail des enfants", "Plan d’action en cours", "Prévue");
        assertThat(profile("sw"))
                .contains("Wasifu wa jamii", "Historia ya awamu", "Kuingia", "Kujifunza", "Ajira kwa watoto")
                .contains("Imepangwa");
    }

    @Test
    void theApiGivesTheProfileToThoseWhoAskForAPdf() {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/communities/" + kpetema + "?lang=fr")
                .accept(MediaType.APPLICATION_PDF)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange();
        assertThat(PdfText.of(result)).contains("Profil de la communauté", "Kpetema");
        assertThat(api.get("/api/v1/communities/" + kpetema, RESEARCHER, Role.RESEARCHER))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Test
    void aReaderOutsideTheAreaIsRefused() {
        assertThat(mvc.get()
                        .uri("/communities/" + kpetema + "/profile.pdf")
                        .with(TestAccounts.as(LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/communities/" + kpetema)
                        .accept(MediaType.APPLICATION_PDF)
                        .with(TestAccounts.as(LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void theCommunityPageLinksToItsProfile() {
        assertThat(mvc.get()
                        .uri("/communities/" + kpetema)
                        .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                        .exchange())
                .bodyText()
                .contains("/communities/" + kpetema + "/profile.pdf");
    }

    private String profile(String lang) {
        return PdfText.of(mvc.get()
                .uri("/communities/" + kpetema + "/profile.pdf?lang=" + lang)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange());
    }
}
