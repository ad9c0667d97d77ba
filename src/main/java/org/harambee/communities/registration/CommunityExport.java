package org.harambee.communities.registration;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.Scope;
import org.harambee.communities.ClusterRef;
import org.harambee.communities.Clusters;
import org.harambee.communities.CommunityFacilitators;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.communities.internal.CommunityListings;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.DeploymentZone;
import org.harambee.system.ExportFormat;
import org.harambee.system.RecordExports;
import org.harambee.system.RecordStreams;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities list as a file: the rows the list shows (the reader's area, the place, phase, partner, cluster,
 * facilitator and sort asked for), read in batches so that places, partners, clusters, facilitators and last meetings
 * are asked for once a batch, and written as they come. Audited with the filters and the row count.
 */
@Service
@Transactional(readOnly = true)
class CommunityExport {

    static final List<String> HEADER = List.of(
            "communities.export.name",
            "communities.export.pcode",
            "communities.export.place",
            "communities.phase",
            "communities.partner",
            "communities.export.clusters",
            "communities.export.facilitators",
            "communities.export.lastMeeting");

    private final CommunityDirectory directory;
    private final CommunityListings records;
    private final Clusters clusters;
    private final CommunityFacilitators facilitators;
    private final Geography geography;
    private final Partners partners;
    private final DeploymentZone zone;
    private final RecordStreams streams;
    private final RecordExports exports;
    private final AuditTrail audit;

    CommunityExport(
            CommunityDirectory directory,
            CommunityListings records,
            Clusters clusters,
            CommunityFacilitators facilitators,
            Geography geography,
            Partners partners,
            DeploymentZone zone,
            RecordStreams streams,
            RecordExports exports,
            AuditTrail audit) {
        this.directory = directory;
        this.records = records;
        this.clusters = clusters;
        this.facilitators = facilitators;
        this.geography = geography;
        this.partners = partners;
        this.zone = zone;
        this.streams = streams;
        this.exports = exports;
        this.audit = audit;
    }

    void write(
            String unit,
            String phase,
            UUID partner,
            String q,
            UUID cluster,
            UUID facilitator,
            String sort,
            ExportFormat format,
            HttpServletResponse response)
            throws IOException {
        CommunityListings.Filter filter = directory.filter(unit, phase, partner, q, cluster, facilitator, sort);
        Scope scope = directory.scope();
        String language = LocaleContextHolder.getLocale().getLanguage();
        Function<Object, String> phases = exports.labels("communities.phase.");
        String notStarted = phases.apply("none");
        LocalDate today = zone.today();
        long[] rows = {0};
        exports.write(
                response,
                format,
                "communities",
                HEADER,
                sheet -> records.each(filter, scope, streams, batch -> {
                    Set<UUID> ids = batch.stream().map(CommunityRecords.Row::id).collect(Collectors.toSet());
                    Map<UUID, UnitRef> units = geography.byIds(
                            batch.stream().map(CommunityRecords.Row::unitId).collect(Collectors.toSet()), language);
                    Set<UUID> partnerIds = new HashSet<>();
                    batch.stream()
                            .map(CommunityRecords.Row::partnerId)
                            .filter(p -> p != null)
                            .forEach(partnerIds::add);
                    Map<UUID, String> organisations = partners.organisations(partnerIds).stream()
                            .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::label));
                    Map<UUID, UUID> clusterOf = clusters.clusterOf(ids);
                    Map<UUID, String> clusterNames = clusters.refs(new HashSet<>(clusterOf.values())).stream()
                            .collect(Collectors.toMap(ClusterRef::id, ClusterRef::name));
                    Map<UUID, List<String>> named = facilitators.names(ids, today);
                    Map<UUID, LocalDate> lastMeetings = records.lastMeetings(ids);
                    for (CommunityRecords.Row row : batch) {
                        UnitRef place = units.get(row.unitId());
                        LocalDate last = lastMeetings.get(row.id());
                        sheet.row(
                                row.name(),
                                place == null ? null : place.pcode(),
                                place == null ? null : place.name(),
                                row.currentPhase() == null ? notStarted : phases.apply(row.currentPhase()),
                                row.partnerId() == null ? null : organisations.get(row.partnerId()),
                                clusterNames.get(clusterOf.get(row.id())),
                                String.join(" · ", named.getOrDefault(row.id(), List.of())),
                                last == null ? null : last.toString());
                    }
                    rows[0] += batch.size();
                }));
        audit.record(
                "COMMUNITIES_EXPORTED",
                "community-list",
                unit == null || unit.isBlank() ? null : unit.trim(),
                null,
                filter.areaPath(),
                format.extension() + " phase=" + text(phase) + " partner=" + text(partner) + " cluster="
                        + text(cluster) + " facilitator=" + text(facilitator) + " q=" + text(q)
                        + " sort=" + text(filter.sort()) + " " + rows[0] + " row(s)");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
