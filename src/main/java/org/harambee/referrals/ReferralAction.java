package org.harambee.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * What someone can do to a referral, which statuses it applies to, and what it leads to. The sender sends (or asks for
 * a consent decision), withdraws and confirms the feedback (closing the loop); a coordinator decides on consent; the
 * service point (an officer or a one-time link) answers; the system escalates.
 */
public enum ReferralAction {
    SEND(Actor.SENDER, ReferralStatus.SENT, EnumSet.of(ReferralStatus.DRAFT)),
    /** The caregiver or the child said no: the sender asks a coordinator of the area to decide. */
    ASK_CONSENT_DECISION(Actor.SENDER, ReferralStatus.AWAITING_CONSENT_DECISION, EnumSet.of(ReferralStatus.DRAFT)),
    /** The coordinator goes ahead without consent, with a reason (flagged): the referral is sent. */
    OVERRIDE_CONSENT(Actor.COORDINATOR, ReferralStatus.SENT, EnumSet.of(ReferralStatus.AWAITING_CONSENT_DECISION)),
    /** The coordinator does not go ahead: the draft returns to its sender with advice. */
    RETURN_WITH_ADVICE(Actor.COORDINATOR, ReferralStatus.DRAFT, EnumSet.of(ReferralStatus.AWAITING_CONSENT_DECISION)),
    ACKNOWLEDGE(
            Actor.SERVICE_POINT,
            ReferralStatus.ACKNOWLEDGED,
            EnumSet.of(ReferralStatus.SENT, ReferralStatus.ESCALATED)),
    ACCEPT(
            Actor.SERVICE_POINT,
            ReferralStatus.ACCEPTED,
            EnumSet.of(ReferralStatus.SENT, ReferralStatus.ESCALATED, ReferralStatus.ACKNOWLEDGED)),
    DECLINE(
            Actor.SERVICE_POINT,
            ReferralStatus.DECLINED,
            EnumSet.of(ReferralStatus.SENT, ReferralStatus.ESCALATED, ReferralStatus.ACKNOWLEDGED)),
    PROVIDE(Actor.SERVICE_POINT, ReferralStatus.SERVICE_PROVIDED, EnumSet.of(ReferralStatus.ACCEPTED)),
    CLOSE(
            Actor.SERVICE_POINT,
            ReferralStatus.CLOSED,
            EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.SERVICE_PROVIDED)),
    /**
     * The referrer confirms that the service point's feedback reached them: the loop is closed. Only after the
     * service was provided (a decline is final and carries its reason already).
     */
    CONFIRM_FEEDBACK(Actor.SENDER, ReferralStatus.CLOSED, EnumSet.of(ReferralStatus.SERVICE_PROVIDED)),
    WITHDRAW(
            Actor.SENDER,
            ReferralStatus.WITHDRAWN,
            EnumSet.of(
                    ReferralStatus.DRAFT,
                    ReferralStatus.AWAITING_CONSENT_DECISION,
                    ReferralStatus.SENT,
                    ReferralStatus.ESCALATED,
                    ReferralStatus.ACKNOWLEDGED)),
    ESCALATE(
            Actor.SYSTEM,
            ReferralStatus.ESCALATED,
            EnumSet.of(ReferralStatus.SENT, ReferralStatus.ESCALATED, ReferralStatus.ACKNOWLEDGED));

    /** Who may take the action: a coordinator is one who may override consent where the referral comes from. */
    public enum Actor {
        SENDER,
        SERVICE_POINT,
        COORDINATOR,
        SYSTEM
    }

    private final Actor actor;
    private final ReferralStatus to;
    private final Set<ReferralStatus> from;

    ReferralAction(Actor actor, ReferralStatus to, Set<ReferralStatus> from) {
        this.actor = actor;
        this.to = to;
        this.from = from;
    }

    public Actor actor() {
        return actor;
    }

    public ReferralStatus to() {
        return to;
    }

    public boolean appliesTo(ReferralStatus status) {
        return from.contains(status);
    }

    /**
     * A decline, a withdrawal, a close without the service provided (closing an accepted referral) and a consent
     * decision (the reason to override, the advice on return) say why.
     */
    public boolean needsReason(ReferralStatus from) {
        return this == DECLINE
                || this == WITHDRAW
                || this == OVERRIDE_CONSENT
                || this == RETURN_WITH_ADVICE
                || (this == CLOSE && from == ReferralStatus.ACCEPTED);
    }
}
