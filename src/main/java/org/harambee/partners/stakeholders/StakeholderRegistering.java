package org.harambee.partners.stakeholders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.harambee.access.AuditTrail;
import org.harambee.geography.UnitView;
import org.harambee.partners.internal.PartnerPlaces;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stakeholders above communities, each placed in the unit it serves: read within the reader's scope, recorded and
 * changed within the writer's. Its unit stays once recorded.
 */
@Service
public class StakeholderRegistering {

    /** A new stakeholder: its name, one of {@link StakeholderKind}, and the P-code of its unit. */
    record StakeholderInput(String name, String kind, String unit) {}

    /** What may change of a stakeholder. */
    record StakeholderChange(String name, String kind) {}

    record StakeholderView(UUID id, String name, StakeholderKind kind, PartnerPlaces.Place unit) {}

    private final StakeholderRecords stakeholders;
    private final PartnerPlaces places;
    private final AuditTrail audit;

    StakeholderRegistering(StakeholderRecords stakeholders, PartnerPlaces places, AuditTrail audit) {
        this.stakeholders = stakeholders;
        this.places = places;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<StakeholderView> list(
            String unit, StakeholderKind kind, String q, int page, int size, String lang) {
        UnitView area = places.area(unit, lang);
        StakeholderRecords.Filter filter = new StakeholderRecords.Filter(area == null ? null : area.path(), kind, q);
        int pageSize = ResultPage.size(size);
        int from = Math.max(page, 0);
        List<StakeholderRecords.Row> rows = stakeholders.list(filter, places.reading(), from, pageSize);
        return new ResultPage<>(views(rows), from, pageSize, stakeholders.count(filter, places.reading()));
    }

    @Transactional(readOnly = true)
    StakeholderView get(UUID id) {
        StakeholderRecords.Row row = row(id);
        places.requireRead(row.unitPath());
        return views(List.of(row)).get(0);
    }

    /** The stakeholder, for a form that changes it: 403 outside the writer's scope. */
    @Transactional(readOnly = true)
    StakeholderView editable(UUID id) {
        StakeholderRecords.Row row = row(id);
        places.requireWrite(row.unitPath());
        return views(List.of(row)).get(0);
    }

    @Transactional
    StakeholderView create(StakeholderInput input, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<UnitView> unit = places.resolve(input.unit(), "unit", problems, language);
        unit.ifPresent(u -> places.requireWrite(u.path()));
        String name = name(input.name(), problems);
        StakeholderKind kind = kind(input.kind(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UnitView u = unit.get();
        StakeholderRecords.Row row = new StakeholderRecords.Row(Ids.newId(), name, kind, u.id(), u.path());
        stakeholders.insert(row);
        record("STAKEHOLDER_CREATED", row);
        return get(row.id());
    }

    @Transactional
    StakeholderView update(UUID id, StakeholderChange change) {
        StakeholderRecords.Row before = row(id);
        places.requireWrite(before.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        String name = name(change.name(), problems);
        StakeholderKind kind = kind(change.kind(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        stakeholders.update(id, name, kind);
        record("STAKEHOLDER_UPDATED", new StakeholderRecords.Row(id, name, kind, before.unitId(), before.unitPath()));
        return get(id);
    }

    public static String name(String value, List<FieldProblem> problems) {
        String name = Inputs.trimmed(value);
        if (name == null) {
            problems.add(new FieldProblem("name", "partners.name.required"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "partners.tooLong", 200));
        }
        return name;
    }

    private static StakeholderKind kind(String value, List<FieldProblem> problems) {
        StakeholderKind kind = Inputs.parse(StakeholderKind.class, value);
        if (kind == null) {
            problems.add(new FieldProblem("kind", "partners.stakeholder.kind.invalid"));
        }
        return kind;
    }

    private StakeholderRecords.Row row(UUID id) {
        return stakeholders.find(id).orElseThrow(NotFoundException.of("partners.notFound"));
    }

    private List<StakeholderView> views(List<StakeholderRecords.Row> rows) {
        Function<UUID, PartnerPlaces.Place> units =
                places.names(rows.stream().map(StakeholderRecords.Row::unitId).toList());
        return rows.stream()
                .map(r -> new StakeholderView(r.id(), r.name(), r.kind(), units.apply(r.unitId())))
                .toList();
    }

    private void record(String action, StakeholderRecords.Row row) {
        audit.record(action, "stakeholder", row.id().toString(), row.unitId(), row.unitPath(), row.name());
    }
}
