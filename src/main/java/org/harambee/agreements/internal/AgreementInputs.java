package org.harambee.agreements.internal;

import java.util.List;
import java.util.UUID;

/**
 * What users enter, from forms and the API alike. Dates are ISO texts and choices names, so that a wrong one is
 * answered beside its field rather than as an unreadable request.
 */
public final class AgreementInputs {

    private AgreementInputs() {}

    /**
     * An agreement's facts; {@code unit} is a P-code, or empty to place it where its community-side parties meet.
     * {@code parties} is read on creation only; later parties are added one by one.
     */
    public record AgreementInput(
            String title,
            String purpose,
            String formality,
            String unit,
            String startDate,
            String endDate,
            String reviewDate,
            List<PartyInput> parties) {}

    /** A party: {@code refId} of a community, cluster, organisation (PARTNER) or service point; an office by name. */
    public record PartyInput(String kind, UUID refId, String name, String level) {}

    /** To IN_FORCE (from {@code date}, to be reviewed by {@code reviewDate}) or ENDED (on {@code date}). */
    public record TransitionInput(String status, String date, String reviewDate) {}

    public record SignatoryInput(UUID partyId, String name, String title, String signedOn) {}

    public record StepInput(String occurredOn, String kind, String note, String who) {}

    public record CommitmentInput(String description, UUID ownerPartyId, String dueOn, String status) {}

    public record ReviewInput(String reviewedOn, String outcome, String nextReviewOn) {}
}
