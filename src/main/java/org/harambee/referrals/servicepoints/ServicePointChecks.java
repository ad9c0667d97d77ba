package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a service point as entered, field by field. The writer needs {@link Permission#MANAGE_SERVICES} over its unit
 * and every unit of its area (403 otherwise). An area unit lies where the service point could reasonably reach: at or
 * below its own unit, or at or below a unit beside it (same parent), never above it.
 */
@Component
class ServicePointChecks {

    static final int MAX_AREAS = 50;

    /** The checks of service point and pathway input; a category missing or unknown is {@code category.invalid}. */
    static final Inputs INPUTS = Inputs.keyed("servicePoints").choiceKey("servicePoints.category.invalid");

    /** Digits with spaces, dashes, dots or brackets, an optional leading +: what people write on a notice board. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{3,40}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /**
     * Whether the writer may place a service point or its area at a unit chosen in a field: the form's writer is refused
     * with a 403 beside the field, an import's record with a problem of that field.
     */
    interface Reach {

        boolean allows(String field, UnitView unit, List<FieldProblem> problems);
    }

    private final ServicePointRecords records;
    private final Geography geography;
    private final Scopes scopes;

    ServicePointChecks(ServicePointRecords records, Geography geography, Scopes scopes) {
        this.records = records;
        this.geography = geography;
        this.scopes = scopes;
    }

    /**
     * The checked details of service point {@code id} (null when new), written by the signed-in user; problems added to
     * {@code problems}.
     */
    ServicePointRecords.Details details(UUID id, ServicePointInput input, List<FieldProblem> problems) {
        return details(
                id,
                input,
                (field, unit, refused) -> {
                    scopes.require(field, Permission.MANAGE_SERVICES, unit.path());
                    return true;
                },
                problems);
    }

    /** The same checks for a writer whose area is {@code reach}: the form's and an import's. */
    ServicePointRecords.Details details(UUID id, ServicePointInput input, Reach reach, List<FieldProblem> problems) {
        String name = INPUTS.text("name", input.name(), 200, true, problems);
        ServiceCategory category = INPUTS.choice("category", input.category(), ServiceCategory.class, problems);
        UnitView unit = unit(input.unit(), reach, problems);
        if (unit != null && name != null && records.nameTaken(unit.id(), name, id)) {
            problems.add(new FieldProblem("name", "servicePoints.name.taken", unit.name()));
        }
        List<ServicePointRecords.Area> areas = unit == null ? List.of() : areas(unit, input.areas(), reach, problems);
        return new ServicePointRecords.Details(
                name,
                category,
                unit == null ? null : unit.id(),
                unit == null ? null : unit.path(),
                areas,
                phone("phone", input.phone(), problems),
                email("email", input.email(), problems),
                INPUTS.text("address", input.address(), 500, false, problems),
                INPUTS.text("openingHours", input.openingHours(), 300, false, problems),
                INPUTS.text("languages", input.languages(), 200, false, problems),
                Boolean.TRUE.equals(input.onPlatform()));
    }

    private UnitView unit(String pcode, Reach reach, List<FieldProblem> problems) {
        String code = Inputs.trimmed(pcode);
        if (code == null) {
            problems.add(new FieldProblem("unit", "servicePoints.unit.required"));
            return null;
        }
        UnitView unit = geography.find(code, "en").orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem("unit", "servicePoints.unit.unknown", code));
            return null;
        }
        return reach.allows("unit", unit, problems) ? unit : null;
    }

    private List<ServicePointRecords.Area> areas(
            UnitView unit, List<String> pcodes, Reach reach, List<FieldProblem> problems) {
        Map<String, UnitView> chosen = new LinkedHashMap<>();
        List<String> codes = pcodes == null
                ? List.of()
                : pcodes.stream().map(Inputs::trimmed).filter(c -> c != null).toList();
        if (codes.isEmpty()) {
            return List.of(new ServicePointRecords.Area(unit.id(), unit.path()));
        }
        if (codes.size() > MAX_AREAS) {
            problems.add(new FieldProblem("areas", "servicePoints.areas.tooMany", MAX_AREAS));
            return List.of();
        }
        String parent = parent(unit.path());
        for (String code : codes) {
            UnitView area = geography.find(code, "en").orElse(null);
            if (area == null) {
                problems.add(new FieldProblem("areas", "servicePoints.unit.unknown", code));
            } else if (!area.path().startsWith(unit.path())
                    && (!area.path().startsWith(parent) || area.path().equals(parent))) {
                problems.add(new FieldProblem(
                        "areas", "servicePoints.areas.outside", area.name(), area.pcode(), unit.name()));
            } else if (reach.allows("areas", area, problems)) {
                chosen.put(area.path(), area);
            }
        }
        List<ServicePointRecords.Area> areas = new ArrayList<>();
        for (UnitView area : chosen.values()) {
            UnitView holder = chosen.values().stream()
                    .filter(other -> other != area && area.path().startsWith(other.path()))
                    .findFirst()
                    .orElse(null);
            if (holder != null) {
                problems.add(new FieldProblem(
                        "areas", "servicePoints.areas.nested", area.name(), area.pcode(), holder.name()));
            }
            areas.add(new ServicePointRecords.Area(area.id(), area.path()));
        }
        return areas;
    }

    /** A phone number of 6 to 15 digits, written as people do; a problem otherwise. */
    static String phone(String field, String value, List<FieldProblem> problems) {
        String phone = Inputs.trimmed(value);
        if (phone != null) {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone).matches() || digits < 6 || digits > 15) {
                problems.add(new FieldProblem(field, "servicePoints.phone.invalid"));
            }
        }
        return phone;
    }

    /** An e-mail address (something@domain.tld), kept in lower case; a problem otherwise. */
    static String email(String field, String value, List<FieldProblem> problems) {
        String email = Inputs.trimmed(value);
        if (email != null) {
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                problems.add(new FieldProblem(field, "servicePoints.email.invalid"));
            }
            return email.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The path of the parent of the unit at {@code path}; the path itself for a country. */
    static String parent(String path) {
        List<String> prefixes = UnitPaths.prefixes(path);
        return prefixes.size() < 2 ? path : prefixes.get(prefixes.size() - 2);
    }
}
