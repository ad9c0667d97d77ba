package org.harambee.geography;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The places the signed-in user may browse ({@link Permission#VIEW_PLACES} and its scope), for the pages and the API
 * alike: a unit outside the scope is refused (403), listings hold only units inside it, and a user whose scope is a
 * district starts from that district rather than from the countries.
 */
@Component
class VisiblePlaces {

    private final Geography geography;
    private final Scopes scopes;

    VisiblePlaces(Geography geography, Scopes scopes) {
        this.geography = geography;
        this.scopes = scopes;
    }

    Scope scope() {
        return scopes.of(Permission.VIEW_PLACES);
    }

    /** The unit, when it lies inside the scope; 404 when there is none, 403 when it lies outside. */
    UnitView get(String pcode, String language) {
        UnitView unit = geography.get(pcode, language);
        if (!scope().covers(unit.path())) {
            throw new AccessDeniedException("place outside the user's scope");
        }
        return unit;
    }

    UnitPage list(UnitQuery query, String language) {
        if (query.parent() != null) {
            get(query.parent(), language);
        }
        return geography.list(query, scope(), language);
    }

    /** The P-codes of the unit's ancestors that lie inside the scope, so that a breadcrumb links only those. */
    List<String> linkableAncestors(UnitView unit, List<UnitRef> ancestors) {
        Scope scope = scope();
        List<String> ids =
                Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).toList();
        List<String> linkable = new ArrayList<>();
        for (int i = 0; i < ancestors.size() && i < ids.size(); i++) {
            String path = "/" + String.join("/", ids.subList(0, i + 1)) + "/";
            if (scope.covers(path)) {
                linkable.add(ancestors.get(i).pcode());
            }
        }
        return linkable;
    }

    /** The countries where the scope holds some unit, with their level names. */
    List<CountryView> countries(String language) {
        Scope scope = scope();
        return geography.countries(language).stream()
                .filter(c -> scope.reaches(geography.get(c.pcode(), language).path()))
                .toList();
    }

    /** A country's level names, for anyone whose scope holds some unit of it. */
    CountryView country(String pcode, String language) {
        UnitView unit = geography.get(pcode, language);
        if (!scope().reaches(unit.path())) {
            throw new AccessDeniedException("country outside the user's scope");
        }
        return geography.country(pcode, language);
    }
}
