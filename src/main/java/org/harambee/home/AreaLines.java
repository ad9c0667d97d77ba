package org.harambee.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.capacity.DistrictReadiness;
import org.harambee.capacity.Readiness;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.scaleup.PhasesWaiting;
import org.springframework.stereotype.Component;

/**
 * The lines coordinators share: the readiness of areas (each evaluated live, so at most {@link HomeSettings#lines()}
 * of them) and the scale-up phases coming up with their gates.
 */
@Component
class AreaLines {

    /** Phases not started that start within the days of the settings, and the first few with their gate. */
    record Phases(long count, List<Home.Line> lines) {}

    private final Readiness readiness;
    private final Geography geography;
    private final PhasesWaiting phases;
    private final HomeSettings settings;

    AreaLines(Readiness readiness, Geography geography, PhasesWaiting phases, HomeSettings settings) {
        this.readiness = readiness;
        this.geography = geography;
        this.phases = phases;
        this.settings = settings;
    }

    int dueDays() {
        return settings.dueDays();
    }

    /**
     * The readiness of the units at the top of {@code scope}, or with {@code districts} of the districts inside them
     * (units at the depth of the settings), not ready first; at most {@link HomeSettings#lines()} are evaluated.
     */
    List<Home.Line> readiness(Scope scope, Reader reader, boolean districts) {
        if (scope.everywhere()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String path : scope.paths()) {
            List<String> paths = districts && UnitPaths.depth(path) < settings.districtDepth()
                    ? geography.pathsAtLevel(path, settings.districtDepth()).stream()
                            .sorted()
                            .toList()
                    : List.of(path);
            for (String p : paths) {
                if (ids.size() < settings.lines()) {
                    ids.add(UnitPaths.unitId(p));
                }
            }
        }
        Map<UUID, UnitRef> units = geography.byIds(ids, reader.language());
        List<Home.Line> lines = new ArrayList<>();
        for (UUID id : ids) {
            UnitRef unit = units.get(id);
            if (unit == null) {
                continue;
            }
            DistrictReadiness evaluated = readiness.evaluate(id);
            lines.add(new Home.Line(
                    "readiness",
                    unit.name(),
                    evaluated.ready() ? "READY" : "NOT_READY",
                    null,
                    "/readiness/" + unit.pcode(),
                    !evaluated.ready()));
        }
        lines.sort(Comparator.comparing(l -> !l.attention()));
        return lines;
    }

    Phases phases(Scope scope, Reader reader) {
        PhasesWaiting.Waiting waiting = phases.of(scope, reader.today().plusDays(settings.dueDays()), settings.lines());
        return new Phases(
                waiting.phases(),
                waiting.first().stream()
                        .map(p -> new Home.Line(
                                "phase",
                                p.planName() + " · " + p.phaseName(),
                                p.gatePasses() ? "PASSES" : "FAILS",
                                p.startsOn().toString(),
                                "/scale-up/plans/" + p.planId(),
                                !p.gatePasses()))
                        .toList());
    }
}
