package org.harambee.communities.clusters;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.internal.Areas;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading clusters placed inside the reader's area ({@code VIEW_PROGRAMME}), with their members' phases. */
@Service
@Transactional(readOnly = true)
class ClusterReading {

    private final ClusterRecords records;
    private final Communities communities;
    private final Geography geography;
    private final Partners partners;
    private final Scopes scopes;
    private final Areas areas;

    ClusterReading(
            ClusterRecords records,
            Communities communities,
            Geography geography,
            Partners partners,
            Scopes scopes,
            Areas areas) {
        this.records = records;
        this.communities = communities;
        this.geography = geography;
        this.partners = partners;
        this.scopes = scopes;
        this.areas = areas;
    }

    /** The cluster, when it lies inside the reader's area: 404 when there is none, 403 when outside. */
    ClusterRecords.Row row(UUID id) {
        ClusterRecords.Row row = records.find(id).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        scopes.require(Permission.VIEW_PROGRAMME, row.unitPath());
        return row;
    }

    ClusterViews.Cluster get(UUID id, String language) {
        ClusterRecords.Row row = row(id);
        List<CommunityRef> members = communities.refs(records.members(id).stream()
                .map(ClusterRecords.Member::communityId)
                .toList());
        Set<UUID> unitIds = new HashSet<>();
        unitIds.add(row.unitId());
        members.forEach(m -> unitIds.add(m.unitId()));
        Map<UUID, UnitRef> units = geography.byIds(unitIds, language);
        return new ClusterViews.Cluster(
                row.id(),
                row.name(),
                lead(partners.organisation(row.leadPartnerId()).orElse(null)),
                place(units.get(row.unitId())),
                row.unitChosen(),
                members.stream()
                        .map(m -> new ClusterViews.Member(
                                m.id(), m.name(), place(units.get(m.unitId())), m.currentPhase(), m.phaseSince()))
                        .toList(),
                row.createdBy(),
                row.createdAt(),
                row.updatedAt());
    }

    ResultPage<ClusterViews.Summary> list(String unit, int page, int size, String language) {
        Scope scope = scopes.of(Permission.VIEW_PROGRAMME);
        String area = areas.path("unit", unit, scope);
        List<ClusterRecords.Row> rows = records.list(scope, area, page, size);
        Map<UUID, UnitRef> units =
                geography.byIds(rows.stream().map(ClusterRecords.Row::unitId).collect(Collectors.toSet()), language);
        Map<UUID, OrganisationRef> leads = partners
                .organisations(
                        rows.stream().map(ClusterRecords.Row::leadPartnerId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(OrganisationRef::id, o -> o));
        return new ResultPage<>(
                rows.stream()
                        .map(r -> new ClusterViews.Summary(
                                r.id(),
                                r.name(),
                                lead(leads.get(r.leadPartnerId())),
                                place(units.get(r.unitId())),
                                records.members(r.id()).size()))
                        .toList(),
                page,
                size,
                records.count(scope, area));
    }

    static ClusterViews.Place place(UnitRef unit) {
        return unit == null ? null : new ClusterViews.Place(unit.pcode(), unit.name(), unit.levelName());
    }

    static ClusterViews.Lead lead(OrganisationRef organisation) {
        return organisation == null ? null : new ClusterViews.Lead(organisation.id(), organisation.label());
    }
}
