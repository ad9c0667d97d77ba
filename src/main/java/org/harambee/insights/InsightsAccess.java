package org.harambee.insights;

import java.util.Optional;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.geography.UnitNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads which unit's figures, and how exactly. Figures of a unit are read with {@link Permission#VIEW_AGGREGATES}
 * over the whole unit. They are exact only for a reader who may see the children's records themselves: one holding
 * {@link Permission#VIEW_CHILD_RECORDS} over the whole unit (a district coordinator in their district, a service-point
 * officer in their area). Everyone else, national coordinators, researchers and partner managers included, sees them
 * suppressed.
 */
@Component
class InsightsAccess {

    private final Scopes scopes;
    private final RollupReads rollups;

    InsightsAccess(Scopes scopes, RollupReads rollups) {
        this.scopes = scopes;
        this.rollups = rollups;
    }

    /** The unit with this P-code; 404 when there is none, 403 when it is not wholly inside the reader's units. */
    RollupReads.Unit readable(String pcode, String language) {
        RollupReads.Unit unit = rollups.unit(pcode, language).orElseThrow(() -> new UnitNotFoundException(pcode));
        if (!scopes.of(Permission.VIEW_AGGREGATES).covers(unit.path())) {
            throw new AccessDeniedException("unit outside the reader's scope");
        }
        return unit;
    }

    boolean exact(RollupReads.Unit unit) {
        return scopes.of(Permission.VIEW_CHILD_RECORDS).covers(unit.path());
    }

    /** The P-code of the reader's first top unit, where the dashboard opens. */
    Optional<String> topUnit(String language) {
        Scope scope = scopes.of(Permission.VIEW_AGGREGATES);
        return scope.topUnitIds().stream()
                .findFirst()
                .flatMap(id -> rollups.unit(id, language))
                .map(RollupReads.Unit::pcode);
    }
}
