package org.harambee.insights.facts;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.harambee.insights.Measure;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ReferralStatusChanged;
import org.harambee.system.DeploymentZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts referrals in the month they were sent: sent (by priority, and with consent not overridden), answered on time
 * (the first acknowledgement, acceptance or decline before the priority's deadline from sending), service provided
 * within 30 days of sending, closed, answered (the service point's decision: accepted or declined) and answered with
 * its outcome back at the referrer (declined with its reason, service provided, closed, or the referrer's confirmation
 * of the feedback). Each is counted once per referral, at its first occurrence. Sent, answered on time and provided
 * within 30 days are also counted by the service category asked for.
 */
@Component
class ReferralFacts {

    static final Duration COMPLETION = Duration.ofDays(30);

    private final Rollups rollups;
    private final CommunityState state;
    private final DeploymentZone zone;
    private final Map<Priority, Duration> deadlines = new EnumMap<>(Priority.class);

    ReferralFacts(
            Rollups rollups,
            CommunityState state,
            DeploymentZone zone,
            @Value("${harambee.referrals.deadline.emergency:PT24H}") String emergency,
            @Value("${harambee.referrals.deadline.urgent:PT72H}") String urgent,
            @Value("${harambee.referrals.deadline.normal:P14D}") String normal) {
        this.rollups = rollups;
        this.state = state;
        this.zone = zone;
        deadlines.put(Priority.EMERGENCY, Duration.parse(emergency));
        deadlines.put(Priority.URGENT, Duration.parse(urgent));
        deadlines.put(Priority.NORMAL, Duration.parse(normal));
    }

    /** The deadline of a priority, as the referrals module reads it from the same settings. */
    Duration deadline(Priority priority) {
        return deadlines.get(priority);
    }

    @EventListener
    @Transactional
    void on(ReferralStatusChanged e) {
        if (e.sentAt() == null || e.communityId() == null) {
            return;
        }
        String id = e.referralId().toString();
        Counting counting = new Counting(e);
        if (e.to() == ReferralStatus.SENT && rollups.firstTime("referral-sent:" + id)) {
            counting.count(Measure.REFERRALS_SENT);
            counting.count(Measure.valueOf("REFERRALS_SENT_" + e.priority().name()));
            counting.inCategory(Measure.SERVICE_SENT);
            if (!e.consentOverridden()) {
                counting.count(Measure.REFERRALS_CONSENTED);
            }
        } else if (answer(e.to()) && rollups.firstTime("referral-answered:" + id)) {
            if (!e.at().isAfter(e.sentAt().plus(deadline(e.priority())))) {
                counting.count(
                        Measure.valueOf("REFERRALS_ON_TIME_" + e.priority().name()));
                counting.inCategory(Measure.SERVICE_ON_TIME);
            }
        } else if (e.to() == ReferralStatus.SERVICE_PROVIDED && rollups.firstTime("referral-provided:" + id)) {
            if (!e.at().isAfter(e.sentAt().plus(COMPLETION))) {
                counting.count(Measure.REFERRALS_COMPLETED_30D);
                counting.inCategory(Measure.SERVICE_COMPLETED_30D);
            }
        } else if (e.to() == ReferralStatus.CLOSED && rollups.firstTime("referral-closed:" + id)) {
            counting.count(Measure.REFERRALS_FEEDBACK_CLOSED);
        }
        // an event may decide the referral and return its outcome at once (a decline): counted apart from the above
        if (decided(e.to()) && rollups.firstTime("referral-decided:" + id)) {
            counting.count(Measure.REFERRALS_ANSWERED);
        }
        if (outcome(e.to()) && rollups.firstTime("referral-feedback:" + id)) {
            counting.count(Measure.REFERRALS_FEEDBACK_REACHED);
        }
    }

    /** The service point's decision: the referral is answered. */
    static boolean decided(ReferralStatus to) {
        return to == ReferralStatus.ACCEPTED || to == ReferralStatus.DECLINED;
    }

    /** An outcome the referrer is told of: a decline and its reason, the service provided, the loop closed. */
    static boolean outcome(ReferralStatus to) {
        return to == ReferralStatus.DECLINED || to == ReferralStatus.SERVICE_PROVIDED || to == ReferralStatus.CLOSED;
    }

    /** Counts an event's measures, its community read once (when it counts at all). */
    private final class Counting {
        private final ReferralStatusChanged e;
        private CommunityState.Community community;

        Counting(ReferralStatusChanged e) {
            this.e = e;
        }

        void count(Measure measure) {
            count(measure.name());
        }

        /** Counts the measure within the referral's category, when it has one. */
        void inCategory(Measure measure) {
            if (e.category() != null) {
                count(measure.in(e.category().name()));
            }
        }

        private void count(String measure) {
            if (community == null) {
                community = state.get(e.communityId(), e.unitPath());
            }
            rollups.flow(community.id(), community.unitPath(), zone.day(e.sentAt()), measure, 1);
        }
    }

    /** The service point's first answer: acknowledged, or accepted or declined without acknowledging first. */
    static boolean answer(ReferralStatus to) {
        return to == ReferralStatus.ACKNOWLEDGED || to == ReferralStatus.ACCEPTED || to == ReferralStatus.DECLINED;
    }
}
