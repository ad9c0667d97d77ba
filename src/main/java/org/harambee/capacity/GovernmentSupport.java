package org.harambee.capacity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.internal.Named;
import org.harambee.capacity.internal.Place;
import org.harambee.capacity.internal.Places;
import org.harambee.geography.UnitRef;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationKind;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Government support for the approach in an area (a letter, a commitment, staff time, a budget line): the day, the
 * government organisation, what it is. Recorded with {@code MANAGE_TRAININGS} at the unit, read with {@code
 * VIEW_PROGRAMME}.
 */
@Service
class GovernmentSupport {

    private static final Inputs INPUTS = Inputs.keyed("capacity");

    record SupportInput(String unit, String recordedOn, String organisationId, String description) {}

    record Support(
            UUID id, Place unit, LocalDate recordedOn, Named organisation, String description, String recordedBy) {}

    private final JdbcClient jdbc;
    private final Places places;
    private final Partners partners;
    private final Scopes scopes;
    private final AuditTrail audit;

    GovernmentSupport(JdbcClient jdbc, Places places, Partners partners, Scopes scopes, AuditTrail audit) {
        this.jdbc = jdbc;
        this.places = places;
        this.partners = partners;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    Support record(SupportInput input, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        UnitView unit = places.unit("unit", input.unit(), problems);
        if (unit != null) {
            scopes.require("unit", Permission.MANAGE_TRAININGS, unit.path());
        }
        LocalDate on = INPUTS.date("recordedOn", input.recordedOn(), true, problems);
        if (on != null && on.isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("recordedOn", "capacity.date.future"));
        }
        UUID organisation = INPUTS.id("organisationId", input.organisationId(), true, problems);
        OrganisationRef org = organisation == null
                ? null
                : partners.organisation(organisation).orElse(null);
        if (organisation != null && (org == null || !org.active())) {
            problems.add(new FieldProblem("organisationId", "capacity.organisation.unknown"));
        } else if (org != null && org.kind() != OrganisationKind.GOVERNMENT) {
            problems.add(new FieldProblem("organisationId", "capacity.support.notGovernment"));
        }
        String description = INPUTS.text("description", input.description(), 2000, true, problems);
        Inputs.refuseIfAny(problems);
        UUID id = Ids.newId();
        jdbc.sql("insert into capacity_government_support (id, unit_id, unit_path, recorded_on, organisation_id,"
                        + " description, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        unit.id(),
                        unit.path(),
                        on,
                        organisation,
                        description,
                        CurrentUser.name(),
                        Timestamp.from(Instant.now()))
                .update();
        audit.record(
                "GOVERNMENT_SUPPORT_RECORDED", "government-support", id.toString(), unit.id(), unit.path(), org.name());
        return of(unit, language).stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The support recorded for the area at this unit or inside it, newest first. */
    @Transactional(readOnly = true)
    List<Support> of(UnitView area, String language) {
        record Row(UUID id, UUID unitId, LocalDate on, UUID org, String description, String by) {}
        List<Row> rows = jdbc.sql("select id, unit_id, recorded_on, organisation_id, description, created_by"
                        + " from capacity_government_support where unit_path like ? order by recorded_on desc, id")
                .param(area.path() + "%")
                .query((rs, i) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        Map<UUID, UnitRef> units = places.refs(rows.stream().map(Row::unitId).toList(), language);
        Map<UUID, String> orgs = new java.util.HashMap<>();
        partners.organisations(rows.stream().map(Row::org).toList()).forEach(o -> orgs.put(o.id(), o.name()));
        return rows.stream()
                .map(r -> new Support(
                        r.id(),
                        Place.of(units.get(r.unitId())),
                        r.on(),
                        new Named(r.org(), orgs.get(r.org())),
                        r.description(),
                        r.by()))
                .toList();
    }
}
