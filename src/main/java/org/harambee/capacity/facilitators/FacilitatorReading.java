package org.harambee.capacity.facilitators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.internal.Named;
import org.harambee.capacity.internal.Place;
import org.harambee.capacity.internal.Places;
import org.harambee.capacity.model.FacilitatorAssignment;
import org.harambee.capacity.trainings.Competencies;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.geography.UnitRef;
import org.harambee.partners.Partners;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facilitators read within the reader's area ({@code VIEW_PROGRAMME}), with assignments and trainings done. */
@Service
public class FacilitatorReading {

    private final FacilitatorRecords records;
    private final Places places;
    private final Partners partners;
    private final Communities communities;
    private final Competencies competencies;
    private final Scopes scopes;

    FacilitatorReading(
            FacilitatorRecords records,
            Places places,
            Partners partners,
            Communities communities,
            Competencies competencies,
            Scopes scopes) {
        this.records = records;
        this.places = places;
        this.partners = partners;
        this.communities = communities;
        this.competencies = competencies;
        this.scopes = scopes;
    }

    /** The facilitator: 404 when there is none, 403 outside your area; the phone only for who may change it. */
    @Transactional(readOnly = true)
    public FacilitatorViews.Facilitator get(UUID id, String language) {
        FacilitatorRecords.Row r = records.find(id).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        scopes.require(Permission.VIEW_PROGRAMME, r.unitPath());
        boolean writer = scopes.permits(Permission.MANAGE_TRAININGS, r.unitPath());
        List<FacilitatorAssignment> rows = records.assignments(id);
        Map<UUID, String> names =
                communities
                        .refs(rows.stream()
                                .map(FacilitatorAssignment::communityId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(CommunityRef::id, CommunityRef::name));
        LocalDate today = LocalDate.now();
        List<FacilitatorViews.Assignment> assignments = rows.stream()
                .map(a -> new FacilitatorViews.Assignment(
                        a.id(),
                        new Named(a.communityId(), names.get(a.communityId())),
                        a.startsOn(),
                        a.endsOn(),
                        !a.startsOn().isAfter(today)
                                && (a.endsOn() == null || !a.endsOn().isBefore(today))))
                .toList();
        Map<String, Competencies.Competency> byCode = competencies.byCode(language);
        return new FacilitatorViews.Facilitator(
                r.id(),
                r.name(),
                r.sex(),
                r.insideCommunity(),
                organisation(r.organisationId()),
                r.username(),
                writer ? r.phone() : null,
                Place.of(places.refs(List.of(r.unitId()), language).get(r.unitId())),
                r.active(),
                assignments,
                records.trainings(id, r.username()).stream()
                        .map(t -> new FacilitatorViews.TrainingDone(
                                t.trainingId(), t.title(), t.endsOn(), t.status(), t.completed()))
                        .toList(),
                records.trainedIn(id, r.username()).stream()
                        .map(c -> byCode.containsKey(c) ? byCode.get(c).name() : c)
                        .toList());
    }

    /** Facilitators inside your area, by name; {@code unit} (a P-code) limits them to its subtree. */
    @Transactional(readOnly = true)
    public List<FacilitatorViews.Summary> list(String unit, int page, int size, String language) {
        String areaPath = null;
        if (unit != null && !unit.isBlank()) {
            areaPath = places.get(unit.trim(), language).path();
            scopes.require(Permission.VIEW_PROGRAMME, areaPath);
        }
        List<FacilitatorRecords.Row> rows = records.list(scopes.of(Permission.VIEW_PROGRAMME), areaPath, page, size);
        Map<UUID, UnitRef> units =
                places.refs(rows.stream().map(FacilitatorRecords.Row::unitId).toList(), language);
        return rows.stream()
                .map(r -> new FacilitatorViews.Summary(
                        r.id(),
                        r.name(),
                        r.sex(),
                        r.insideCommunity(),
                        organisation(r.organisationId()),
                        Place.of(units.get(r.unitId())),
                        r.active()))
                .toList();
    }

    private Named organisation(UUID id) {
        return id == null
                ? null
                : partners.organisation(id)
                        .map(o -> new Named(o.id(), o.name()))
                        .orElse(null);
    }
}
