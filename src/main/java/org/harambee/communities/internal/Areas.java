package org.harambee.communities.internal;

import java.util.List;
import org.harambee.access.Scope;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.OutsideAreaException;
import org.springframework.stereotype.Component;

/** The area a listing is limited to, given as a P-code: its path, when the reader's scope reaches it. */
@Component
public class Areas {

    private final Geography geography;

    Areas(Geography geography) {
        this.geography = geography;
    }

    /**
     * The path of the unit with this P-code (null for none given); a problem on {@code field} for an unknown P-code,
     * 403 ({@link OutsideAreaException} on {@code field}, which a list page shows beside it) for a unit that the scope
     * neither holds nor lies above.
     */
    public String path(String field, String pcode, Scope scope) {
        String code = Inputs.trimmed(pcode);
        if (code == null) {
            return null;
        }
        UnitView unit = geography
                .find(code, "en")
                .orElseThrow(() ->
                        new InvalidInputException(List.of(new FieldProblem(field, "communities.unit.unknown", code))));
        if (!scope.reaches(unit.path())) {
            throw new OutsideAreaException(field);
        }
        return unit.path();
    }
}
