package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.system.ImportColumn;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportRecord;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.RecordImporter;
import org.springframework.stereotype.Component;

/**
 * Service points from a spreadsheet: one per record, at its place inside the importer's area for managing services,
 * with the fields of the form (category, the places it serves as P-codes, contacts, opening hours, languages, whether
 * it works on the platform). A service point is known by its place and its name, compared without case: a record
 * naming one already there corrects it when it differs and leaves it alone when it does not; whether it is active is
 * not the file's to change. Checked by {@link ServicePointChecks} and written by {@link ServicePointRegister}, as the
 * form's. A line may also carry the routes of the pathway the service point receives ({@link
 * ServicePointRouteColumns}), so that a programme's one sheet of service points and the places they serve comes in as
 * one file; a line whose routes are set already and whose fields are the same is left alone.
 */
@Component
class ServicePointImport implements RecordImporter<ServicePointImport.Draft> {

    static final String KIND = "service-points";

    /** The form's fields by the column that holds them. */
    private static final Map<String, String> COLUMNS = Map.of(
            "unit", "pcode",
            "openingHours", "opening_hours",
            "onPlatform", "on_platform");

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "oui", "ndiyo");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "non", "hapana");

    /** A record checked: its details, and the service point stored under its key (null when new) with its area. */
    record Draft(
            int line,
            ServicePointRecords.Details details,
            ServicePointRecords.Row stored,
            List<ServicePointRecords.Area> storedAreas,
            List<ServicePointRouteColumns.Route> routes) {

        String key() {
            return details.unitId() + "/" + ServicePointRecords.searchName(details.name());
        }
    }

    private final ServicePointRecords records;
    private final ServicePointChecks checks;
    private final ServicePointRegister register;
    private final ServicePointRouteColumns routeColumns;

    ServicePointImport(
            ServicePointRecords records,
            ServicePointChecks checks,
            ServicePointRegister register,
            ServicePointRouteColumns routeColumns) {
        this.records = records;
        this.checks = checks;
        this.register = register;
        this.routeColumns = routeColumns;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String permission() {
        return Permission.MANAGE_SERVICES.name();
    }

    @Override
    public boolean placed() {
        return true;
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("name", "Amber District Social Welfare Office"),
                ImportColumn.required("category", "SOCIAL_WELFARE"),
                ImportColumn.optional("areas", "QZ010101 QZ010102"),
                ImportColumn.optional("phone", "+000 555 0100"),
                ImportColumn.optional("email", "welfare.amber@example.org"),
                ImportColumn.optional("address", "Council Road 4"),
                ImportColumn.optional("opening_hours", "Mon-Fri 8:00-16:30"),
                ImportColumn.optional("languages", "English, Krio"),
                ImportColumn.optional("on_platform", "yes"),
                // the routes of the pathway the service point receives (ServicePointRouteColumns)
                ImportColumn.optional("routes", "QZ010101 QZ010102"),
                ImportColumn.optional("route_categories", "SOCIAL_WELFARE CARE_ARRANGEMENTS"));
    }

    @Override
    public Draft read(ImportRecord record, ImportContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        List<FieldProblem> platform = new ArrayList<>();
        Boolean onPlatform = yesNo(record.cell("on_platform"), platform);
        String name = record.cell("name");
        ServicePointForm form = new ServicePointForm(
                name,
                record.cell("category"),
                record.place() == null ? null : record.place().pcode(),
                record.cell("areas"),
                record.cell("phone"),
                record.cell("email"),
                record.cell("address"),
                record.cell("opening_hours"),
                record.cell("languages"),
                onPlatform);
        ServicePointRecords.Row stored = record.place() == null || name == null
                ? null
                : records.at(record.place().id(), name).orElse(null);
        ServicePointRecords.Details details = checks.details(
                stored == null ? null : stored.id(),
                form.input(),
                (field, unit, refused) -> {
                    if (context.covers(unit.path())) {
                        return true;
                    }
                    refused.add(new FieldProblem(field, "recordImports.place.outsideArea", unit.pcode()));
                    return false;
                },
                problems);
        problems.addAll(platform);
        List<ServicePointRecords.Area> storedAreas = List.of();
        if (stored != null) {
            storedAreas = records.areas(stored.id());
            // the form corrects a service point only for whoever manages every place it serves
            if (storedAreas.stream().anyMatch(a -> !context.covers(a.unitPath()))) {
                problems.add(new FieldProblem("areas", "recordImports.service-points.servesOutside"));
            } else if (details.name() != null && details.category() != null && details.unitId() != null) {
                register.correctionProblems(stored, details, problems);
            }
        }
        if (record.place() == null) {
            // the machinery reported the place already
            problems.removeIf(p -> p.field().equals("unit"));
        }
        List<ServicePointRouteColumns.Route> routes = List.of();
        if (problems.stream()
                .noneMatch(p -> p.field().equals("unit") || p.field().equals("areas"))) {
            // a route is judged against the place and areas the line gives, once they are known to be right
            routes = routeColumns.read(record, details, stored == null || stored.active(), context, problems);
        }
        ServiceImportProblems.report(record, problems, COLUMNS, context);
        return problems.isEmpty() && record.place() != null
                ? new Draft(record.line(), details, stored, storedAreas, routes)
                : null;
    }

    @Override
    public void check(List<Draft> drafts, ImportContext context) {
        Map<String, Draft> byKey = new HashMap<>();
        Map<String, Integer> routed = new HashMap<>();
        for (Draft draft : drafts) {
            Draft first = byKey.putIfAbsent(draft.key(), draft);
            if (first != null) {
                context.problem(draft.line(), "name", "recordImports.duplicate", first.line());
            }
            routeColumns.checkTwice(draft.line(), draft.routes(), routed, context);
        }
    }

    @Override
    public ImportCounts write(List<Draft> drafts, ImportContext context) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int written = 0;
        for (Draft draft : drafts) {
            if (draft.stored() == null) {
                UUID id = register.register(draft.details(), context.user());
                routeColumns.write(draft.routes(), id, context.user());
                created++;
            } else {
                boolean changed = !same(draft.stored(), draft.storedAreas(), draft.details());
                if (changed) {
                    ServicePointRecords.Row locked =
                            records.lock(draft.stored().id()).orElseThrow();
                    register.correct(locked, draft.details(), context.user());
                }
                // a line's routes are part of its record: one set or replaced makes the line an update
                changed |= routeColumns.write(draft.routes(), draft.stored().id(), context.user());
                if (changed) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
            context.progress(++written);
        }
        return new ImportCounts(created, updated, unchanged);
    }

    private static boolean same(
            ServicePointRecords.Row row, List<ServicePointRecords.Area> areas, ServicePointRecords.Details details) {
        Set<Object> storedUnits = new HashSet<>();
        areas.forEach(a -> storedUnits.add(a.unitId()));
        Set<Object> units = new HashSet<>();
        details.areas().forEach(a -> units.add(a.unitId()));
        return row.name().equals(details.name())
                && row.category() == details.category()
                && Objects.equals(row.phone(), details.phone())
                && Objects.equals(row.email(), details.email())
                && Objects.equals(row.address(), details.address())
                && Objects.equals(row.openingHours(), details.openingHours())
                && Objects.equals(row.languages(), details.languages())
                && row.onPlatform() == details.onPlatform()
                && storedUnits.equals(units);
    }

    /** Yes or no in English, French or Swahili; empty is no, as an unticked box on the form. */
    private static Boolean yesNo(String cell, List<FieldProblem> problems) {
        if (cell == null) {
            return false;
        }
        String word = cell.toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return true;
        }
        if (!NO.contains(word)) {
            problems.add(new FieldProblem("onPlatform", "recordImports.value.oneOf", cell, "yes, no"));
        }
        return false;
    }
}
