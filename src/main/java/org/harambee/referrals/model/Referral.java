package org.harambee.referrals.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralAction.Actor;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePointRef;

/**
 * A referral of a child to a service point, and the rules of its life: a draft is written and consented, sent, answered
 * by the service point (or escalated past its deadline), and closed or withdrawn. Each rule returns the referral as it
 * becomes and, for a change of status, the event to publish; a refusal is thrown as the problem the caller answers
 * with (409 for an action out of order, 400 with field problems for what is missing). The child's identity is never
 * held here, only whether one is sealed. {@code version} is the one loaded: the save applies only if it is unchanged.
 */
public record Referral(
        UUID id,
        String reference,
        Place place,
        Need need,
        Consent consent,
        Progress progress,
        boolean identified,
        String source,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** A new draft, routed to {@code servicePointId} by hand or by the pathway ({@code routedBy}), if any. */
    public static Referral draft(
            UUID id,
            String reference,
            Place place,
            Need need,
            UUID servicePointId,
            String routedBy,
            boolean identified,
            String source,
            String owner,
            Instant now) {
        return new Referral(
                id,
                reference,
                place,
                need,
                Consent.NONE,
                Progress.draft(servicePointId, routedBy),
                identified,
                source,
                owner,
                now,
                now,
                0);
    }

    public ReferralStatus status() {
        return progress.status();
    }

    public UUID servicePointId() {
        return progress.servicePointId();
    }

    public UUID communityId() {
        return place.communityId();
    }

    public UUID unitId() {
        return place.unitId();
    }

    public String unitPath() {
        return place.unitPath();
    }

    public ServiceCategory category() {
        return need.category();
    }

    public Priority priority() {
        return need.priority();
    }

    public boolean isSender(String user) {
        return user != null && user.equals(createdBy);
    }

    /** Still waiting for an answer after its deadline. */
    public boolean overdue(Instant now) {
        return status().awaitsAnswer()
                && progress.dueAt() != null
                && progress.dueAt().isBefore(now);
    }

    /**
     * The actions that apply now and that one of the {@code actors} takes; not one that would be refused for consent
     * (sending when the caregiver or child said no, asking for a decision when no one did).
     */
    public List<ReferralAction> actionsOf(Predicate<Actor> actors) {
        return Arrays.stream(ReferralAction.values())
                .filter(a -> actors.test(a.actor()) && a.appliesTo(status()) && consent.allows(a))
                .toList();
    }

    /** 409 unless the referral is still a draft: only a draft is edited or consented (not while a coordinator decides). */
    public void requireDraft() {
        if (status() != ReferralStatus.DRAFT) {
            throw new ReferralConflictException("referrals.conflict.notDraft", status());
        }
    }

    /** The draft's content as corrected by its sender; {@code sealed} whether identifying details came with it. */
    public Referral revise(
            Place newPlace, Need newNeed, UUID servicePointId, String routedBy, boolean sealed, Instant now) {
        requireDraft();
        return new Referral(
                id,
                reference,
                newPlace,
                newNeed,
                consent,
                Progress.draft(servicePointId, routedBy),
                sealed,
                source,
                createdBy,
                createdAt,
                now,
                version);
    }

    /**
     * Consent and assent as {@code user} recorded them. Without both, a reason to go ahead is needed and the user must
     * be allowed to override ({@code mayOverride}); otherwise the scope of the consent is.
     */
    public Referral recordConsent(
            Boolean caregiver,
            Boolean child,
            String scope,
            String overrideReason,
            boolean mayOverride,
            String user,
            Instant now) {
        requireDraft();
        return with(Consent.record(caregiver, child, scope, overrideReason, mayOverride, user, now), progress, now);
    }

    /**
     * Sends the draft to {@code target} (the service point it names, if found; null otherwise), to be answered within
     * {@code answerWithin}. Everything a service point needs must be there, and consent (or its override): answers of
     * no without a reason to go ahead need a coordinator's decision first.
     */
    public Change send(ServicePointRef target, Duration answerWithin, String note, Instant now) {
        consent.readyToSend(need.readyToSend(noteProblems(ReferralAction.SEND, note)))
                .require(reaches(target), "servicePointId", "referrals.servicePoint.none")
                .refuseIfAny();
        return change(ReferralAction.SEND, progress.sent(target.id(), now.plus(answerWithin), now), now);
    }

    /**
     * The caregiver or the child said no: the complete draft goes to a coordinator of its area, who overrides or
     * returns it. {@code note} is what the sender adds for them.
     */
    public Change askConsentDecision(String note, Instant now) {
        need.readyToSend(noteProblems(ReferralAction.ASK_CONSENT_DECISION, note))
                .require(consent.refused(), "consent", "referrals.consent.noDecisionNeeded")
                .refuseIfAny();
        return change(
                ReferralAction.ASK_CONSENT_DECISION, progress.after(ReferralAction.ASK_CONSENT_DECISION, note), now);
    }

    /**
     * {@code coordinator} goes ahead without consent for {@code reason} (flagged, as an override by the sender is): the
     * referral is sent to {@code target}, to be answered within {@code answerWithin}.
     */
    public Change overrideConsent(
            String reason, String coordinator, ServicePointRef target, Duration answerWithin, Instant now) {
        noteProblems(ReferralAction.OVERRIDE_CONSENT, reason)
                .require(reaches(target), "servicePointId", "referrals.servicePoint.none")
                .refuseIfAny();
        return with(consent.overriddenBy(coordinator, reason), progress, now)
                .change(ReferralAction.OVERRIDE_CONSENT, progress.sent(target.id(), now.plus(answerWithin), now), now);
    }

    /** The coordinator does not go ahead: the draft returns to its sender with {@code advice}, kept on its timeline. */
    public Change returnWithAdvice(String advice, Instant now) {
        return act(ReferralAction.RETURN_WITH_ADVICE, advice, now);
    }

    public Change acknowledge(String note, Instant now) {
        return act(ReferralAction.ACKNOWLEDGE, note, now);
    }

    public Change accept(String note, Instant now) {
        return act(ReferralAction.ACCEPT, note, now);
    }

    public Change decline(String reason, Instant now) {
        return act(ReferralAction.DECLINE, reason, now);
    }

    public Change provide(String feedback, Instant now) {
        return act(ReferralAction.PROVIDE, feedback, now);
    }

    public Change close(String note, Instant now) {
        return act(ReferralAction.CLOSE, note, now);
    }

    public Change confirmFeedback(String note, Instant now) {
        return act(ReferralAction.CONFIRM_FEEDBACK, note, now);
    }

    public Change withdraw(String reason, Instant now) {
        return act(ReferralAction.WITHDRAW, reason, now);
    }

    /**
     * An answer of the service point or a step of the sender other than sending. A note of the service point becomes
     * the feedback the sender reads; the deadline runs only while an answer is awaited.
     */
    public Change act(ReferralAction action, String note, Instant now) {
        if (action == ReferralAction.SEND
                || action == ReferralAction.ESCALATE
                || action == ReferralAction.ASK_CONSENT_DECISION
                || action == ReferralAction.OVERRIDE_CONSENT) {
            throw new IllegalArgumentException(action + " has its own rule");
        }
        noteProblems(action, note).refuseIfAny();
        return change(action, progress.after(action, note), now);
    }

    /** Past its deadline: to the service point one level up ({@code to}), with a new deadline. */
    public Change escalate(ServicePointRef to, Duration answerWithin, Instant now) {
        requireApplies(ReferralAction.ESCALATE);
        return change(ReferralAction.ESCALATE, progress.escalatedTo(to.id(), now.plus(answerWithin)), now);
    }

    /** Past its deadline with no level above: it stays where it is, marked so that it is not tried again. */
    public Referral exhaustEscalation(Instant now) {
        requireApplies(ReferralAction.ESCALATE);
        return withProgress(progress.exhausted(), now);
    }

    private Change change(ReferralAction action, Progress next, Instant now) {
        return Change.of(this, action, withProgress(next, now), now);
    }

    private Referral withProgress(Progress next, Instant now) {
        return with(consent, next, now);
    }

    private Referral with(Consent nextConsent, Progress next, Instant now) {
        return new Referral(
                id, reference, place, need, nextConsent, next, identified, source, createdBy, createdAt, now, version);
    }

    private void requireApplies(ReferralAction action) {
        if (!action.appliesTo(status())) {
            throw new ReferralConflictException("referrals.conflict.action", action, status());
        }
    }

    /** 409 when the action does not apply; the reason it needs and the length of its note otherwise. */
    private Problems noteProblems(ReferralAction action, String note) {
        requireApplies(action);
        return new Problems()
                .require(!action.needsReason(status()) || note != null, "note", "referrals.note.reasonRequired")
                .length("note", note, action.actor() == Actor.SERVICE_POINT ? 500 : 1000);
    }

    private boolean reaches(ServicePointRef target) {
        return target != null && target.active() && target.id().equals(servicePointId());
    }
}
