package org.harambee.insights.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.harambee.agreements.AgreementEnded;
import org.harambee.agreements.AgreementInForce;
import org.harambee.agreements.AgreementLapsed;
import org.harambee.communities.ClusterMembersChanged;
import org.harambee.communities.Clusters;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps linkage coverage from the agreements events: an agreement in force ties in its community parties from the day
 * it came into force, and the members of its cluster parties from that day or the day they joined, whichever is
 * later; a member that leaves the cluster is untied from that day, one that joins is tied from that day while the
 * agreement is in force. A lapse unties everyone from the day after the review date that passed, an end from the day
 * it ended. The active months concerned are flagged or unflagged at once ({@link Linkage}). Runs in the publisher's
 * transaction (decisions 0011 and 0015).
 */
@Component
class AgreementFacts {

    private final Rollups rollups;
    private final Linkage linkage;
    private final Clusters clusters;
    private final JdbcClient jdbc;

    AgreementFacts(Rollups rollups, Linkage linkage, Clusters clusters, JdbcClient jdbc) {
        this.rollups = rollups;
        this.linkage = linkage;
        this.clusters = clusters;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(AgreementInForce e) {
        if (!rollups.firstTime("agreement-in-force:" + e.agreementId() + ":" + e.since())) {
            return;
        }
        TreeSet<UUID> touched = new TreeSet<>();
        // an event published before parties and clusters were told apart names every community as a party
        List<UUID> parties = e.communityPartyIds() == null ? e.communityIds() : e.communityPartyIds();
        for (UUID community : parties) {
            linkage.open(e.agreementId(), community, e.since());
            touched.add(community);
        }
        for (UUID cluster : e.clusterPartyIds() == null ? List.<UUID>of() : e.clusterPartyIds()) {
            jdbc.sql("delete from insight_agreement_cluster where agreement_id = ? and cluster_id = ?")
                    .params(e.agreementId(), cluster)
                    .update();
            jdbc.sql("insert into insight_agreement_cluster (agreement_id, cluster_id, in_force) values (?, ?, true)")
                    .params(e.agreementId(), cluster)
                    .update();
            for (Clusters.Stay stay : clusters.stays(cluster)) {
                LocalDate from =
                        stay.joinedOn() != null && stay.joinedOn().isAfter(e.since()) ? stay.joinedOn() : e.since();
                if (stay.leftOn() == null) {
                    linkage.open(e.agreementId(), stay.communityId(), from);
                } else {
                    linkage.interval(e.agreementId(), stay.communityId(), from, stay.leftOn());
                }
                touched.add(stay.communityId());
            }
        }
        touched.forEach(linkage::sync);
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

    /** Members that join a cluster are tied in by its agreements in force, members that leave are untied. */
    @EventListener
    @Transactional
    void on(ClusterMembersChanged e) {
        if (!rollups.firstTime("cluster-members:" + e.changeId())) {
            return;
        }
        List<UUID> agreements = jdbc.sql("select agreement_id from insight_agreement_cluster where cluster_id = ?"
                        + " and in_force = true order by agreement_id")
                .param(e.clusterId())
                .query(UUID.class)
                .list();
        for (UUID agreement : agreements) {
            e.joined().forEach(c -> linkage.open(agreement, c, e.on()));
            e.left().forEach(c -> linkage.closeFor(agreement, c, e.on()));
        }
        if (!agreements.isEmpty()) {
            new TreeSet<>(concat(e.joined(), e.left())).forEach(linkage::sync);
        }
    }

    /** Closes by the agreement's own intervals, not the event's list: cluster members may have changed since. */
    private void close(UUID agreement, LocalDate until, boolean ended, String key) {
        if (rollups.firstTime(key)) {
            jdbc.sql("update insight_agreement_cluster set in_force = false where agreement_id = ?")
                    .param(agreement)
                    .update();
            linkage.close(agreement, until, ended).forEach(linkage::sync);
        }
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
