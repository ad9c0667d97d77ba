package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Setting the referral pathway ({@link Permission#MANAGE_SERVICES} at the route's unit): for a category and a unit,
 * the service point that receives referrals from the unit's subtree. It must be active and serve the unit (the unit
 * lies in its own unit or its area). Setting a route where one is set replaces it.
 */
@Service
class PathwaySetting {

    private final PathwayRoutes routes;
    private final PathwayReading reading;
    private final ServicePoints servicePoints;
    private final Geography geography;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    PathwaySetting(
            PathwayRoutes routes,
            PathwayReading reading,
            ServicePoints servicePoints,
            Geography geography,
            Scopes scopes,
            AuditTrail audit,
            TransactionTemplate transactions) {
        this.routes = routes;
        this.reading = reading;
        this.servicePoints = servicePoints;
        this.geography = geography;
        this.scopes = scopes;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * Sets or replaces the route of the category at the unit. When another user set the first route there at the same
     * moment, the unique key refuses this one and it is tried once more, as a replacement.
     */
    PathwayViews.Route set(PathwayViews.RouteInput input, String language) {
        try {
            return transactions.execute(status -> setOnce(input, language));
        } catch (DuplicateKeyException e) {
            return transactions.execute(status -> setOnce(input, language));
        }
    }

    private PathwayViews.Route setOnce(PathwayViews.RouteInput input, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        ServiceCategory category =
                ServicePointChecks.INPUTS.choice("category", input.category(), ServiceCategory.class, problems);
        UnitView unit = null;
        String code = Inputs.trimmed(input.unit());
        if (code == null) {
            problems.add(new FieldProblem("unit", "servicePoints.unit.required"));
        } else {
            unit = geography.find(code, "en").orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("unit", "servicePoints.unit.unknown", code));
            } else {
                scopes.require("unit", Permission.MANAGE_SERVICES, unit.path());
            }
        }
        ServicePointRef to = servicePoints.find(input.servicePointId()).orElse(null);
        if (to == null) {
            problems.add(new FieldProblem("servicePointId", "pathways.servicePoint.unknown"));
        } else if (!to.active()) {
            problems.add(new FieldProblem("servicePointId", "pathways.servicePoint.inactive", to.name()));
        } else if (unit != null
                && servicePoints.serving(unit.path(), null).stream().noneMatch(s -> s.id().equals(to.id()))) {
            problems.add(
                    new FieldProblem("servicePointId", "pathways.servicePoint.notServing", to.name(), unit.name()));
        }
        Inputs.refuseIfAny(problems);
        PathwayRoutes.Route existing = routes.lock(category, unit.id()).orElse(null);
        UUID id = existing == null ? Ids.newId() : existing.id();
        if (existing == null) {
            routes.insert(id, category, unit.id(), unit.path(), to.id(), CurrentUser.name());
        } else if (!existing.servicePointId().equals(to.id())) {
            routes.replace(id, to.id(), CurrentUser.name());
        }
        if (existing == null || !existing.servicePointId().equals(to.id())) {
            audit.record(
                    "PATHWAY_ROUTE_SET",
                    "pathway_route",
                    id.toString(),
                    unit.id(),
                    unit.path(),
                    category.name() + " to " + to.id()
                            + (existing == null ? "" : " (was " + existing.servicePointId() + ")"));
        }
        return reading.route(id, language);
    }

    @Transactional
    void remove(UUID id) {
        PathwayRoutes.Route route = routes.find(id).orElseThrow(NotFoundException.of("problem.pathwayRouteNotFound"));
        scopes.require(Permission.MANAGE_SERVICES, route.unitPath());
        routes.delete(id);
        audit.record(
                "PATHWAY_ROUTE_REMOVED",
                "pathway_route",
                id.toString(),
                route.unitId(),
                route.unitPath(),
                route.category().name() + " to " + route.servicePointId());
    }
}
