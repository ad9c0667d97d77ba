package org.harambee.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.springframework.stereotype.Component;

/**
 * A researcher's pages: the dashboard, the exports (CSV, XLSX) and the research pages (stepped wedge, diffusion) of
 * each area they are assigned with. They count nothing: a researcher waits on nobody.
 */
@Component
class ResearcherHome implements RoleHome {

    private final Scopes scopes;
    private final Geography geography;
    private final HomeSettings settings;

    ResearcherHome(Scopes scopes, Geography geography, HomeSettings settings) {
        this.scopes = scopes;
        this.geography = geography;
        this.settings = settings;
    }

    @Override
    public Role role() {
        return Role.RESEARCHER;
    }

    @Override
    public Home.Section section(Reader reader) {
        Scope scope = scopes.of(Permission.VIEW_AGGREGATES);
        boolean exports = scopes.permissions().contains(Permission.EXPORT_AGGREGATES);
        List<UUID> tops = scope.topUnitIds().stream().limit(settings.lines()).toList();
        Map<UUID, UnitRef> units = geography.byIds(tops, reader.language());
        List<Home.Item> items = new ArrayList<>();
        List<Home.Line> lines = new ArrayList<>();
        for (UUID id : tops) {
            UnitRef unit = units.get(id);
            if (unit == null) {
                continue;
            }
            String base = "/insights/" + unit.pcode();
            lines.add(new Home.Line("area", unit.name(), unit.pcode(), null, base, false));
            items.add(new Home.Item("dashboard", null, base, false));
            if (exports) {
                items.add(new Home.Item("exportCsv", null, base + "/export.csv", false));
                items.add(new Home.Item("exportXlsx", null, base + "/export.xlsx", false));
            }
            items.add(new Home.Item("steppedWedge", null, base + "/stepped-wedge", false));
            items.add(new Home.Item("diffusion", null, base + "/diffusion", false));
        }
        return new Home.Section(role(), items, lines);
    }
}
