package org.harambee.home;

import java.util.ArrayList;
import java.util.List;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.access.Scopes;
import org.springframework.stereotype.Component;

/** A national coordinator's scale-up: phases coming up with their gates, and districts by readiness. */
@Component
class NationalHome implements RoleHome {

    private final Scopes scopes;
    private final AreaLines areas;

    NationalHome(Scopes scopes, AreaLines areas) {
        this.scopes = scopes;
        this.areas = areas;
    }

    @Override
    public Role role() {
        return Role.NATIONAL_COORDINATOR;
    }

    @Override
    public Home.Section section(Reader reader) {
        AreaLines.Phases phases = areas.phases(scopes.of(Permission.PLAN_SCALE_UP), reader);
        List<Home.Line> districts = areas.readiness(scopes.of(Permission.VIEW_PROGRAMME), reader, true);
        long notReady = districts.stream().filter(Home.Line::attention).count();
        List<Home.Item> items = List.of(
                new Home.Item("phasesComing", phases.count(), "/scale-up", false),
                new Home.Item(
                        "districtsNotReady",
                        notReady,
                        districts.stream()
                                .filter(Home.Line::attention)
                                .map(Home.Line::href)
                                .findFirst()
                                .orElse("/scale-up"),
                        notReady > 0));
        List<Home.Line> lines = new ArrayList<>(phases.lines());
        lines.addAll(districts);
        return new Home.Section(role(), items, lines);
    }
}
