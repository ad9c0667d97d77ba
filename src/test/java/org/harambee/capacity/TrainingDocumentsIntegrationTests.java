package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
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

/** A training's attendance sheet to sign and the certificates of those who completed it, in the reader's language. */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingDocumentsIntegrationTests extends QuzlandCapacity {

    UUID training;

    @BeforeEach
    void aTrainingWithOneParticipantWhoCompletedAndOneWhoDidNotCome() {
        training = CapacityTables.training(jdbc, "QZ0101");
        participant("Aïssatou Dembélé", true);
        participant("Absent Synthetic", false);
    }

    @Test
    void theAttendanceSheetListsEveryParticipantWithSignatureColumns() {
        String en = document("/trainings/" + training + "/attendance.pdf?lang=en");
        assertThat(en)
                .contains("Facilitation basics", "Attendance sheet", "Signature, day 1", "Aïssatou Dembélé")
                .contains("Absent Synthetic", "Facilitation");
        assertThat(document("/trainings/" + training + "/attendance.pdf?lang=fr"))
                .contains("Feuille de présence", "Signature, jour 1", "Aïssatou Dembélé", "Compétences couvertes");
        assertThat(document("/trainings/" + training + "/attendance.pdf?lang=sw"))
                .contains("Orodha ya mahudhurio", "Sahihi, siku ya 1", "Uwezeshaji");
    }

    @Test
    void aCertificateIsPrintedForEachParticipantWhoCompleted() {
        MvcTestResult result = page("/trainings/" + training + "/certificates.pdf?lang=fr");
        String fr = PdfText.of(result);
        assertThat(fr).contains("Certificat de réussite", "Aïssatou Dembélé", "Facilitation basics");
        assertThat(fr).doesNotContain("Absent Synthetic");
        assertThat(PdfText.pages(result.getResponse().getContentAsByteArray())).isEqualTo(1);

        participant("Second Synthetic", true);
        byte[] two = page("/trainings/" + training + "/certificates.pdf?lang=sw")
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.pages(two)).isEqualTo(2);
        assertThat(PdfText.of(two)).contains("Cheti cha kukamilisha", "amekamilisha mafunzo", "Second Synthetic");
        assertThat(document("/trainings/" + training + "/certificates.pdf?lang=en"))
                .contains("Certificate of completion", "has completed the training");
    }

    @Test
    void theApiGivesTheSheetAndTheCertificatesAsPdf() {
        MvcTestResult sheet = mvc.get()
                .uri("/api/v1/trainings/" + training)
                .accept(MediaType.APPLICATION_PDF)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange();
        assertThat(PdfText.of(sheet)).contains("Attendance sheet");
        assertThat(get("/api/v1/trainings/" + training, RESEARCHER, Role.RESEARCHER))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(PdfText.of(get("/api/v1/trainings/" + training + "/certificates", RESEARCHER, Role.RESEARCHER)))
                .contains("Aïssatou Dembélé");
    }

    @Test
    void aReaderOutsideTheAreaGetsNeitherDocument() {
        UUID cedar = CapacityTables.training(jdbc, "QZ0201");
        for (String uri : new String[] {
            "/trainings/" + cedar + "/attendance.pdf",
            "/trainings/" + cedar + "/certificates.pdf",
            "/api/v1/trainings/" + cedar + "/certificates"
        }) {
            assertThat(page(uri)).as(uri).hasStatus(403);
        }
    }

    @Test
    void theTrainingPageLinksToItsDocuments() {
        assertThat(page("/trainings/" + training))
                .bodyText()
                .contains("/trainings/" + training + "/attendance.pdf")
                .contains("/trainings/" + training + "/certificates.pdf");
    }

    private String document(String uri) {
        return PdfText.of(page(uri));
    }

    private MvcTestResult page(String uri) {
        return mvc.get()
                .uri(uri)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange();
    }

    private void participant(String name, boolean attended) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into capacity_participant (id, training_id, name, sex, attended, created_by, created_at,"
                        + " updated_at) values (?, ?, ?, 'FEMALE', ?, 'test', ?, ?)")
                .params(UUID.randomUUID(), training, name, attended, now, now)
                .update();
    }
}
