package org.harambee.notifications;

import java.util.List;
import java.util.Optional;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.Role;
import org.harambee.referrals.OneTimeLinkIssued;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralMoved;
import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ServicePoints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the referrals module's moves send, queued in the transaction of the move (a synchronous listener, so that a
 * move rolled back queues nothing): a referral arriving at a service point to its officers, an escalation also to
 * the district coordinators of the community's area, the service point's answers to the referrer, and the one-time
 * link of an office not on the platform to its phone and e-mail address. Messages carry the reference and a link.
 */
@Component
class ReferralMessages {

    private final Notifications notifications;
    private final ServicePoints servicePoints;
    private final AccountLookup accounts;
    private final String baseUrl;

    ReferralMessages(
            Notifications notifications,
            ServicePoints servicePoints,
            AccountLookup accounts,
            @Value("${harambee.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.servicePoints = servicePoints;
        this.accounts = accounts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @EventListener
    void moved(ReferralMoved moved) {
        Urgency urgency = urgency(moved.priority());
        List<String> parameters = List.of(moved.reference(), baseUrl + "/referrals/" + moved.referralId());
        // arriving: sent by its referrer or by a coordinator's consent decision, or escalated to the office above
        if (moved.to() == ReferralStatus.SENT || moved.action() == ReferralAction.ESCALATE) {
            if (moved.servicePointId() != null) {
                for (String officer : servicePoints.officers(moved.servicePointId())) {
                    notifications.toAccount(officer, Template.REFERRAL_ARRIVED, parameters, urgency);
                }
            }
        }
        if (moved.action() == ReferralAction.ESCALATE) {
            for (AccountRef coordinator : accounts.holding(Role.DISTRICT_COORDINATOR, moved.unitPath())) {
                notifications.toAccount(coordinator.username(), Template.REFERRAL_ESCALATED, parameters, urgency);
            }
        }
        if (moved.action().actor() == ReferralAction.Actor.SERVICE_POINT && moved.sender() != null) {
            feedback(moved.to()).ifPresent(t -> notifications.toAccount(moved.sender(), t, parameters, Urgency.NORMAL));
        }
    }

    @EventListener
    void linkIssued(OneTimeLinkIssued issued) {
        String link = baseUrl + "/r/" + issued.token();
        List<String> parameters = List.of(issued.reference());
        String recipient = issued.servicePointId().toString();
        Urgency urgency = urgency(issued.priority());
        if (issued.phone() != null && !issued.phone().isBlank()) {
            notifications.toAddress(
                    recipient, Channel.SMS, issued.phone(), Template.LINK_ISSUED, parameters, link, urgency);
        }
        if (issued.email() != null && !issued.email().isBlank()) {
            notifications.toAddress(
                    recipient, Channel.EMAIL, issued.email(), Template.LINK_ISSUED, parameters, link, urgency);
        }
    }

    /** The referrer's message for the status an answer of the service point led to. */
    static Optional<Template> feedback(ReferralStatus to) {
        return Optional.ofNullable(
                switch (to) {
                    case ACKNOWLEDGED -> Template.FEEDBACK_ACKNOWLEDGED;
                    case ACCEPTED -> Template.FEEDBACK_ACCEPTED;
                    case DECLINED -> Template.FEEDBACK_DECLINED;
                    case SERVICE_PROVIDED -> Template.FEEDBACK_SERVICE_PROVIDED;
                    case CLOSED -> Template.FEEDBACK_CLOSED;
                    default -> null;
                });
    }

    private static Urgency urgency(Priority priority) {
        return priority == Priority.EMERGENCY ? Urgency.EMERGENCY : Urgency.NORMAL;
    }
}
