package org.harambee.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.Formality;
import org.harambee.agreements.model.PartyKind;

/** What pages and the API show of agreements. {@code status} is as readers see it (lapsed once past review). */
public final class AgreementViews {

    private AgreementViews() {}

    public record Place(String pcode, String name, String levelName) {}

    /** A party named in the reader's language; {@code detail} is an office's level or a service point's category. */
    public record Party(UUID id, PartyKind kind, UUID refId, String name, String detail) {}

    public record Signatory(UUID id, UUID partyId, String party, String name, String title, LocalDate signedOn) {}

    public record Step(UUID id, LocalDate occurredOn, StepKind kind, String note, String who, String recordedBy) {}

    public record Commitment(
            UUID id,
            String description,
            UUID ownerPartyId,
            String owner,
            LocalDate dueOn,
            CommitmentStatus status,
            boolean overdue) {}

    public record Review(UUID id, LocalDate reviewedOn, String outcome, LocalDate nextReviewOn, String recordedBy) {}

    public record Document(
            UUID id, String filename, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {}

    public record Agreement(
            UUID id,
            String title,
            String purpose,
            Formality formality,
            AgreementStatus status,
            Place unit,
            boolean unitChosen,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate reviewDate,
            LocalDate endedOn,
            List<Party> parties,
            List<Signatory> signatories,
            List<Step> steps,
            List<Commitment> commitments,
            List<Review> reviews,
            List<Document> documents,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    public record Summary(
            UUID id,
            String title,
            Formality formality,
            AgreementStatus status,
            Place unit,
            LocalDate reviewDate,
            List<String> parties) {}

    public record ReviewDue(
            UUID agreementId, String title, AgreementStatus status, LocalDate reviewDate, boolean overdue) {}

    public record CommitmentDue(
            UUID id,
            UUID agreementId,
            String agreement,
            String description,
            String owner,
            LocalDate dueOn,
            boolean overdue) {}

    /** Reviews and open commitments due within {@code days} days or overdue, in the reader's area. */
    public record Reminders(int days, List<ReviewDue> reviews, List<CommitmentDue> commitments) {}
}
