package org.harambee.communities.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.communities.CommunityFacilitators;
import org.harambee.communities.Phase;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.DeploymentZone;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading communities within the reader's area ({@link Permission#VIEW_PROGRAMME}): one community with its unit,
 * partner, source, cluster and the facilitators assigned to it today (from the register, {@link CommunityFacilitators})
 * named, and listings filtered by a subtree, the current phase and the partner.
 */
@Service
@Transactional(readOnly = true)
public class CommunityDirectory {

    /** Asks for communities that have not started yet, in place of a phase. */
    static final String NOT_STARTED = "NONE";

    private final CommunityRecords records;
    private final CommunityListings listings;
    private final ClusterMemberships clusters;
    private final Geography geography;
    private final Partners partners;
    private final Scopes scopes;
    private final Areas areas;
    private final CommunityFacilitators facilitators;
    private final DeploymentZone zone;

    CommunityDirectory(
            CommunityRecords records,
            CommunityListings listings,
            ClusterMemberships clusters,
            Geography geography,
            Partners partners,
            Scopes scopes,
            Areas areas,
            CommunityFacilitators facilitators,
            DeploymentZone zone) {
        this.records = records;
        this.listings = listings;
        this.clusters = clusters;
        this.geography = geography;
        this.partners = partners;
        this.scopes = scopes;
        this.areas = areas;
        this.facilitators = facilitators;
        this.zone = zone;
    }

    public Scope scope() {
        return scopes.of(Permission.VIEW_PROGRAMME);
    }

    /** True when the reader may change records placed at {@code unitPath}. */
    public boolean manages(String unitPath) {
        return scopes.permits(Permission.MANAGE_COMMUNITIES, unitPath);
    }

    /** The community, when it lies inside the reader's area: 404 when there is none, 403 when it lies outside. */
    public CommunityRecords.Row row(UUID id) {
        CommunityRecords.Row row = records.find(id).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        scopes.require(Permission.VIEW_PROGRAMME, row.unitPath());
        return row;
    }

    public CommunityViews.Community get(UUID id, String language) {
        return view(row(id), language);
    }

    public CommunityViews.Community view(CommunityRecords.Row row, String language) {
        Scope scope = scope();
        UnitRef unit = geography.byIds(List.of(row.unitId()), language).get(row.unitId());
        CommunityViews.Named source = null;
        if (row.sourceCommunityId() != null) {
            source = records.find(row.sourceCommunityId())
                    .map(s -> named(s, scope))
                    .orElse(null);
        }
        return new CommunityViews.Community(
                row.id(),
                row.name(),
                place(unit),
                row.populationTotal(),
                row.populationChildren(),
                facilitators.of(row.id(), zone.today()).stream()
                        .map(f -> new CommunityViews.Facilitator(
                                scope.covers(f.unitPath()) ? f.id() : null, f.name(), f.insideCommunity(), f.trained()))
                        .toList(),
                partner(
                        row.partnerId() == null
                                ? null
                                : partners.organisation(row.partnerId()).orElse(null)),
                row.origin(),
                source,
                row.currentPhase(),
                row.phaseSince(),
                row.requestStatus() == null
                        ? null
                        : new CommunityViews.Request(
                                row.requestStatus(),
                                row.requestedOn(),
                                row.requestDecidedOn(),
                                row.requestDecidedBy(),
                                row.declineReason()),
                clusters.of(row.id()).orElse(null),
                row.createdBy(),
                row.createdAt(),
                row.updatedAt());
    }

    /**
     * A page of the communities inside the reader's area; {@code unit} (a P-code) limits it to that subtree, {@code
     * phase} to a current phase ({@value #NOT_STARTED}: not started), {@code partner} to a supporting organisation.
     */
    ResultPage<CommunityViews.Summary> list(
            String unit, String phase, UUID partner, String q, int page, int size, String language) {
        return list(filter(unit, phase, partner, q, null, null, null), page, size, language);
    }

    /** A page of the listing {@code filter} asks for (see {@link #filter}). */
    public ResultPage<CommunityViews.Summary> list(
            CommunityListings.Filter filter, int page, int size, String language) {
        Scope scope = scope();
        List<CommunityRecords.Row> rows = listings.list(filter, scope, page, size);
        return new ResultPage<>(summaries(rows, language), page, size, listings.count(filter, scope));
    }

    public List<CommunityViews.Summary> summaries(List<CommunityRecords.Row> rows, String language) {
        Scope scope = scope();
        Map<UUID, UnitRef> units =
                geography.byIds(rows.stream().map(CommunityRecords.Row::unitId).collect(Collectors.toSet()), language);
        Map<UUID, OrganisationRef> organisations =
                partners.organisations(ids(rows, CommunityRecords.Row::partnerId)).stream()
                        .collect(Collectors.toMap(OrganisationRef::id, o -> o));
        Map<UUID, CommunityRecords.Row> sources =
                records.byIds(ids(rows, CommunityRecords.Row::sourceCommunityId)).stream()
                        .collect(Collectors.toMap(CommunityRecords.Row::id, r -> r));
        return rows.stream()
                .map(r -> new CommunityViews.Summary(
                        r.id(),
                        r.name(),
                        place(units.get(r.unitId())),
                        r.currentPhase(),
                        r.phaseSince(),
                        partner(organisations.get(r.partnerId())),
                        r.origin(),
                        r.requestStatus(),
                        r.requestedOn(),
                        sources.containsKey(r.sourceCommunityId())
                                ? named(sources.get(r.sourceCommunityId()), scope)
                                : null))
                .toList();
    }

    /** The subtree of a unit the reader may see: a problem for an unknown P-code, 403 for one outside the area. */
    public String areaPath(String pcode) {
        return areas.path("unit", pcode, scope());
    }

    /**
     * What a listing asks for: the place (a P-code inside the area), phase, partner, the start of a name, a cluster,
     * the communities a person of the facilitators' register is assigned to today, and a sort (one of {@link
     * CommunityListings#SORTS}); each optional. An unknown phase or sort is a problem named by its field.
     */
    public CommunityListings.Filter filter(
            String unit, String phase, UUID partner, String q, UUID cluster, UUID facilitator, String sort) {
        String sorted = sort == null || sort.isBlank() ? null : sort.trim();
        if (sorted != null && !CommunityListings.SORTS.containsKey(sorted)) {
            throw new InvalidInputException(List.of(new FieldProblem("sort", "export.sort.invalid")));
        }
        CommunityListings.Filter base = filter(unit, phase, partner, q);
        return new CommunityListings.Filter(
                base.areaPath(),
                base.phase(),
                base.notStarted(),
                base.partnerId(),
                base.q(),
                cluster,
                facilitator == null ? null : facilitators.communitiesOf(facilitator, zone.today()),
                sorted);
    }

    private CommunityListings.Filter filter(String unit, String phase, UUID partner, String q) {
        boolean notStarted = NOT_STARTED.equalsIgnoreCase(phase == null ? "" : phase.trim());
        Phase wanted = notStarted || phase == null || phase.isBlank() ? null : Phase.parse(phase);
        if (!notStarted && phase != null && !phase.isBlank() && wanted == null) {
            throw new InvalidInputException(List.of(new FieldProblem("phase", "communities.phase.invalid")));
        }
        String query = q == null || q.isBlank() ? null : q.trim();
        return new CommunityListings.Filter(areaPath(unit), wanted, notStarted, partner, query);
    }

    static CommunityViews.Named named(CommunityRecords.Row row, Scope scope) {
        return new CommunityViews.Named(row.id(), scope.covers(row.unitPath()) ? row.name() : null);
    }

    static CommunityViews.Place place(UnitRef unit) {
        return unit == null ? null : new CommunityViews.Place(unit.pcode(), unit.name(), unit.levelName());
    }

    static CommunityViews.Named partner(OrganisationRef organisation) {
        return organisation == null ? null : new CommunityViews.Named(organisation.id(), organisation.label());
    }

    private static Set<UUID> ids(Collection<CommunityRecords.Row> rows, Function<CommunityRecords.Row, UUID> field) {
        Set<UUID> ids = new HashSet<>();
        rows.stream().map(field).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }
}
