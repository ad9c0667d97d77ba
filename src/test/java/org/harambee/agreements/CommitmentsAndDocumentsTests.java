package org.harambee.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harambee.agreements.documents.AgreementDocuments;
import org.harambee.agreements.internal.CommitmentStatus;
import org.junit.jupiter.api.Test;

/** The rules of an agreement's commitments and documents, without Spring. */
class CommitmentsAndDocumentsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    @Test
    void anOpenCommitmentPastItsDueDateIsOverdue() {
        assertThat(CommitmentStatus.OPEN.overdue(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(CommitmentStatus.DONE.overdue(TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(CommitmentStatus.OPEN.overdue(TODAY, TODAY)).isFalse();
        assertThat(CommitmentStatus.OPEN.overdue(null, TODAY)).isFalse();
    }

    @Test
    void documentsAreRecognisedByTheirFirstBytesAndKeepASafeName() {
        assertThat(AgreementDocuments.contentType(AgreementTables.PDF)).isEqualTo("application/pdf");
        assertThat(AgreementDocuments.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}))
                .isEqualTo("image/png");
        assertThat(AgreementDocuments.contentType(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
                .isEqualTo("image/jpeg");
        assertThat(AgreementDocuments.contentType("MZ".getBytes())).isNull();
        assertThat(AgreementDocuments.contentType(new byte[0])).isNull();
        assertThat(AgreementDocuments.filename("C:\\scans\\mou\n.pdf")).isEqualTo("mou.pdf");
        assertThat(AgreementDocuments.filename(null)).isEqualTo("document");
    }
}
