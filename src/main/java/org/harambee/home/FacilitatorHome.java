package org.harambee.home;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.access.Scopes;
import org.harambee.capacity.AssignedCommunities;
import org.harambee.communities.CommunitiesDue;
import org.harambee.referrals.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * A community facilitator's communities (those they are assigned to, or every one in their area when they are assigned
 * to none, as the offline app shows them) with their phase and what is due, and their referrals: drafts, SMS concerns
 * to complete, referrals waiting for an answer or at an off-platform office, feedback.
 */
@Component
class FacilitatorHome implements RoleHome {

    private final Scopes scopes;
    private final AssignedCommunities assigned;
    private final CommunitiesDue communities;
    private final WorkWaiting referrals;
    private final HomeSettings settings;

    FacilitatorHome(
            Scopes scopes,
            AssignedCommunities assigned,
            CommunitiesDue communities,
            WorkWaiting referrals,
            HomeSettings settings) {
        this.scopes = scopes;
        this.assigned = assigned;
        this.communities = communities;
        this.referrals = referrals;
        this.settings = settings;
    }

    @Override
    public Role role() {
        return Role.COMMUNITY_FACILITATOR;
    }

    @Override
    public Home.Section section(Reader reader) {
        List<UUID> mine = assigned.of(reader.username(), reader.today());
        CommunitiesDue.Due due = communities.of(
                scopes.of(Permission.MANAGE_COMMUNITIES),
                mine,
                reader.today().minusWeeks(settings.meetingDueWeeks()),
                settings.lines());
        WorkWaiting.SenderWork sent = referrals.sender(
                reader.username(), reader.now().minus(java.time.Duration.ofDays(settings.feedbackDays())));
        long links = referrals.linksUnansweredSentBy(reader.username(), reader.now());
        List<Home.Item> items = new ArrayList<>();
        items.add(new Home.Item("communities", due.counts().communities(), "/communities", false));
        items.add(new Home.Item(
                "meetingDue",
                due.counts().meetingDue(),
                "/communities",
                due.counts().meetingDue() > 0));
        items.add(new Home.Item("phaseWaiting", due.counts().phaseWaiting(), "/communities", false));
        items.add(new Home.Item("drafts", sent.drafts(), "/referrals?box=MINE", false));
        items.add(
                new Home.Item("smsToComplete", sent.smsToComplete(), "/referrals?box=MINE", sent.smsToComplete() > 0));
        items.add(new Home.Item("waitingForAnswer", sent.waitingForAnswer(), "/referrals?box=MINE&open=true", false));
        items.add(new Home.Item("linksUnanswered", links, "/referrals?box=MINE&open=true", false));
        items.add(new Home.Item("newFeedback", sent.newFeedback(), "/referrals?box=MINE", sent.newFeedback() > 0));
        List<Home.Line> lines = due.first().stream()
                .map(c -> new Home.Line(
                        "community",
                        c.name(),
                        c.phase() == null ? null : c.phase().name(),
                        c.lastMeeting() == null ? null : c.lastMeeting().toString(),
                        "/communities/" + c.id(),
                        c.meetingDue() || c.phaseWaiting()))
                .toList();
        return new Home.Section(role(), items, lines);
    }
}
