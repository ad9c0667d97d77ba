package org.harambee.communities.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.OutsideAreaException;
import org.springframework.stereotype.Component;

/**
 * What the lists of a community's records (meetings, harm selections, actions) share: the reader's area ({@code
 * VIEW_PROGRAMME}, as the community pages that show these records), a place (a P-code inside it; outside it an {@link
 * OutsideAreaException} on {@code unit}), a community, a day range, a code from a fixed set and a sort from a
 * whitelist; each refused by its field name, never by a 500.
 */
@Component
public class RecordFilters {

    private static final Inputs INPUTS = Inputs.keyed("communities");

    /**
     * A list's filters, checked: {@code code} is the list's own (a meeting type, a harm, a status), {@code sort} a key of
     * the list's sorts (its default when none was asked).
     */
    public record Filter(
            Scope scope,
            String unit,
            String areaPath,
            UUID communityId,
            LocalDate from,
            LocalDate to,
            String code,
            String sort) {

        /** The filters as an audit line records them: codes and days, never a record's contents. */
        public String described(String codeName) {
            return "unit=" + text(unit) + " community=" + text(communityId) + " from=" + text(from) + " to=" + text(to)
                    + " " + codeName + "=" + text(code) + " sort=" + sort;
        }

        /**
         * The where clause on a record joined to its community as {@code c}: the area, the place, the community, the
         * days in {@code dayColumn} and the code in {@code codeColumn}.
         */
        public String where(String dayColumn, String codeColumn, Map<String, Object> params) {
            List<String> clauses = new ArrayList<>();
            clauses.add(UnitPaths.within(scope, "c.unit_path", "scope", params));
            if (areaPath != null) {
                clauses.add(UnitPaths.range("c.unit_path", "area", areaPath, params));
            }
            if (communityId != null) {
                clauses.add("c.id = :community");
                params.put("community", communityId);
            }
            if (from != null) {
                clauses.add(dayColumn + " >= :fromDay");
                params.put("fromDay", from);
            }
            if (to != null) {
                clauses.add(dayColumn + " <= :toDay");
                params.put("toDay", to);
            }
            if (code != null) {
                clauses.add(codeColumn + " = :code");
                params.put("code", code);
            }
            return String.join(" and ", clauses);
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    /** What a request asks of a list, as typed. */
    public record Asked(String unit, UUID community, String from, String to, String code, String sort) {}

    private final Scopes scopes;
    private final Areas areas;

    RecordFilters(Scopes scopes, Areas areas) {
        this.scopes = scopes;
        this.areas = areas;
    }

    /**
     * The filters of {@code asked}, checked: an unknown place, a malformed day, a range ending before it starts, a code
     * outside {@code codes} (named {@code codeField}, refused with {@code codeKey}) or a sort outside {@code sorts} is
     * a 400 naming its field; a place outside the reader's area an {@link OutsideAreaException} on {@code unit}.
     */
    public Filter filter(
            Asked asked,
            String codeField,
            Collection<String> codes,
            String codeKey,
            Map<String, String> sorts,
            String defaultSort) {
        Scope scope = scopes.of(Permission.VIEW_PROGRAMME);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = INPUTS.date("from", asked.from(), false, problems);
        LocalDate to = INPUTS.date("to", asked.to(), false, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "lists.to.beforeFrom"));
        }
        String code = Inputs.trimmed(asked.code());
        if (code != null && !codes.contains(code)) {
            problems.add(new FieldProblem(codeField, codeKey));
        }
        String sort = Inputs.trimmed(asked.sort());
        if (sort != null && !sorts.containsKey(sort)) {
            problems.add(new FieldProblem("sort", "export.sort.invalid"));
        }
        Inputs.refuseIfAny(problems);
        String unit = Inputs.trimmed(asked.unit());
        String areaPath = areas.path("unit", unit, scope);
        return new Filter(scope, unit, areaPath, asked.community(), from, to, code, sort == null ? defaultSort : sort);
    }
}
