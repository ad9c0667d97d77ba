package org.harambee.home;

import java.util.List;
import org.harambee.access.Role;
import org.harambee.referrals.WorkWaiting;
import org.springframework.stereotype.Component;

/** A service point officer's queues: the referrals waiting for an answer, overdue first, with their deadline. */
@Component
class OfficerHome implements RoleHome {

    private final WorkWaiting referrals;
    private final HomeSettings settings;

    OfficerHome(WorkWaiting referrals, HomeSettings settings) {
        this.referrals = referrals;
        this.settings = settings;
    }

    @Override
    public Role role() {
        return Role.SERVICE_POINT_OFFICER;
    }

    @Override
    public Home.Section section(Reader reader) {
        WorkWaiting.QueueWork queues = referrals.queues(reader.username(), reader.now(), settings.lines());
        String inbox = "/referrals?box=INBOX&open=true";
        List<Home.Item> items = List.of(
                new Home.Item("waiting", queues.waiting(), inbox, false),
                new Home.Item("overdue", queues.overdue(), inbox, queues.overdue() > 0));
        List<Home.Line> lines = queues.first().stream()
                .map(r -> new Home.Line(
                        "referral",
                        r.reference(),
                        r.priority().name(),
                        r.dueAt() == null ? null : r.dueAt().toString(),
                        "/referrals/" + r.id(),
                        r.overdue()))
                .toList();
        return new Home.Section(role(), items, lines);
    }
}
