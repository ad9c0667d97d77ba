package org.harambee.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How the access module learns about units without depending on the geography module (which depends on this one for
 * the audit trail and the scope check): geography provides the implementation.
 */
public interface UnitDirectory {

    /** A unit as scopes need it: id, P-code, name in the default language, and current materialised path. */
    record Place(UUID id, String pcode, String name, String path) {}

    Optional<Place> byPcode(String pcode);

    /** The units with these ids that exist; unknown ids are left out. */
    List<Place> byIds(Collection<UUID> ids);
}
