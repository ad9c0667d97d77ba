package org.harambee.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.agreements.documents.AgreementDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Attached documents are checked by their content and size, stored, and downloaded as attachments of the type found,
 * each download audited; the pages draft an agreement and show its parts and a refused form's messages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsAndPagesIntegrationTests extends QuzlandAgreements {

    @Test
    void onlyPdfPngAndJpegFilesOfAtMostFiveMegabytesAreAttachedAndDownloadsAreAudited() throws Exception {
        String id = draft();

        assertThat(errors(upload(id, "mou.pdf", "MZ\u0090 not a pdf".getBytes())))
                .containsOnly(
                        Map.entry("file", "Only PDF, PNG and JPEG files can be attached; this file is none of them."));
        byte[] large = new byte[(int) AgreementDocuments.MAX_BYTES + 1];
        System.arraycopy(AgreementTables.PDF, 0, large, 0, AgreementTables.PDF.length);
        assertThat(errors(upload(id, "big.pdf", large)))
                .containsOnly(Map.entry("file", "The file is larger than 5 MB."));
        assertThat(count("agreement_document")).isZero();

        MvcTestResult attached = upload(id, "../signed \"MOU\".pdf", AgreementTables.PDF);
        assertThat(attached).hasStatus(201);
        String document = JsonPath.read(body(attached), "$.documents[0].id");
        assertThat(JsonPath.<String>read(body(attached), "$.documents[0].filename"))
                .isEqualTo("signed MOU.pdf");

        MvcTestResult download = get("/api/v1/agreement-documents/" + document, RESEARCHER);
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(AgreementTables.PDF);
        assertThat(audited("AGREEMENT_DOCUMENT_DOWNLOADED", id)).isEqualTo(1);
        assertThat(get("/api/v1/agreement-documents/" + document, LAKE_FACILITATOR))
                .hasStatus(403);
        assertThat(get("/api/v1/agreement-documents/" + UUID.randomUUID(), RESEARCHER))
                .hasStatus(404);
    }

    @Test
    void theFormDraftsAnAgreementAndThePageShowsItsPartiesAndARefusedCommitment() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri("/agreements")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("title", "Amber referral agreement")
                .param("purpose", "Referrals")
                .param("formality", "MINUTED")
                .param("communityParty", "CLUSTER:" + cluster)
                .param("systemParty", "OFFICE")
                .exchange();
        assertThat(refused.getResponse().getContentAsString())
                .contains("This field is required.", "value=\"Amber referral agreement\"");
        assertThat(count("agreement")).isZero();

        MvcTestResult saved = mvc.post()
                .uri("/agreements")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .param("title", "Amber referral agreement")
                .param("purpose", "Referrals")
                .param("formality", "MINUTED")
                .param("communityParty", "CLUSTER:" + cluster)
                .param("systemParty", "OFFICE")
                .param("officeName", "District Council of Amber")
                .param("officeLevel", "District")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        UUID id = jdbc.sql("select id from agreement").query(UUID.class).single();

        MvcTestResult commitment = mvc.post()
                .uri("/agreements/" + id + "/commitments")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("description", "Meet every quarter")
                .param("ownerPartyId", UUID.randomUUID().toString())
                .exchange();
        assertThat(commitment.getResponse().getContentAsString())
                .contains("Choose one of the agreement’s parties.", "Amber river cluster", "District Council of Amber");
        assertThat(count("agreement_commitment")).isZero();

        MvcTestResult list = mvc.get()
                .uri("/agreements?unit=QZ01&status=DRAFT")
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(list.getResponse().getContentAsString()).contains("Amber referral agreement", "Draft");
        assertThat(mvc.get()
                        .uri("/agreements/reminders")
                        .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                        .exchange())
                .hasStatusOk();
    }

    private MvcTestResult upload(String agreement, String name, byte[] content) {
        return mvc.post()
                .uri("/api/v1/agreements/" + agreement + "/documents")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "en")
                .exchange();
    }
}
