package org.harambee.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
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

/** An agreement's printable summary: parties, commitments, who signed and a blank line for each party yet to sign. */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementSummaryIntegrationTests extends QuzlandAgreements {

    UUID agreement;

    @BeforeEach
    void anAgreementInForceSignedByTheCommunity() {
        agreement = AgreementTables.agreement(jdbc, kpetema, "IN_FORCE");
        AgreementTables.commitment(jdbc, agreement);
        jdbc.sql("insert into agreement_signatory (id, agreement_id, party_id, name, title, signed_on, created_by,"
                        + " created_at) values (?, ?, ?, 'Fatmata Sésay', 'Chairperson', ?, 'test', ?)")
                .params(
                        UUID.randomUUID(),
                        agreement,
                        AgreementTables.firstParty(jdbc, agreement),
                        Date.valueOf(LocalDate.now().minusDays(3)),
                        Timestamp.from(Instant.now()))
                .update();
    }

    @Test
    void theSummaryShowsPartiesCommitmentsAndSignatureLines() {
        String en = summary("en");
        assertThat(en)
                .contains("Synthetic agreement", "Agreement summary", "Referrals to the district")
                .contains("Kpetema", "District council", "Refer cases within a day", "Open")
                .contains("Fatmata Sésay", "Chairperson", "Signature", "Signed");
        assertThat(summary("fr"))
                .contains("Résumé de l’accord", "En vigueur", "Kpetema", "Fatmata Sésay", "Échéance", "Signé");
        assertThat(summary("sw")).contains("Muhtasari wa makubaliano", "Yanatumika", "Wazi", "Sahihi");
    }

    @Test
    void theApiGivesTheSummaryToThoseWhoAskForAPdf() {
        MvcTestResult pdf = mvc.get()
                .uri("/api/v1/agreements/" + agreement)
                .accept(MediaType.APPLICATION_PDF)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange();
        assertThat(PdfText.of(pdf)).contains("Synthetic agreement");
        assertThat(mvc.get()
                        .uri("/api/v1/agreements/" + agreement)
                        .accept(MediaType.APPLICATION_JSON)
                        .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                        .exchange())
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Test
    void aReaderOutsideTheAreaIsRefused() {
        assertThat(mvc.get()
                        .uri("/agreements/" + agreement + "/summary.pdf")
                        .with(TestAccounts.as(LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/agreements/" + agreement)
                        .accept(MediaType.APPLICATION_PDF)
                        .with(TestAccounts.as(LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void theAgreementPageLinksToItsSummary() {
        assertThat(mvc.get()
                        .uri("/agreements/" + agreement)
                        .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                        .exchange())
                .bodyText()
                .contains("/agreements/" + agreement + "/summary.pdf");
    }

    private String summary(String lang) {
        return PdfText.of(mvc.get()
                .uri("/agreements/" + agreement + "/summary.pdf?lang=" + lang)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange());
    }
}
