package org.harambee.insights.export;

import java.util.Locale;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.springframework.stereotype.Component;

/**
 * Who reads the insights of a unit, and how: the unit must lie inside the reader's scope for the permission asked
 * (403 otherwise), and figures are exact only for those who may read the child records of the whole unit (the
 * dashboard's rule); everyone else gets small cells suppressed.
 */
@Component
public class Readers {

    private final Geography geography;
    private final Scopes scopes;

    Readers(Geography geography, Scopes scopes) {
        this.geography = geography;
        this.scopes = scopes;
    }

    /** A unit as read by the signed-in user, and whether that user sees exact figures there. */
    public record Reader(UnitView unit, boolean exact) {}

    /** The unit with this P-code (404 when unknown), read with {@code permission} (403 outside the scope). */
    public Reader of(String pcode, Permission permission, Locale locale) {
        UnitView unit = geography.get(pcode, locale.getLanguage());
        scopes.require(permission, unit.path());
        return new Reader(unit, scopes.permits(Permission.VIEW_CHILD_RECORDS, unit.path()));
    }
}
