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
        FieldProblem refused =
                refusal("servicePointId", to, unit == null ? null : unit.path(), unit == null ? null : unit.name());
        if (refused != null) {
            problems.add(refused);
        }
        Inputs.refuseIfAny(problems);
        UUID id = put(category, unit.id(), unit.path(), to.id(), CurrentUser.name())
                .id();
        return reading.route(id, language);
    }

    /**
     * Why a route at the unit at {@code unitPath} (named {@code unitName}; both null when unknown) may not send to the
     * service point {@code to}, reported in {@code field}; null when it may.
     */
    FieldProblem refusal(String field, ServicePointRef to, String unitPath, String unitName) {
        boolean asked = to != null && to.active() && unitPath != null;
        return refusal(field, to, asked ? servicePoints.serving(unitPath, null) : null, unitName);
    }

    /**
     * The rule of the form and of the import ({@link PathwayRouteImport}): the service point must exist, be active and
     * be among those {@code serving} the unit ({@link ServicePoints#serving}; null when the unit is unknown).
     */
    static FieldProblem refusal(String field, ServicePointRef to, List<ServicePointRef> serving, String unitName) {
        if (to == null) {
            return new FieldProblem(field, "pathways.servicePoint.unknown");
        }
        if (!to.active()) {
            return new FieldProblem(field, "pathways.servicePoint.inactive", to.name());
        }
        if (serving != null && serving.stream().noneMatch(s -> s.id().equals(to.id()))) {
            return new FieldProblem(field, "pathways.servicePoint.notServing", to.name(), unitName);
        }
        return null;
    }

    /** What setting a route did: set where none was, replaced another service point's, or found it set already. */
    enum Outcome {
        SET,
        REPLACED,
        UNCHANGED
    }

    /** A route written, with what writing it did. */
    record Written(UUID id, Outcome outcome) {}

    /**
     * Sets the route of the category at the unit to a service point that may receive it ({@link #refusal}), locking
     * the route set there if any, with its audit line; a route set to that service point already is left alone.
     */
    Written put(ServiceCategory category, UUID unitId, String unitPath, UUID servicePointId, String user) {
        PathwayRoutes.Route existing = routes.lock(category, unitId).orElse(null);
        UUID id = existing == null ? Ids.newId() : existing.id();
        if (existing != null && existing.servicePointId().equals(servicePointId)) {
            return new Written(id, Outcome.UNCHANGED);
        }
        if (existing == null) {
            routes.insert(id, category, unitId, unitPath, servicePointId, user);
        } else {
            routes.replace(id, servicePointId, user);
        }
        audit.recordAs(
                user,
                "PATHWAY_ROUTE_SET",
                "pathway_route",
                id.toString(),
                unitId,
                unitPath,
                category.name() + " to " + servicePointId
                        + (existing == null ? "" : " (was " + existing.servicePointId() + ")"));
        return new Written(id, existing == null ? Outcome.SET : Outcome.REPLACED);
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
