package org.harambee.notifications;

import java.util.List;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.Role;
import org.harambee.referrals.ConsentDecided;
import org.harambee.referrals.ConsentDecisionRequested;
import org.harambee.referrals.Priority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a consent decision sends, queued in the transaction of its step: a referral sent for a decision to the district
 * coordinators whose area holds its community (the only role that may override consent), and the decision to the
 * referral's sender. An emergency referral's request ignores quiet hours. Messages carry the reference and a link.
 */
@Component
class ConsentMessages {

    private final Notifications notifications;
    private final AccountLookup accounts;
    private final String baseUrl;

    ConsentMessages(
            Notifications notifications,
            AccountLookup accounts,
            @Value("${harambee.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @EventListener
    void requested(ConsentDecisionRequested requested) {
        List<String> parameters =
                parameters(requested.reference(), requested.referralId().toString());
        Urgency urgency = requested.priority() == Priority.EMERGENCY ? Urgency.EMERGENCY : Urgency.NORMAL;
        for (AccountRef coordinator : accounts.holding(Role.DISTRICT_COORDINATOR, requested.unitPath())) {
            notifications.toAccount(coordinator.username(), Template.CONSENT_DECISION_WAITING, parameters, urgency);
        }
    }

    @EventListener
    void decided(ConsentDecided decided) {
        if (decided.sender() == null) {
            return;
        }
        Template template = decided.decision() == ConsentDecided.Decision.OVERRIDDEN
                ? Template.CONSENT_OVERRIDDEN
                : Template.CONSENT_RETURNED;
        notifications.toAccount(
                decided.sender(),
                template,
                parameters(decided.reference(), decided.referralId().toString()),
                Urgency.NORMAL);
    }

    private List<String> parameters(String reference, String id) {
        return List.of(reference, baseUrl + "/referrals/" + id);
    }
}
