package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitQuery;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the referral pathway of an area ({@link Permission#VIEW_PROGRAMME} in it or below it): the routes set there,
 * and where a referral from the area, or from each unit below it, goes per category as {@link ServicePoints#route}
 * decides it (the deepest route wins, an inactive service point is skipped).
 */
@Service
@Transactional(readOnly = true)
class PathwayReading {

    private final PathwayRoutes routes;
    private final ServicePointRecords records;
    private final ServicePoints servicePoints;
    private final Geography geography;
    private final Scopes scopes;

    PathwayReading(
            PathwayRoutes routes,
            ServicePointRecords records,
            ServicePoints servicePoints,
            Geography geography,
            Scopes scopes) {
        this.routes = routes;
        this.records = records;
        this.servicePoints = servicePoints;
        this.geography = geography;
        this.scopes = scopes;
    }

    /** The unit with this P-code when the reader's area reaches it: 404 for none, 403 outside. */
    UnitView unit(String pcode, String language) {
        UnitView unit = geography.get(pcode == null ? "" : pcode.trim(), language);
        if (!scopes.of(Permission.VIEW_PROGRAMME).reaches(unit.path())) {
            throw new AccessDeniedException("area outside the user's scope");
        }
        return unit;
    }

    PathwayViews.Pathway pathway(String pcode, String language) {
        UnitView unit = unit(pcode, language);
        Scope scope = scopes.of(Permission.VIEW_PROGRAMME);
        Map<UUID, ServicePointViews.Summary> summaries = new HashMap<>();
        List<PathwayViews.Child> children = new ArrayList<>();
        for (UnitRef child : geography
                .list(new UnitQuery(unit.pcode(), null, null, 0, 500), language)
                .items()) {
            UnitView view = geography.get(child.pcode(), language);
            if (scope.reaches(view.path())) {
                children.add(new PathwayViews.Child(
                        new ServicePointViews.Place(view.pcode(), view.name()),
                        resolved(view.path(), summaries, language)));
            }
        }
        return new PathwayViews.Pathway(
                new ServicePointViews.Place(unit.pcode(), unit.name()),
                geography.ancestors(unit, language).stream()
                        .map(a -> new ServicePointViews.Place(a.pcode(), a.name()))
                        .toList(),
                routes(unit, scope, summaries, language),
                resolved(unit.path(), summaries, language),
                children);
    }

    /** One route, with its unit and service point named. */
    PathwayViews.Route route(UUID id, String language) {
        PathwayRoutes.Route r = routes.find(id).orElseThrow(NotFoundException.of("problem.pathwayRouteNotFound"));
        UnitRef unit = geography.byIds(List.of(r.unitId()), language).get(r.unitId());
        return new PathwayViews.Route(
                r.id(),
                r.category(),
                ServicePointReading.place(unit),
                summary(r.servicePointId(), new HashMap<>(), language).orElseThrow());
    }

    /** Where a referral of {@code category} from the unit goes. */
    PathwayViews.Resolution resolve(String pcode, ServiceCategory category, String language) {
        UnitView unit = unit(pcode, language);
        return new PathwayViews.Resolution(
                category,
                servicePoints
                        .route(category, unit.path())
                        .map(ref -> summary(ref, new HashMap<>(), language))
                        .orElse(null));
    }

    /** Per category, the service point of the unit itself and the units below it that send elsewhere. */
    List<PathwayViews.PosterEntry> poster(UnitView unit, String language) {
        Map<UUID, ServicePointViews.Summary> summaries = new HashMap<>();
        List<PathwayViews.Route> below = routes(unit, scopes.of(Permission.VIEW_PROGRAMME), summaries, language);
        List<PathwayViews.PosterEntry> entries = new ArrayList<>();
        for (PathwayViews.Resolution r : resolved(unit.path(), summaries, language)) {
            UUID main = r.servicePoint() == null ? null : r.servicePoint().id();
            entries.add(new PathwayViews.PosterEntry(
                    r.category(),
                    r.servicePoint(),
                    below.stream()
                            .filter(route -> route.category() == r.category()
                                    && !route.unit().pcode().equals(unit.pcode())
                                    && route.servicePoint().active()
                                    && !route.servicePoint().id().equals(main))
                            .toList()));
        }
        return entries;
    }

    private List<PathwayViews.Route> routes(
            UnitView unit, Scope scope, Map<UUID, ServicePointViews.Summary> summaries, String language) {
        List<PathwayRoutes.Route> rows = routes.within(unit.path()).stream()
                .filter(r -> scope.reaches(r.unitPath()))
                .toList();
        Map<UUID, UnitRef> units =
                geography.byIds(rows.stream().map(PathwayRoutes.Route::unitId).toList(), language);
        List<PathwayViews.Route> views = new ArrayList<>();
        for (PathwayRoutes.Route r : rows) {
            Optional<ServicePointViews.Summary> to = summary(r.servicePointId(), summaries, language);
            to.ifPresent(s -> views.add(
                    new PathwayViews.Route(r.id(), r.category(), ServicePointReading.place(units.get(r.unitId())), s)));
        }
        return views;
    }

    private List<PathwayViews.Resolution> resolved(
            String path, Map<UUID, ServicePointViews.Summary> summaries, String language) {
        List<PathwayViews.Resolution> resolved = new ArrayList<>();
        for (ServiceCategory category : ServiceCategory.values()) {
            resolved.add(new PathwayViews.Resolution(
                    category,
                    servicePoints
                            .route(category, path)
                            .map(ref -> summary(ref, summaries, language))
                            .orElse(null)));
        }
        return resolved;
    }

    private ServicePointViews.Summary summary(
            ServicePointRef ref, Map<UUID, ServicePointViews.Summary> summaries, String language) {
        return summary(ref.id(), summaries, language).orElse(null);
    }

    private Optional<ServicePointViews.Summary> summary(
            UUID id, Map<UUID, ServicePointViews.Summary> summaries, String language) {
        if (!summaries.containsKey(id)) {
            records.find(id)
                    .ifPresent(row -> summaries.put(
                            id,
                            ServicePointReading.summary(
                                    row,
                                    geography
                                            .byIds(List.of(row.unitId()), language)
                                            .get(row.unitId()))));
        }
        return Optional.ofNullable(summaries.get(id));
    }
}
