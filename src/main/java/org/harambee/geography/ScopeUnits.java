package org.harambee.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
}
