package org.harambee.scaleup.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Units named by P-code in forms and the API, looked up through the geography module. */
@Component
public class ScaleUpPlaces {

    /** A place as the pages and the API show it. */
    public record Place(String pcode, String name, String levelName) {}

    private final Geography geography;

    ScaleUpPlaces(Geography geography) {
        this.geography = geography;
    }

    /** The unit with this P-code; a problem on {@code field} when missing (while required) or unknown. */
    public UnitView unit(String field, String pcode, boolean required, List<FieldProblem> problems) {
        String code = Inputs.trimmed(pcode);
        if (code == null) {
            if (required) {
                problems.add(new FieldProblem(field, "scaleup.unit.required"));
            }
            return null;
        }
        UnitView unit = geography.find(code, "en").orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem(field, "scaleup.unit.unknown", code));
        }
        return unit;
    }

    /**
     * The path of an area filter (null for none); a problem for an unknown P-code, 403 for a unit the scope neither
     * holds nor lies above.
     */
    public String area(String field, String pcode, Scope scope) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        UnitView unit = unit(field, pcode, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (unit == null) {
            return null;
        }
        if (!scope.reaches(unit.path())) {
            throw new AccessDeniedException("area outside the user's scope");
        }
        return unit.path();
    }

    /** ScaleUpPlaces by unit id, named in the reader's language. */
    public Map<UUID, Place> byIds(java.util.Collection<UUID> ids, String language) {
        Map<UUID, Place> places = new java.util.HashMap<>();
        geography.byIds(ids, language).forEach((id, ref) -> places.put(id, place(ref)));
        return places;
    }

    private static Place place(UnitRef ref) {
        return new Place(ref.pcode(), ref.name(), ref.levelName());
    }
}
