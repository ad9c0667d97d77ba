package org.harambee.insights.facts;

import java.time.LocalDate;
import java.util.Set;
import org.harambee.insights.Measure;
import org.springframework.stereotype.Component;

/**
 * "Active" (DOMAIN section 4): a meeting or an action-phase change in the 90 days before a month's end. Activity on day
 * d makes the community active for each month whose last day lies within [d, d+90]. Also keeps the maintenance
 * cohorts: a community phased out in month p counts as phased out 6 (12) months ago at month p+6 (p+12), and as
 * maintained if it is active then, whichever of the two facts arrives first; and a community newly active in a month
 * is linked that month if an agreement in force covers its end ({@link Linkage}).
 */
@Component
class Activity {

    static final int WINDOW_DAYS = 90;

    private final Rollups rollups;
    private final CommunityState state;
    private final Linkage linkage;

    Activity(Rollups rollups, CommunityState state, Linkage linkage) {
        this.rollups = rollups;
        this.state = state;
        this.linkage = linkage;
    }

    /**
     * Activity on {@code day}: the months of its window the community is not yet active in (read in one go; a month
     * once active stays so) become active.
     */
    void on(CommunityState.Community community, LocalDate day) {
        on(community, day, null);
    }

    /**
     * As {@link #on(CommunityState.Community, LocalDate)}, the community's active months already read (null: not; at
     * least those of the window).
     */
    void on(CommunityState.Community community, LocalDate day, Set<LocalDate> known) {
        LocalDate last = day.plusDays(WINDOW_DAYS);
        LocalDate first = Rollups.month(day);
        Set<LocalDate> active =
                known != null ? known : rollups.held(community.id(), Measure.COMMUNITIES_ACTIVE, first, last);
        for (LocalDate month = first; !lastDay(month).isAfter(last); month = month.plusMonths(1)) {
            if (active.contains(month)) {
                continue;
            }
            boolean entered = rollups.enter(community.id(), community.unitPath(), month, Measure.COMMUNITIES_ACTIVE);
            state.nowActive(community.id(), month);
            if (entered) {
                linkage.becameActive(community, month);
                if (started(community, month)) {
                    rollups.enter(community.id(), community.unitPath(), month, Measure.COMMUNITIES_ACTIVE_STARTED);
                }
                LocalDate phasedOut = state.find(community.id())
                        .map(CommunityState.Community::phasedOutOn)
                        .orElse(null);
                if (phasedOut != null) {
                    maintained(community, Rollups.month(phasedOut).plusMonths(6), month, Measure.MAINTAINED_6M);
                    maintained(community, Rollups.month(phasedOut).plusMonths(12), month, Measure.MAINTAINED_12M);
                }
            }
        }
    }

    /**
     * The community has just started: each month it is active from its start's month on counts it as active and
     * started (the numerator of the active rate, a subset of the started communities).
     */
    void started(CommunityState.Community community) {
        for (LocalDate month : rollups.months(community.id(), Measure.COMMUNITIES_ACTIVE)) {
            if (started(community, month)) {
                rollups.enter(community.id(), community.unitPath(), month, Measure.COMMUNITIES_ACTIVE_STARTED);
            }
        }
    }

    /** Started by the end of {@code month}: the one definition of "started" (DOMAIN section 4, the learning phase). */
    static boolean started(CommunityState.Community community, LocalDate month) {
        return community.startedOn() != null
                && !Rollups.month(community.startedOn()).isAfter(month);
    }

    void phasedOut(CommunityState.Community community, LocalDate day) {
        cohort(community, Rollups.month(day).plusMonths(6), Measure.PHASED_OUT_6M, Measure.MAINTAINED_6M);
        cohort(community, Rollups.month(day).plusMonths(12), Measure.PHASED_OUT_12M, Measure.MAINTAINED_12M);
    }

    private void cohort(CommunityState.Community community, LocalDate month, Measure phasedOut, Measure maintained) {
        rollups.enter(community.id(), community.unitPath(), month, phasedOut);
        if (rollups.holds(community.id(), month, Measure.COMMUNITIES_ACTIVE)) {
            rollups.enter(community.id(), community.unitPath(), month, maintained);
        }
    }

    private void maintained(CommunityState.Community community, LocalDate cohort, LocalDate month, Measure measure) {
        if (cohort.equals(month)) {
            rollups.enter(community.id(), community.unitPath(), month, measure);
        }
    }

    static LocalDate lastDay(LocalDate month) {
        return month.plusMonths(1).minusDays(1);
    }
}
