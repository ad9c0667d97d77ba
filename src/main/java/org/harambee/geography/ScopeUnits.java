package org.harambee.geography;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The geography module's answer to the access module's questions about units (their current paths). */
@Component
@Transactional(readOnly = true)
class ScopeUnits implements UnitDirectory {

    private final Units units;

    ScopeUnits(Units units) {
        this.units = units;
    }

    @Override
    public Optional<Place> byPcode(String pcode) {
        return units.findByPcode(pcode, "").map(row -> new Place(row.id(), row.pcode(), row.label(), row.path()));
    }

    @Override
    public List<Place> byIds(Collection<UUID> ids) {
        return units.places(ids);
    }

    @Override
    public List<Place> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<UUID> ids = units.list(new UnitQuery(null, null, text, 0, limit), null, null, Scope.all(), "en").stream()
                .map(Units.RefRow::id)
                .toList();
        return units.places(ids).stream()
                .sorted(Comparator.comparing((Place p) -> p.path().length()).thenComparing(Place::name))
                .toList();
    }
}
