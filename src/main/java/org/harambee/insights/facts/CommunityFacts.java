package org.harambee.insights.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.communities.CommunitiesRegistered;
import org.harambee.communities.CommunityOriginChanged;
import org.harambee.communities.CommunityRegistered;
import org.harambee.communities.MeetingHeld;
import org.harambee.communities.Phase;
import org.harambee.communities.PhaseChanged;
import org.harambee.communities.SpreadLinkRecorded;
import org.harambee.insights.Measure;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts what communities do: registrations, the first time a community reaches learning (started), harm selection,
 * action and phase-out (with the weeks since it started), meetings and attendance, spread links, and the activity
 * that keeps it active. Runs in the publisher's transaction (decisions 0011 and 0015).
 */
@Component
class CommunityFacts {

    /** Registrations of a {@link CommunitiesRegistered} counted together. */
    private static final int BATCH = 1000;

    private final Rollups rollups;
    private final CommunityState state;
    private final Activity activity;

    CommunityFacts(Rollups rollups, CommunityState state, Activity activity) {
        this.rollups = rollups;
        this.state = state;
        this.activity = activity;
    }

    @EventListener
    @Transactional
    void on(CommunityRegistered e) {
        if (!rollups.firstTime("registered:" + e.communityId())) {
            return;
        }
        state.registered(e.communityId(), e.unitPath(), e.origin().asked(), e.registeredOn());
        String path = state.get(e.communityId(), e.unitPath()).unitPath();
        rollups.flow(e.communityId(), path, e.registeredOn(), Measure.COMMUNITIES_REGISTERED.name(), 1);
    }

    /**
     * A batch of registrations (an import's, decision 0040) counted as each {@link CommunityRegistered} is, in a few
     * statements a thousand: their first-time keys, their facts rows, and their deltas appended together.
     */
    @EventListener
    @Transactional
    void on(CommunitiesRegistered e) {
        List<CommunityRegistered> all = e.registrations();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<CommunityRegistered> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            Set<String> first = rollups.firstTimes(
                    batch.stream().map(r -> "registered:" + r.communityId()).toList());
            List<CommunityRegistered> counted = batch.stream()
                    .filter(r -> first.contains("registered:" + r.communityId()))
                    .toList();
            List<CommunityState.Registration> registrations = new ArrayList<>(counted.size());
            counted.forEach(r -> registrations.add(new CommunityState.Registration(
                    r.communityId(), r.unitPath(), r.origin().asked(), r.registeredOn())));
            Map<UUID, String> paths = state.registered(registrations);
            for (CommunityRegistered r : counted) {
                rollups.flow(
                        r.communityId(),
                        paths.get(r.communityId()),
                        r.registeredOn(),
                        Measure.COMMUNITIES_REGISTERED.name(),
                        1);
            }
        }
    }

    @EventListener
    @Transactional
    void on(PhaseChanged e) {
        CommunityState.Community c = state.get(e.communityId(), e.unitPath());
        LocalDate on = e.enteredOn();
        String path = c.unitPath();
        if (reached(e.to(), Phase.LEARNING) && rollups.firstTime("started:" + c.id())) {
            state.set(c.id(), CommunityState.First.STARTED, on);
            rollups.flow(c.id(), path, on, Measure.COMMUNITIES_STARTED.name(), 1);
            if (c.asked()) {
                rollups.flow(c.id(), path, on, Measure.COMMUNITIES_STARTED_SPONTANEOUS.name(), 1);
            }
            registeredBy(c, on);
            c = state.find(c.id()).orElseThrow();
            activity.started(c);
        }
        if (reached(e.to(), Phase.HARM_SELECTION) && rollups.firstTime("harm:" + c.id())) {
            state.set(c.id(), CommunityState.First.HARM, on);
            rollups.flow(c.id(), path, on, Measure.HARM_SELECTED.name(), 1);
            rollups.flow(c.id(), path, on, Measure.WEEKS_TO_HARM.bucket(weeks(c.startedOn(), on)), 1);
        }
        if (reached(e.to(), Phase.ACTION) && rollups.firstTime("action:" + c.id())) {
            state.set(c.id(), CommunityState.First.ACTION, on);
            rollups.flow(c.id(), path, on, Measure.ACTION_STARTED.name(), 1);
            rollups.flow(c.id(), path, on, Measure.WEEKS_TO_ACTION.bucket(weeks(c.startedOn(), on)), 1);
        }
        if (reached(e.to(), Phase.PHASE_OUT) && rollups.firstTime("phased-out:" + c.id())) {
            state.set(c.id(), CommunityState.First.PHASED_OUT, on);
            rollups.flow(c.id(), path, on, Measure.PHASED_OUT.name(), 1);
            activity.phasedOut(c, on);
        }
        if (e.to() == Phase.ACTION || e.to() == Phase.REFLECTION) {
            activity.on(c, on);
        }
    }

    /**
     * A corrected origin: a community that started counts as a spontaneous start, at its start, only while its origin
     * says it asked (as a rebuild counts it).
     */
    @EventListener
    @Transactional
    void on(CommunityOriginChanged e) {
        boolean asked = e.to().asked();
        CommunityState.Community c = state.lock(e.communityId()).orElse(null);
        if (c == null || c.asked() == asked) {
            return;
        }
        state.asked(c.id(), asked);
        if (c.startedOn() != null) {
            rollups.flow(
                    c.id(),
                    c.unitPath(),
                    c.startedOn(),
                    Measure.COMMUNITIES_STARTED_SPONTANEOUS.name(),
                    asked ? 1 : -1);
        }
    }

    @EventListener
    @Transactional
    void on(MeetingHeld e) {
        if (!rollups.firstTime("meeting:" + e.meetingId())) {
            return;
        }
        // the community and its active months, read once for a batch of meetings in one transaction
        CommunityState.Holding holding = state.active(e.communityId(), e.unitPath());
        CommunityState.Community c = holding.community();
        rollups.flow(c.id(), c.unitPath(), e.heldOn(), Measure.MEETINGS.name(), 1);
        rollups.flow(
                c.id(),
                c.unitPath(),
                e.heldOn(),
                Measure.PARTICIPANTS.name(),
                (long) e.girls() + e.boys() + e.women() + e.men());
        rollups.flow(
                c.id(), c.unitPath(), e.heldOn(), Measure.PARTICIPANTS_FEMALE.name(), (long) e.girls() + e.women());
        activity.on(c, e.heldOn(), holding.months());
    }

    @EventListener
    @Transactional
    void on(SpreadLinkRecorded e) {
        if (!rollups.firstTime("spread:" + e.linkId())) {
            return;
        }
        CommunityState.Community target = state.get(e.targetCommunityId(), e.targetUnitPath());
        rollups.flow(target.id(), target.unitPath(), e.occurredOn(), Measure.SPREAD_LINKS.name(), 1);
    }

    /**
     * A community counts as registered from its registration or its start, whichever came first (a start recorded
     * with an earlier date than the registration): started communities are always among the registered.
     */
    private void registeredBy(CommunityState.Community c, LocalDate started) {
        if (c.registeredOn() != null && started.isBefore(c.registeredOn())) {
            state.registeredOn(c.id(), started);
            rollups.flow(c.id(), c.unitPath(), c.registeredOn(), Measure.COMMUNITIES_REGISTERED.name(), -1);
            rollups.flow(c.id(), c.unitPath(), started, Measure.COMMUNITIES_REGISTERED.name(), 1);
        }
    }

    /** At or beyond {@code phase} in the usual order (a community that skipped a phase has passed it). */
    static boolean reached(Phase phase, Phase mark) {
        return phase.ordinal() >= mark.ordinal();
    }

    /** Whole weeks from the start of learning (0 when the start is unknown or later). */
    static int weeks(LocalDate started, LocalDate on) {
        return started == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(started, on) / 7);
    }
}
