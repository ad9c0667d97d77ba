package org.harambee.home;

import java.util.ArrayList;
import java.util.List;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.access.Scopes;
import org.harambee.agreements.AgreementsDue;
import org.harambee.capacity.CapacityWork;
import org.harambee.referrals.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * A district coordinator's area: escalations and referrals waiting at off-platform offices, agreement reviews and
 * commitments due, facilitators without training, the readiness of their districts and the gates of scale-up phases
 * coming up. Counts that other modules add for this role ({@link WaitingWork}: consent decisions waiting) follow.
 */
@Component
class CoordinatorHome implements RoleHome {

    private final Scopes scopes;
    private final WorkWaiting referrals;
    private final AgreementsDue agreements;
    private final CapacityWork capacity;
    private final AreaLines areas;
    private final List<WaitingWork> extensions;

    CoordinatorHome(
            Scopes scopes,
            WorkWaiting referrals,
            AgreementsDue agreements,
            CapacityWork capacity,
            AreaLines areas,
            List<WaitingWork> extensions) {
        this.scopes = scopes;
        this.referrals = referrals;
        this.agreements = agreements;
        this.capacity = capacity;
        this.areas = areas;
        this.extensions = extensions;
    }

    @Override
    public Role role() {
        return Role.DISTRICT_COORDINATOR;
    }

    @Override
    public Home.Section section(Reader reader) {
        var services = scopes.of(Permission.MANAGE_SERVICES);
        long escalations = referrals.escalations(services);
        long links = referrals.linksUnanswered(services, reader.now());
        AgreementsDue.Counts due = agreements.of(
                scopes.of(Permission.MANAGE_AGREEMENTS),
                reader.today(),
                reader.today().plusDays(areas.dueDays()));
        long untrained = capacity.facilitatorsWithoutTraining(scopes.of(Permission.MANAGE_TRAININGS));
        AreaLines.Phases phases = areas.phases(scopes.of(Permission.PLAN_SCALE_UP), reader);
        List<Home.Item> items = new ArrayList<>();
        items.add(new Home.Item("escalations", escalations, "/referrals?box=AREA&open=true", escalations > 0));
        items.add(new Home.Item("linksUnanswered", links, "/referrals?box=AREA&open=true", false));
        items.add(new Home.Item("reviewsDue", due.reviews(), "/agreements/reminders", due.overdue() > 0));
        items.add(new Home.Item("commitmentsDue", due.commitments(), "/agreements/reminders", due.overdue() > 0));
        items.add(new Home.Item("facilitatorsUntrained", untrained, "/facilitators", untrained > 0));
        items.add(new Home.Item("phasesComing", phases.count(), "/scale-up", false));
        for (WaitingWork extension : extensions) {
            if (extension.role() == role()) {
                extension.item(reader).ifPresent(items::add);
            }
        }
        List<Home.Line> lines = new ArrayList<>(areas.readiness(scopes.of(Permission.VIEW_PROGRAMME), reader, false));
        lines.addAll(phases.lines());
        return new Home.Section(role(), items, lines);
    }
}
