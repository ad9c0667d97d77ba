package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportRecord;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The routes of the referral pathway a line of the service points import carries, so that one sheet holds each service
 * point with the routes it serves: {@code routes}, the P-codes of the places whose referrals it receives, and {@code
 * route_categories}, the categories it receives from them (its own category when empty). Each route is checked by the
 * pathway form's rule against the service point as the line gives it (active, serving the place, {@link
 * ServicePointRegister#serves}), inside the importer's area; it is set as the pathway form and the {@code
 * pathway-routes} kind set one ({@link PathwaySetting#put}), replacing another service point's route there.
 */
@Component
class ServicePointRouteColumns {

    /** A route a line sets: for the category, referrals from the unit's subtree go to the line's service point. */
    record Route(ServiceCategory category, UUID unitId, String unitPath, String pcode) {

        String key() {
            return unitId + "/" + category;
        }
    }

    private final Geography geography;
    private final PathwaySetting setting;

    ServicePointRouteColumns(Geography geography, PathwaySetting setting) {
        this.geography = geography;
        this.setting = setting;
    }

    /**
     * The routes of a line whose service point has these checked {@code details} ({@code active} when stored, true for
     * a new one); problems added to {@code problems} under {@code routes} or {@code route_categories}.
     */
    List<Route> read(
            ImportRecord record,
            ServicePointRecords.Details details,
            boolean active,
            ImportContext context,
            List<FieldProblem> problems) {
        List<String> codes = words(record.cell("routes"));
        List<String> categoryCells = words(record.cell("route_categories"));
        if (codes.isEmpty()) {
            if (!categoryCells.isEmpty()) {
                problems.add(
                        new FieldProblem("route_categories", "recordImports.service-points.categoriesWithoutRoutes"));
            }
            return List.of();
        }
        if (codes.size() > ServicePointChecks.MAX_AREAS) {
            problems.add(new FieldProblem("routes", "servicePoints.areas.tooMany", ServicePointChecks.MAX_AREAS));
            return List.of();
        }
        Set<ServiceCategory> categories = categories(categoryCells, details.category(), problems);
        if (details.unitPath() == null || details.name() == null || categories.isEmpty()) {
            // the line's own problems are reported already: a route cannot be judged without its service point
            return List.of();
        }
        if (!active) {
            problems.add(new FieldProblem("routes", "pathways.servicePoint.inactive", details.name()));
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            UnitView unit = geography.find(code, "en").orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("routes", "servicePoints.unit.unknown", code));
            } else if (!context.covers(unit.path())) {
                problems.add(new FieldProblem("routes", "recordImports.place.outsideArea", unit.pcode()));
            } else if (!ServicePointRegister.serves(details, unit.path())) {
                problems.add(
                        new FieldProblem("routes", "pathways.servicePoint.notServing", details.name(), unit.name()));
            } else {
                categories.forEach(c -> routes.add(new Route(c, unit.id(), unit.path(), unit.pcode())));
            }
        }
        return routes;
    }

    /**
     * Refuses a route of the line {@code line} whose place and category an earlier line routes already; {@code seen}
     * holds the line of each route met so far, in the file's order.
     */
    void checkTwice(int line, List<Route> routes, Map<String, Integer> seen, ImportContext context) {
        for (Route route : routes) {
            Integer earlier = seen.putIfAbsent(route.key(), line);
            if (earlier != null && earlier != line) {
                context.problem(
                        line,
                        "routes",
                        "recordImports.service-points.routeTwice",
                        earlier,
                        route.category().name(),
                        route.pcode());
            }
        }
    }

    /** Sets the routes to the service point {@code servicePointId}; true when any was set or replaced. */
    boolean write(List<Route> routes, UUID servicePointId, String user) {
        boolean changed = false;
        for (Route route : routes) {
            PathwaySetting.Written written =
                    setting.put(route.category(), route.unitId(), route.unitPath(), servicePointId, user);
            changed |= written.outcome() != PathwaySetting.Outcome.UNCHANGED;
        }
        return changed;
    }

    private static Set<ServiceCategory> categories(
            List<String> cells, ServiceCategory own, List<FieldProblem> problems) {
        Set<ServiceCategory> categories = new LinkedHashSet<>();
        if (cells.isEmpty()) {
            if (own != null) {
                categories.add(own);
            }
            return categories;
        }
        for (String cell : cells) {
            String name = cell.toUpperCase(Locale.ROOT);
            if (Arrays.stream(ServiceCategory.values()).anyMatch(c -> c.name().equals(name))) {
                categories.add(ServiceCategory.valueOf(name));
            } else {
                problems.add(new FieldProblem(
                        "route_categories", "recordImports.value.oneOf", cell, ServiceImportProblems.CATEGORIES));
            }
        }
        return categories;
    }

    /** Words separated by spaces, commas or semicolons, as the areas are. */
    private static List<String> words(String cell) {
        return cell == null
                ? List.of()
                : Arrays.stream(cell.split("[\\s,;]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }
}
