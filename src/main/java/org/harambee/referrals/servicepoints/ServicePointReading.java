package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading service points ({@link Permission#VIEW_PROGRAMME}): a reader sees a service point that sits in their area or
 * serves part of it (its unit or one of its area units lies inside the area or holds a unit of it).
 */
@Service
@Transactional(readOnly = true)
class ServicePointReading {

    private final ServicePointRecords records;
    private final ServicePoints servicePoints;
    private final Geography geography;
    private final AccountLookup accounts;
    private final Scopes scopes;

    ServicePointReading(
            ServicePointRecords records,
            ServicePoints servicePoints,
            Geography geography,
            AccountLookup accounts,
            Scopes scopes) {
        this.records = records;
        this.servicePoints = servicePoints;
        this.geography = geography;
        this.accounts = accounts;
        this.scopes = scopes;
    }

    Scope scope() {
        return scopes.of(Permission.VIEW_PROGRAMME);
    }

    /** True when the reader may change the service point (its unit and every area unit inside their area). */
    boolean manages(ServicePointRecords.Row row) {
        Scope manage = scopes.of(Permission.MANAGE_SERVICES);
        return manage.covers(row.unitPath())
                && records.areas(row.id()).stream().allMatch(a -> manage.covers(a.unitPath()));
    }

    /** The service point when the reader sees it: 404 when there is none, 403 when it neither sits nor serves there. */
    ServicePointRecords.Row row(UUID id) {
        ServicePointRecords.Row row =
                records.find(id).orElseThrow(NotFoundException.of("problem.servicePointNotFound"));
        Scope scope = scope();
        if (!scope.reaches(row.unitPath()) && records.areas(id).stream().noneMatch(a -> scope.reaches(a.unitPath()))) {
            throw new AccessDeniedException("service point outside the user's scope");
        }
        return row;
    }

    ServicePointViews.ServicePoint get(UUID id, String language) {
        return view(row(id), language);
    }

    ServicePointViews.ServicePoint view(ServicePointRecords.Row row, String language) {
        List<ServicePointRecords.Area> areas = records.areas(row.id());
        List<UUID> ids = new ArrayList<>();
        ids.add(row.unitId());
        areas.forEach(a -> ids.add(a.unitId()));
        Map<UUID, UnitRef> units = geography.byIds(ids, language);
        List<ServicePointViews.Officer> officers = accounts.byUsernames(servicePoints.officers(row.id())).stream()
                .map(ServicePointReading::officer)
                .toList();
        return new ServicePointViews.ServicePoint(
                row.id(),
                row.name(),
                row.category(),
                place(units.get(row.unitId())),
                areas.stream().map(a -> place(units.get(a.unitId()))).toList(),
                row.phone(),
                row.email(),
                row.address(),
                row.openingHours(),
                row.languages(),
                row.onPlatform(),
                row.active(),
                officers,
                row.createdBy(),
                row.createdAt(),
                row.updatedAt());
    }

    /**
     * A page of the service points the reader sees; {@code unit} (a P-code) limits it to those that sit or serve in
     * that unit, {@code category} to one category, {@code active} to active or inactive ones, {@code q} to names
     * starting with it.
     */
    ResultPage<ServicePointViews.Summary> list(
            String unit, String category, Boolean active, String q, int page, int size, String language) {
        Scope scope = scope();
        String areaPath = null;
        String code = Inputs.trimmed(unit);
        if (code != null) {
            UnitView view = geography
                    .find(code, "en")
                    .orElseThrow(() -> new InvalidInputException(
                            List.of(new FieldProblem("unit", "servicePoints.unit.unknown", code))));
            if (!scope.reaches(view.path())) {
                throw new AccessDeniedException("area outside the user's scope");
            }
            areaPath = view.path();
        }
        List<FieldProblem> problems = new ArrayList<>();
        ServiceCategory wanted =
                ServicePointChecks.INPUTS.choice("category", category, ServiceCategory.class, false, problems);
        Inputs.refuseIfAny(problems);
        var filter = new ServicePointFilter(areaPath, wanted, active, Inputs.trimmed(q));
        List<ServicePointRecords.Row> rows = records.list(filter, scope, page, size);
        return new ResultPage<>(summaries(rows, language), page, size, records.count(filter, scope));
    }

    List<ServicePointViews.Summary> summaries(List<ServicePointRecords.Row> rows, String language) {
        Map<UUID, UnitRef> units = geography.byIds(
                rows.stream().map(ServicePointRecords.Row::unitId).toList(), language);
        return rows.stream().map(r -> summary(r, units.get(r.unitId()))).toList();
    }

    static ServicePointViews.Summary summary(ServicePointRecords.Row r, UnitRef unit) {
        return new ServicePointViews.Summary(
                r.id(),
                r.name(),
                r.category(),
                place(unit),
                r.phone(),
                r.address(),
                r.openingHours(),
                r.onPlatform(),
                r.active());
    }

    static ServicePointViews.Place place(UnitRef unit) {
        return unit == null ? null : new ServicePointViews.Place(unit.pcode(), unit.name());
    }

    private static ServicePointViews.Officer officer(AccountRef account) {
        return new ServicePointViews.Officer(account.username(), account.displayName(), account.active());
    }
}
