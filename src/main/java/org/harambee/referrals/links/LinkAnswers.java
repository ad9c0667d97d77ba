package org.harambee.referrals.links;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.harambee.access.AuditTrail;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralTransitions;
import org.harambee.referrals.ReferralView;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.TransitionInput;
import org.harambee.referrals.drafting.Draft;
import org.harambee.referrals.internal.ReferralReading;
import org.harambee.referrals.internal.ReferralRecords;
import org.harambee.referrals.model.Referral;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers through a one-time link, for service points not on the platform: see the referral's minimal data (never
 * the child's identity), acknowledge, accept or decline it, report the service. Every opening and every answer is
 * audited under the link's service point; a forged, replaced or expired link opens nothing.
 */
@Service
@Transactional
public class LinkAnswers {

    /** What the link's page shows, and what the holder may do now. */
    public record LinkView(
            ReferralView referral, String servicePointName, Instant expiresAt, List<ReferralAction> actions) {}

    private final OneTimeLinks links;
    private final ReferralRecords records;
    private final ReferralReading reading;
    private final ReferralTransitions transitions;
    private final ServicePoints servicePoints;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    LinkAnswers(
            OneTimeLinks links,
            ReferralRecords records,
            ReferralReading reading,
            ReferralTransitions transitions,
            ServicePoints servicePoints,
            AuditTrail audit) {
        this.links = links;
        this.records = records;
        this.reading = reading;
        this.transitions = transitions;
        this.servicePoints = servicePoints;
        this.audit = audit;
    }

    public LinkView open(String token) {
        Opened opened = opened(token, false);
        audit.recordAs(
                opened.actor(),
                "REFERRAL_LINK_OPENED",
                "referral",
                opened.row().id().toString(),
                opened.row().unitId(),
                opened.row().unitPath(),
                null);
        List<ReferralAction> actions = opened.row().actionsOf(a -> a == ReferralAction.Actor.SERVICE_POINT);
        return new LinkView(
                reading.view(opened.row(), false),
                opened.point().name(),
                opened.link().expiresAt(),
                actions);
    }

    public void act(String token, TransitionInput input) {
        Opened opened = opened(token, true);
        List<FieldProblem> problems = new java.util.ArrayList<>();
        ReferralAction action = Draft.choice(ReferralAction.class, "action", input.action(), problems);
        if (action != null && action.actor() != ReferralAction.Actor.SERVICE_POINT) {
            problems.add(new FieldProblem("action", "referrals.action.notByLink"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        transitions.applyByLink(
                opened.row(), action, input.note(), opened.point().name());
        links.used(opened.link(), clock.instant());
    }

    private record Opened(OneTimeLinks.Link link, Referral row, ServicePointRef point) {
        String actor() {
            return "link: " + point.name();
        }
    }

    private Opened opened(String token, boolean lock) {
        Instant now = clock.instant();
        OneTimeLinks.Link link = links.find(token, now).orElseThrow(LinkNotValidException::new);
        Referral row = (lock ? records.lock(link.referralId()) : records.find(link.referralId()))
                .orElseThrow(LinkNotValidException::new);
        if (!link.servicePointId().equals(row.servicePointId()) || row.status().finished()) {
            throw new LinkNotValidException();
        }
        return new Opened(link, row, servicePoints.get(link.servicePointId()));
    }
}
