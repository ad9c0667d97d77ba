package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.geography.Geography;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.ImportColumn;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportPlace;
import org.harambee.system.ImportRecord;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.RecordImporter;
import org.springframework.stereotype.Component;

/**
 * The routes of a referral pathway from a spreadsheet: for a place inside the importer's area for managing services
 * and a category, the service point that receives referrals from the place's subtree. The service point is named as
 * registered (case aside), with the P-code of the place it sits at when several of that name serve the place; it must
 * be active and serve the place, as on the pathway form ({@link PathwaySetting#refusal}). A route is known by its place
 * and category: one set there already is replaced when it names another service point and left alone otherwise.
 * Service points of the same upload are not seen: import them first, or give their routes in their own file ({@link
 * ServicePointRouteColumns}).
 */
@Component
class PathwayRouteImport implements RecordImporter<PathwayRouteImport.Draft> {

    static final String KIND = "pathway-routes";

    private static final int MAX_NAME = 200;

    /** A record read, with the service point it names. */
    static final class Draft {
        final int line;
        final ImportPlace place;
        final ServiceCategory category;
        final String servicePoint;
        final String servicePointPcode;
        ServicePointRef to;

        Draft(int line, ImportPlace place, ServiceCategory category, String servicePoint, String servicePointPcode) {
            this.line = line;
            this.place = place;
            this.category = category;
            this.servicePoint = servicePoint;
            this.servicePointPcode = servicePointPcode;
        }

        String key() {
            return place.id() + "/" + category;
        }
    }

    private final ServicePointRecords records;
    private final PathwaySetting setting;
    private final ServicePoints servicePoints;
    private final Geography geography;
    private final Map<ImportContext, Lookups> lookups = Collections.synchronizedMap(new WeakHashMap<>());

    PathwayRouteImport(
            ServicePointRecords records, PathwaySetting setting, ServicePoints servicePoints, Geography geography) {
        this.records = records;
        this.setting = setting;
        this.servicePoints = servicePoints;
        this.geography = geography;
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
                ImportColumn.required("category", "SOCIAL_WELFARE"),
                ImportColumn.required("service_point", "Amber District Social Welfare Office"),
                ImportColumn.optional("service_point_pcode", "QZ0101"));
    }

    @Override
    public Draft read(ImportRecord record, ImportContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        ServiceCategory category =
                ServicePointChecks.INPUTS.choice("category", record.cell("category"), ServiceCategory.class, problems);
        String servicePoint =
                ServicePointChecks.INPUTS.text("service_point", record.cell("service_point"), MAX_NAME, true, problems);
        ServiceImportProblems.report(record, problems, Map.of(), context);
        if (servicePoint == null || record.place() == null) {
            return null;
        }
        Draft draft =
                new Draft(record.line(), record.place(), category, servicePoint, record.cell("service_point_pcode"));
        // the service point is found here rather than in check(), which the machinery skips after any problem
        draft.to = receiver(draft, lookups.computeIfAbsent(context, c -> new Lookups()), context);
        return problems.isEmpty() && draft.to != null ? draft : null;
    }

    @Override
    public void check(List<Draft> drafts, ImportContext context) {
        lookups.remove(context);
        Map<String, Draft> byKey = new HashMap<>();
        for (Draft draft : drafts) {
            Draft first = byKey.putIfAbsent(draft.key(), draft);
            if (first != null) {
                context.problem(draft.line, "category", "recordImports.duplicate", first.line);
            }
        }
    }

    /**
     * The service point a record names: of that name (and at {@code service_point_pcode} when given), active and
     * serving the record's place; null, with a problem, when there is none or more than one.
     */
    private ServicePointRef receiver(Draft draft, Lookups seen, ImportContext context) {
        List<ServicePointRef> named = seen.named(draft.servicePoint).stream()
                .filter(s -> draft.servicePointPcode == null
                        || draft.servicePointPcode.equalsIgnoreCase(seen.pcode(s.unitId())))
                .toList();
        if (named.isEmpty()) {
            unknown(draft, context);
            return null;
        }
        List<ServicePointRef> servingHere = seen.serving(draft.place.path());
        List<ServicePointRef> allowed = named.stream()
                .filter(s -> PathwaySetting.refusal("service_point", s, servingHere, draft.place.name()) == null)
                .toList();
        if (allowed.size() == 1) {
            return allowed.get(0);
        }
        if (allowed.size() > 1) {
            context.problem(
                    draft.line,
                    "service_point",
                    "recordImports.pathway-routes.servicePointAmbiguous",
                    draft.servicePoint,
                    allowed.stream()
                            .map(s -> s.name() + " (" + seen.pcode(s.unitId()) + ")")
                            .collect(Collectors.joining(", ")));
        } else {
            FieldProblem refused =
                    PathwaySetting.refusal("service_point", named.get(0), servingHere, draft.place.name());
            context.problem(draft.line, "service_point", refused.key(), refused.args());
        }
        return null;
    }

    /**
     * What one import has looked up already: service points by name, those serving a place, P-codes of their places.
     * Kept from the first record read to {@link #check}, by import.
     */
    private final class Lookups {
        private final Map<String, List<ServicePointRef>> byName = new HashMap<>();
        private final Map<String, List<ServicePointRef>> serving = new HashMap<>();
        private final Map<UUID, String> pcodes = new HashMap<>();

        List<ServicePointRef> named(String name) {
            return byName.computeIfAbsent(ServicePointRecords.searchName(name), key -> {
                List<ServicePointRef> found = records.named(List.of(key)).stream()
                        .map(PathwayRouteImport::ref)
                        .toList();
                Set<UUID> units = found.stream()
                        .map(ServicePointRef::unitId)
                        .filter(id -> !pcodes.containsKey(id))
                        .collect(Collectors.toSet());
                if (!units.isEmpty()) {
                    geography.byIds(units, "en").forEach((id, unit) -> pcodes.put(id, unit.pcode()));
                }
                return found;
            });
        }

        List<ServicePointRef> serving(String path) {
            return serving.computeIfAbsent(path, p -> servicePoints.serving(p, null));
        }

        String pcode(UUID unitId) {
            return pcodes.getOrDefault(unitId, "?");
        }
    }

    @Override
    public ImportCounts write(List<Draft> drafts, ImportContext context) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int written = 0;
        for (Draft draft : drafts) {
            PathwaySetting.Written route =
                    setting.put(draft.category, draft.place.id(), draft.place.path(), draft.to.id(), context.user());
            switch (route.outcome()) {
                case SET -> created++;
                case REPLACED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            context.progress(++written);
        }
        return new ImportCounts(created, updated, unchanged);
    }

    private static void unknown(Draft draft, ImportContext context) {
        if (draft.servicePointPcode == null) {
            context.problem(
                    draft.line,
                    "service_point",
                    "recordImports.pathway-routes.servicePointUnknown",
                    draft.servicePoint);
        } else {
            context.problem(
                    draft.line,
                    "service_point_pcode",
                    "recordImports.pathway-routes.servicePointUnknownAt",
                    draft.servicePoint,
                    draft.servicePointPcode.toUpperCase(Locale.ROOT));
        }
    }

    private static ServicePointRef ref(ServicePointRecords.Row row) {
        return new ServicePointRef(
                row.id(), row.name(), row.category(), row.unitId(), row.unitPath(), row.onPlatform(), row.active());
    }
}
