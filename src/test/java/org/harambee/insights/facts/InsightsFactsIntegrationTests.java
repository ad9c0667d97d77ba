package org.harambee.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.communities.CommunityTables;
import org.harambee.communities.MeetingHeld;
import org.harambee.insights.Measure;
import org.junit.jupiter.api.Test;

/**
 * The facts kept by the listeners, from a synthetic Quzland run through the modules' APIs, equal those a rebuild
 * computes from the source tables; and some figures worked out by hand.
 */
class InsightsFactsIntegrationTests extends QuzlandFacts {

    @org.springframework.beans.factory.annotation.Autowired
    Rollups rollups;

    @Test
    void listenersKeepWhatTheRebuildComputes() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        phases(
                kpetema,
                "ENTRY 2025-01-10",
                "LEARNING 2025-02-03",
                "FEEDBACK_VALIDATION 2025-03-10",
                "INCLUSIVE_PROCESS 2025-04-01",
                "HARM_SELECTION 2025-05-20",
                "ACTION_PLANNING 2025-06-02",
                "ACTION 2025-07-01",
                "REFLECTION 2025-08-15",
                "PHASE_OUT 2025-10-15");
        meeting(kpetema, "2025-03-01", 4, 3, 10, 8);
        meeting(kpetema, "2026-04-20", 0, 0, 6, 2);
        UUID gbanja = register("Gbanja", "QZ010102", "NEIGHBOUR_REQUEST", kpetema);
        phases(gbanja, "ENTRY 2025-08-20", "LEARNING 2025-09-01");
        assertThat(phase(gbanja, "ACTION", "2025-12-01", "Synthetic reason: planning done with a neighbour"))
                .hasStatus(201);
        meeting(gbanja, "2025-11-30", 7, 5, 3, 1);
        link(kpetema, gbanja, "REQUESTED_TO_START", "2025-08-01");
        UUID mano = register("Mano", "QZ010201", "AGENCY_INITIATED", null);
        phases(mano, "ENTRY 2025-05-05", "LEARNING 2025-06-06");
        meeting(mano, "2025-06-30", 2, 2, 2, 2);
        register("Tiwai", "QZ020101", "SELF_INITIATED", null);
        move(mano, "Mano", "QZ020101");
        UUID sent = referral(kpetema, "EMERGENCY");
        act(sent, "ACKNOWLEDGE");
        UUID served = referral(gbanja, "URGENT");
        act(served, "ACCEPT");
        act(served, "PROVIDE");
        act(served, "CLOSE");
        referral(kpetema, "NORMAL");
        UUID declined = referral(gbanja, "NORMAL");
        act(declined, "DECLINE");
        UUID confirmed = referral(kpetema, "URGENT");
        act(confirmed, "ACCEPT");
        act(confirmed, "PROVIDE");
        confirmFeedback(confirmed);
        act(referral(kpetema, "NORMAL"), "ACCEPT");
        scaleUp("VERTICAL", "QZ0101", "2025-11-03");
        scaleUp("HORIZONTAL", "QZ02", "2026-01-15");
        inForce(agreement("COMMUNITY:" + kpetema), "2025-06-01");
        UUID lead = CommunityTables.organisation(jdbc, "Insights lead partner", "NATIONAL_NGO");
        UUID cluster = CommunityTables.cluster(jdbc, "Synthetic Birch cluster", lead, gbanja);
        UUID clustered = agreement("CLUSTER:" + cluster);
        inForce(clustered, "2025-10-01");
        ended(clustered, "2026-01-10");
        adoption(lead, "QZ0101", "2025-02-01", "AGREED 2025-02-10", "TRAINED 2025-03-01", "SUPPORTING 2025-04-20");
        adoption(lead, "QZ0201", "2024-12-05", "AGREED 2025-01-10");
        UUID other = CommunityTables.organisation(jdbc, "Insights second partner", "FAITH_BASED");
        adoption(other, "QZ010201", "2025-05-05", "AGREED 2025-06-01", "TRAINED 2025-07-01", "SUPPORTING 2025-09-09");

        List<String> communityMonths = snapshot("insight_community_month");
        List<String> unitPeriods = snapshot("insight_unit_period");
        List<String> future = snapshot("insight_future");
        assertThat(communityMonths).hasSizeGreaterThan(40);
        assertThat(national("M", "2025-08-01", "DISTRICTS_ACTIVE")).isEqualTo(2);
        assertThat(national("M", LocalDate.now().withDayOfMonth(1).toString(), "COMMUNITIES_REGISTERED_TOTAL"))
                .isEqualTo(4);
        assertThat(national("M", "2025-08-01", "COMMUNITIES_ACTIVE_LINKED")).isEqualTo(1);
        assertThat(national("M", "2025-12-01", "COMMUNITIES_ACTIVE_LINKED")).isEqualTo(1);
        assertThat(national("M", "2026-01-01", "COMMUNITIES_ACTIVE_LINKED")).isZero();
        assertThat(national("M", "2026-05-01", "COMMUNITIES_ACTIVE_LINKED")).isEqualTo(1);
        assertThat(national("M", "2025-03-01", "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(national("M", "2025-09-01", "PARTNERS_INVITED")).isEqualTo(2);
        assertThat(national("M", "2025-09-01", "PARTNERS_SUPPORTING")).isEqualTo(2);
        // feedback closure: of the 4 answered (accepted or declined), 3 had their outcome back at the referrer
        String thisMonth = LocalDate.now().withDayOfMonth(1).toString();
        assertThat(national("M", thisMonth, "REFERRALS_ANSWERED")).isEqualTo(4);
        assertThat(national("M", thisMonth, "REFERRALS_FEEDBACK_REACHED")).isEqualTo(3);
        assertThat(national("M", thisMonth, "REFERRALS_FEEDBACK_CLOSED")).isEqualTo(2);
        // every referral here asks for social welfare: its category's counts are the totals
        String welfare = "SOCIAL_WELFARE";
        assertThat(national("M", thisMonth, Measure.SERVICE_SENT.in(welfare)))
                .isEqualTo(national("M", thisMonth, "REFERRALS_SENT"))
                .isEqualTo(6);
        assertThat(national("M", thisMonth, Measure.SERVICE_ON_TIME.in(welfare)))
                .isEqualTo(national("M", thisMonth, "REFERRALS_ON_TIME_EMERGENCY")
                        + national("M", thisMonth, "REFERRALS_ON_TIME_URGENT")
                        + national("M", thisMonth, "REFERRALS_ON_TIME_NORMAL"))
                .isEqualTo(5);
        assertThat(national("M", thisMonth, Measure.SERVICE_COMPLETED_30D.in(welfare)))
                .isEqualTo(national("M", thisMonth, "REFERRALS_COMPLETED_30D"))
                .isEqualTo(2);

        rebuild.run();

        assertThat(snapshot("insight_community_month")).containsExactlyElementsOf(communityMonths);
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
        assertThat(snapshot("insight_future")).containsExactlyElementsOf(future);
    }

    @Test
    void aMeetingMakesTheCommunityActiveForEachMonthEndingWithinNinetyDays() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        meeting(kpetema, "2025-01-31", 1, 1, 1, 1);

        assertThat(jdbc.sql("select month from insight_community_month where community_id = ?"
                                + " and measure = 'COMMUNITIES_ACTIVE' order by month")
                        .param(kpetema)
                        .query(LocalDate.class)
                        .list())
                .containsExactly(
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 4, 1));
        assertThat(national("M", "2025-04-01", "COMMUNITIES_ACTIVE")).isEqualTo(1);
        assertThat(national("M", "2025-05-01", "COMMUNITIES_ACTIVE")).isZero();
        assertThat(national("M", "2025-03-01", "DISTRICTS_ACTIVE")).isEqualTo(1);
        assertThat(national("Q", "2025-01-01", "PARTICIPANTS")).isEqualTo(4);
        assertThat(national("Q", "2025-01-01", "PARTICIPANTS_FEMALE")).isEqualTo(2);
    }

    @Test
    void aReplayedEventIsNotCountedTwice() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        String path = jdbc.sql("select unit_path from community where id = ?")
                .param(kpetema)
                .query(String.class)
                .single();
        MeetingHeld held = new MeetingHeld(
                UUID.randomUUID(),
                kpetema,
                null,
                path,
                "COMMUNITY_MEETING",
                LocalDate.of(2025, 6, 2),
                3,
                4,
                5,
                6,
                true);

        transaction.executeWithoutResult(s -> events.publishEvent(held));
        transaction.executeWithoutResult(s -> events.publishEvent(held));

        assertThat(national("M", "2025-06-01", "MEETINGS")).isEqualTo(1);
        assertThat(national("Y", "2025-01-01", "PARTICIPANTS")).isEqualTo(18);
        assertThat(national("M", "2025-06-01", "COMMUNITIES_ACTIVE")).isEqualTo(1);
    }

    @Test
    void aMovedCommunityTakesItsFiguresToItsNewDistrict() {
        UUID mano = register("Mano", "QZ010201", "AGENCY_INITIATED", null);
        meeting(mano, "2025-06-30", 2, 2, 2, 2);
        assertThat(unit("QZ0102", "M", "2025-06-01", "DISTRICTS_ACTIVE")).isEqualTo(1);

        move(mano, "Mano", "QZ020101");

        assertThat(unit("QZ0102", "Y", "2025-01-01", "MEETINGS")).isZero();
        assertThat(unit("QZ01", "M", "2025-06-01", "DISTRICTS_ACTIVE")).isZero();
        assertThat(unit("QZ0201", "Y", "2025-01-01", "MEETINGS")).isEqualTo(1);
        assertThat(unit("QZ02", "M", "2025-07-01", "DISTRICTS_ACTIVE")).isEqualTo(1);
        assertThat(national("M", "2025-07-01", "DISTRICTS_ACTIVE")).isEqualTo(1);
    }

    @Test
    void onlyStartedCommunitiesCountAsActiveInTheActiveRate() {
        UUID entered = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        phases(entered, "ENTRY 2025-01-10");
        meeting(entered, "2025-03-01", 1, 1, 1, 1);
        UUID started = register("Gbanja", "QZ010102", "AGENCY_INITIATED", null);
        phases(started, "ENTRY 2025-01-10", "LEARNING 2025-02-03");
        meeting(started, "2025-03-01", 1, 1, 1, 1);
        UUID later = register("Mano", "QZ010201", "AGENCY_INITIATED", null);
        meeting(later, "2025-03-01", 1, 1, 1, 1);
        phases(later, "ENTRY 2025-03-10", "LEARNING 2025-04-20");

        assertThat(national("M", "2025-03-01", "COMMUNITIES_ACTIVE")).isEqualTo(3);
        assertThat(national("M", "2025-03-01", "COMMUNITIES_ACTIVE_STARTED")).isEqualTo(1);
        assertThat(national("M", "2025-03-01", "COMMUNITIES_EVER_STARTED")).isEqualTo(1);
        assertThat(national("M", "2025-04-01", "COMMUNITIES_ACTIVE_STARTED")).isEqualTo(2);
        assertThat(national("M", "2025-04-01", "COMMUNITIES_EVER_STARTED")).isEqualTo(2);
        List<String> unitPeriods = snapshot("insight_unit_period");
        rebuild.run();
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
    }

    @Test
    void aCommunityStartedBeforeItWasRegisteredHereCountsAsRegisteredFromItsStart() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        phases(kpetema, "ENTRY 2025-01-10", "LEARNING 2025-02-03");

        assertThat(national("M", "2025-02-01", "COMMUNITIES_EVER_STARTED")).isEqualTo(1);
        assertThat(national("M", "2025-02-01", "COMMUNITIES_REGISTERED_TOTAL")).isEqualTo(1);
        assertThat(national("M", "2025-01-01", "COMMUNITIES_REGISTERED_TOTAL")).isZero();
        assertThat(national("Y", "2025-01-01", "COMMUNITIES_REGISTERED")).isEqualTo(1);
        assertThat(national("Y", String.valueOf(LocalDate.now().getYear()) + "-01-01", "COMMUNITIES_REGISTERED"))
                .isZero();
        List<String> unitPeriods = snapshot("insight_unit_period");
        List<String> communities = snapshot("insight_community_month");
        rebuild.run();
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
        assertThat(snapshot("insight_community_month")).containsExactlyElementsOf(communities);
    }

    /** Found by the invariant suite (seed 20261211): an origin corrected after the start left a spontaneous start. */
    @Test
    void aCorrectedOriginMovesTheSpontaneousStartAsTheRebuildCountsIt() {
        UUID kpetema = register("Kpetema", "QZ010101", "SELF_INITIATED", null);
        phases(kpetema, "ENTRY 2025-01-10", "LEARNING 2025-02-03");
        assertThat(national("M", "2025-02-01", "COMMUNITIES_STARTED_SPONTANEOUS"))
                .isEqualTo(1);

        move(kpetema, "Kpetema", "QZ010101"); // the form sent again, origin agency-initiated

        assertThat(national("M", "2025-02-01", "COMMUNITIES_STARTED_SPONTANEOUS"))
                .isZero();
        assertThat(national("M", "2025-02-01", "COMMUNITIES_STARTED")).isEqualTo(1);
        List<String> unitPeriods = snapshot("insight_unit_period");
        List<String> communities = snapshot("insight_community_month");
        rebuild.run();
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
        assertThat(snapshot("insight_community_month")).containsExactlyElementsOf(communities);
    }

    /**
     * Found by the invariant suite (seeds 20261207 and 20261208 with boundary moves): a district moved while a delta
     * written at its old path still waited counted its activity of later months at the old province.
     */
    @Test
    void aDistrictMovedWhileOldDeltasWaitCountsItsActivityAtTheNewProvince() {
        UUID mano = register("Mano", "QZ010201", "AGENCY_INITIATED", null);
        phases(mano, "ENTRY 2025-01-10", "LEARNING 2025-02-03");
        folding.foldAll();
        jdbc.sql("update insight_fold set paused_by = 'waiting deltas' where id = 1")
                .update();
        try {
            adoption(
                    CommunityTables.organisation(jdbc, "Insights partner in Birch", "NATIONAL_NGO"),
                    "QZ010201",
                    "2025-03-01");
            org.harambee.geography.ImportJobsAwait.importFile(
                    jobs, "birch-moved.csv", org.harambee.geography.BoundaryFiles.quzlandBirchMovedCsv());
            meeting(mano, "2025-06-17", 1, 1, 1, 1);
        } finally {
            jdbc.sql("update insight_fold set paused_by = null where id = 1").update();
        }

        assertThat(unit("QZ02", "M", "2025-06-01", "DISTRICTS_ACTIVE")).isEqualTo(1);
        assertThat(unit("QZ01", "M", "2025-06-01", "DISTRICTS_ACTIVE")).isZero();
        List<String> unitPeriods = snapshot("insight_unit_period");
        rebuild.run();
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
    }

    /**
     * Found by the invariant suite (seed 20261207, denser programmes, a timing the background folder gave once): a
     * unit's row that a fold had taken below zero and a later fold brought back to 0 stayed as a 0 the rebuild never
     * writes. Every row a fold brings to 0 goes, whichever way it got there.
     */
    @Test
    void aRowBroughtBackToZeroGoesWhicheverWayItGotThere() {
        String path = jdbc.sql("select path from geo_unit where pcode = 'QZ010101'")
                .query(String.class)
                .single();
        LocalDate day = LocalDate.of(2025, 3, 14);
        folding.foldAll();
        rollups.unitFlow(path, day, "SCALE_UP_VERTICAL", -1);
        folding.foldAll();
        rollups.unitFlow(path, day, "SCALE_UP_VERTICAL", 1);
        folding.foldAll();

        assertThat(jdbc.sql("select count(*) from insight_unit_period where measure = 'SCALE_UP_VERTICAL'")
                        .query(Long.class)
                        .single())
                .as("no row left at 0, at the village, its ancestors, its quarter or its year")
                .isZero();
    }
}
