package org.harambee.notifications;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a message says, by its keys in the message files: a subject (for e-mail) and a text (the SMS, and the e-mail's
 * body), in the recipient's language, with the row's parameters as {@code {0}}, {@code {1}}.... Parameters are
 * references and links only.
 */
public enum Template {
    /** {0} the reference, {1} the referral's page. */
    REFERRAL_ARRIVED("referralArrived", "notifications.referralArrived.subject", "notifications.referralArrived.text"),
    /** {0} the reference, {1} the referral's page. */
    REFERRAL_ESCALATED(
            "referralEscalated", "notifications.referralEscalated.subject", "notifications.referralEscalated.text"),
    /** {0} the reference, {1} the one-time link (the row's secret). */
    LINK_ISSUED("linkIssued", "notifications.linkIssued.subject", "notifications.linkIssued.text"),
    /** {0} the reference, {1} the referral's page. */
    FEEDBACK_ACKNOWLEDGED(
            "feedbackAcknowledged",
            "notifications.feedback.ACKNOWLEDGED.subject",
            "notifications.feedback.ACKNOWLEDGED.text"),
    FEEDBACK_ACCEPTED(
            "feedbackAccepted", "notifications.feedback.ACCEPTED.subject", "notifications.feedback.ACCEPTED.text"),
    FEEDBACK_DECLINED(
            "feedbackDeclined", "notifications.feedback.DECLINED.subject", "notifications.feedback.DECLINED.text"),
    FEEDBACK_SERVICE_PROVIDED(
            "feedbackServiceProvided",
            "notifications.feedback.SERVICE_PROVIDED.subject",
            "notifications.feedback.SERVICE_PROVIDED.text"),
    FEEDBACK_CLOSED("feedbackClosed", "notifications.feedback.CLOSED.subject", "notifications.feedback.CLOSED.text"),
    /** {0} the reference, {1} the referral's page: waiting for a coordinator's consent decision. */
    CONSENT_DECISION_WAITING(
            "consentDecisionWaiting",
            "notifications.consentDecisionWaiting.subject",
            "notifications.consentDecisionWaiting.text"),
    /** {0} the reference, {1} the referral's page: the coordinator overrode and the referral went on. */
    CONSENT_OVERRIDDEN(
            "consentOverridden", "notifications.consentOverridden.subject", "notifications.consentOverridden.text"),
    /** {0} the reference, {1} the referral's page: returned to its sender with advice. */
    CONSENT_RETURNED("consentReturned", "notifications.consentReturned.subject", "notifications.consentReturned.text"),
    /** {0} the agreement's title, {1} the review's due date, {2} the agreement's page. */
    REVIEW_DUE("reviewDue", "notifications.reviewDue.subject", "notifications.reviewDue.text"),
    /** {0} the agreement's title, {1} the commitment's due date, {2} the agreement's page. */
    COMMITMENT_DUE("commitmentDue", "notifications.commitmentDue.subject", "notifications.commitmentDue.text"),
    /** {0} the training's title, {1} its first day, {2} its last day, {3} its venue or place, {4} its page. */
    TRAINING_ENROLLED(
            "trainingEnrolled", "notifications.trainingEnrolled.subject", "notifications.trainingEnrolled.text");

    private final String key;
    private final String subjectKey;
    private final String textKey;

    Template(String key, String subjectKey, String textKey) {
        this.key = key;
        this.subjectKey = subjectKey;
        this.textKey = textKey;
    }

    /** The name kept on the outbox row and shown in the log ({@code notifications.template.<key>}). */
    public String key() {
        return key;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String textKey() {
        return textKey;
    }

    public static Optional<Template> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
