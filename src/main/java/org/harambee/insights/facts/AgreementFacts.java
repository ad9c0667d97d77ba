package org.harambee.insights.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.agreements.AgreementEnded;
import org.harambee.agreements.AgreementInForce;
import org.harambee.agreements.AgreementLapsed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps linkage coverage from the agreements events: an agreement in force ties in its communities (directly or
 * through their cluster) from the day it came into force; a lapse unties them from the day after the review date
 * that passed, an end from the day it ended. The active months concerned are flagged or unflagged at once
 * ({@link Linkage}). Runs in the publisher's transaction (decision 0011).
 */
@Component
class AgreementFacts {

    private final Rollups rollups;
    private final Linkage linkage;

    AgreementFacts(Rollups rollups, Linkage linkage) {
        this.rollups = rollups;
        this.linkage = linkage;
    }

    @EventListener
    @Transactional
    void on(AgreementInForce e) {
        if (!rollups.firstTime("agreement-in-force:" + e.agreementId() + ":" + e.since())) {
            return;
        }
        List<UUID> communities = e.communityIds().stream().distinct().sorted().toList();
        for (UUID community : communities) {
            linkage.open(e.agreementId(), community, e.since());
        }
        communities.forEach(linkage::sync);
    }

    @EventListener
    @Transactional
    void on(AgreementLapsed e) {
        close(
                e.agreementId(),
                e.reviewDate().plusDays(1),
                false,
                "agreement-lapsed:" + e.agreementId() + ":" + e.reviewDate());
    }

    @EventListener
    @Transactional
    void on(AgreementEnded e) {
        close(e.agreementId(), e.endedOn(), true, "agreement-ended:" + e.agreementId());
    }

    /** Closes by the agreement's own intervals, not the event's list: cluster members may have changed since. */
    private void close(UUID agreement, LocalDate until, boolean ended, String key) {
        if (rollups.firstTime(key)) {
            linkage.close(agreement, until, ended).forEach(linkage::sync);
        }
    }
}
