package org.harambee.capacity.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/** Units as the module names them: by P-code when written (a field problem when unknown), by id when shown. */
@Component
public class Places {

    private final Geography geography;

    Places(Geography geography) {
        this.geography = geography;
    }

    /** The unit with this P-code; a problem on {@code field} when it is missing or unknown. */
    public UnitView unit(String field, String pcode, List<FieldProblem> problems) {
        String code = Inputs.trimmed(pcode);
        if (code == null) {
            problems.add(new FieldProblem(field, "capacity.unit.required"));
            return null;
        }
        Optional<UnitView> unit = geography.find(code, "en");
        if (unit.isEmpty()) {
            problems.add(new FieldProblem(field, "capacity.unit.unknown", code));
        }
        return unit.orElse(null);
    }

    /** The unit with this P-code, or 404. */
    public UnitView get(String pcode, String language) {
        return geography.get(pcode, language);
    }

    public Optional<UnitView> byId(UUID id, String language) {
        UnitRef ref = geography.byIds(List.of(id), language).get(id);
        return ref == null ? Optional.empty() : geography.find(ref.pcode(), language);
    }

    /** The units with these ids, named in the reader's language. */
    public Map<UUID, UnitRef> refs(java.util.Collection<UUID> ids, String language) {
        return ids.isEmpty() ? Map.of() : geography.byIds(ids, language);
    }

    /** An SQL condition: {@code column} lies in the subtree at {@code prefix} (paths hold no like wildcards). */
    public static String under(String column, String param) {
        return column + " like :" + param;
    }

    /** The like pattern of the subtree at {@code path}. */
    public static String subtree(String path) {
        return path + "%";
    }

    /** The path after its {@code oldPrefix} moved to {@code newPrefix}. */
    public static String moved(String path, String oldPrefix, String newPrefix) {
        return path.startsWith(oldPrefix) ? newPrefix + path.substring(oldPrefix.length()) : path;
    }
}
