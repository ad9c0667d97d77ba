package org.harambee.partners.organisations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.partners.OrganisationKind;
import org.harambee.system.DeploymentZone;
import org.harambee.system.ExportFormat;
import org.harambee.system.InvalidInputException;
import org.harambee.system.RecordExports;
import org.harambee.system.RecordStreams;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations list as a file: the rows the list shows (name or short name containing {@code q}, a kind, active
 * or not, in the sort asked for), each with where it works today inside the reader's area and in which sectors. Read
 * in batches, presence and places asked once a batch. Audited with the filters and the row count.
 */
@Service
@Transactional(readOnly = true)
class OrganisationExport {

    static final List<String> HEADER = List.of(
            "partners.organisation.name",
            "partners.organisation.shortName",
            "partners.organisation.kind",
            "partners.export.country",
            "partners.active",
            "partners.export.places",
            "partners.export.sectors");

    private final OrganisationRecords organisations;
    private final Geography geography;
    private final Scopes scopes;
    private final DeploymentZone zone;
    private final RecordStreams streams;
    private final RecordExports exports;
    private final AuditTrail audit;

    OrganisationExport(
            OrganisationRecords organisations,
            Geography geography,
            Scopes scopes,
            DeploymentZone zone,
            RecordStreams streams,
            RecordExports exports,
            AuditTrail audit) {
        this.organisations = organisations;
        this.geography = geography;
        this.scopes = scopes;
        this.zone = zone;
        this.streams = streams;
        this.exports = exports;
        this.audit = audit;
    }

    void write(
            String q,
            OrganisationKind kind,
            Boolean active,
            String sort,
            ExportFormat format,
            HttpServletResponse response)
            throws IOException {
        String sorted = sort == null || sort.isBlank() ? null : sort.trim();
        if (sorted != null && !OrganisationRecords.SORTS.containsKey(sorted)) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("sort", "export.sort.invalid")));
        }
        Scope scope = scopes.of(Permission.VIEW_PROGRAMME);
        String language = LocaleContextHolder.getLocale().getLanguage();
        Function<Object, String> kinds = exports.labels("partners.kind.");
        Function<Object, String> sectors = exports.labels("partners.sector.");
        long[] rows = {0};
        exports.write(
                response,
                format,
                "organisations",
                HEADER,
                sheet -> organisations.each(q, kind, active, sorted, streams, batch -> {
                    Set<UUID> ids =
                            batch.stream().map(OrganisationRecords.Row::id).collect(Collectors.toSet());
                    List<OrganisationRecords.Present> present = organisations.presentToday(ids, scope, zone.today());
                    Map<UUID, UnitRef> units = geography.byIds(
                            present.stream()
                                    .map(OrganisationRecords.Present::unitId)
                                    .collect(Collectors.toSet()),
                            language);
                    Map<UUID, Set<String>> places = new LinkedHashMap<>();
                    Map<UUID, Set<String>> worked = new LinkedHashMap<>();
                    for (OrganisationRecords.Present p : present) {
                        UnitRef unit = units.get(p.unitId());
                        places.computeIfAbsent(p.organisationId(), o -> new LinkedHashSet<>())
                                .add(unit == null ? "" : unit.name() + " (" + unit.pcode() + ")");
                        worked.computeIfAbsent(p.organisationId(), o -> new LinkedHashSet<>())
                                .add(sectors.apply(p.sector()));
                    }
                    for (OrganisationRecords.Row row : batch) {
                        sheet.row(
                                row.details().name(),
                                row.details().shortName(),
                                kinds.apply(row.details().kind()),
                                row.details().country(),
                                row.active(),
                                String.join(" · ", places.getOrDefault(row.id(), Set.of())),
                                String.join(" · ", worked.getOrDefault(row.id(), Set.of())));
                    }
                    rows[0] += batch.size();
                }));
        audit.record(
                "ORGANISATIONS_EXPORTED",
                "organisation-list",
                null,
                null,
                null,
                format.extension() + " q=" + (q == null ? "" : q.trim()) + " kind=" + (kind == null ? "" : kind)
                        + " active=" + (active == null ? "" : active) + " sort=" + (sorted == null ? "" : sorted)
                        + " " + rows[0] + " row(s)");
    }
}
