package org.harambee.partners.presence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.OwnOrganisation;
import org.harambee.access.Permission;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.organisations.OrganisationRecords;
import org.harambee.system.Ids;
import org.harambee.system.ImportColumn;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportPlace;
import org.harambee.system.ImportRecord;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.RecordImporter;
import org.springframework.stereotype.Component;

/**
 * Who does what where from a spreadsheet: one presence row per record, an organisation (an active one already
 * registered, by name or short name) in a sector at a place inside the importer's area for {@link
 * Permission#MANAGE_PARTNERS}, from a start date to an optional end. Checked and written by {@link PresenceRecording} as
 * the form's. A row is known by its organisation, place and sector and its period: a record whose period overlaps the
 * one stored row of the same organisation, place and sector corrects that row's dates (or leaves it alone when they are
 * the same); a record overlapping none adds a row. Where the importer holds {@link
 * Permission#MANAGE_OWN_ORGANISATION} but not {@link Permission#MANAGE_PARTNERS} (an organisation's own staff), a record
 * must name the organisation their account is linked to, as on the form.
 */
@Component
class PresenceImport implements RecordImporter<PresenceImport.Draft> {

    static final String KIND = "presence";

    /** A record read; its organisation and the stored row it corrects are found by {@link #check}. */
    static final class Draft {
        final int line;
        final String organisation;
        final ImportPlace place;
        final PresenceRecording.Period period;
        UUID organisationId;
        PresenceRecords.Row stored;

        Draft(int line, String organisation, ImportPlace place, PresenceRecording.Period period) {
            this.line = line;
            this.organisation = organisation;
            this.place = place;
            this.period = period;
        }

        String key() {
            return organisationId + "/" + place.id() + "/" + period.sector();
        }

        boolean overlaps(LocalDate start, LocalDate end) {
            return (end == null || !end.isBefore(period.start()))
                    && (period.end() == null || !period.end().isBefore(start));
        }
    }

    private final PresenceRecording records;
    private final PresenceRecords presences;
    private final OrganisationRecords organisations;
    private final OwnOrganisation own;

    PresenceImport(
            PresenceRecording records,
            PresenceRecords presences,
            OrganisationRecords organisations,
            OwnOrganisation own) {
        this.records = records;
        this.presences = presences;
        this.organisations = organisations;
        this.own = own;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String permission() {
        return Permission.MANAGE_PARTNERS.name();
    }

    @Override
    public List<String> narrowerPermissions() {
        return List.of(Permission.MANAGE_OWN_ORGANISATION.name());
    }

    @Override
    public boolean placed() {
        return true;
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("organisation", "SCAN"),
                ImportColumn.required("sector", "CHILD_PROTECTION"),
                ImportColumn.required("start_date", "2025-01-15"),
                ImportColumn.optional("end_date", "2026-06-30"));
    }

    @Override
    public Draft read(ImportRecord record, ImportContext context) {
        int line = record.line();
        String organisation = record.cell("organisation");
        if (organisation == null) {
            context.problem(line, "organisation", "recordImports.value.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        PresenceRecording.Period period = PresenceRecording.period(
                record.cell("sector"), record.cell("start_date"), record.cell("end_date"), problems);
        for (FieldProblem problem : problems) {
            report(record, problem, context);
        }
        if (organisation == null || !problems.isEmpty() || record.place() == null) {
            return null;
        }
        return new Draft(line, organisation, record.place(), period);
    }

    @Override
    public void check(List<Draft> drafts, ImportContext context) {
        organisations(drafts, context);
        ownOnly(drafts, context);
        List<Draft> known =
                drafts.stream().filter(d -> d.organisationId != null).toList();
        Map<String, List<Draft>> inFile = new HashMap<>();
        for (Draft draft : known) {
            List<Draft> same = inFile.computeIfAbsent(draft.key(), k -> new ArrayList<>());
            same.stream()
                    .filter(other -> draft.overlaps(other.period.start(), other.period.end()))
                    .findFirst()
                    .ifPresent(other -> context.problem(
                            draft.line, "start_date", "recordImports.presence.overlapInFile", other.line));
            same.add(draft);
        }
        Map<String, List<PresenceRecords.Row>> stored = new HashMap<>();
        for (PresenceRecords.Row row :
                presences.atUnits(known.stream().map(d -> d.place.id()).collect(Collectors.toSet()))) {
            stored.computeIfAbsent(
                            row.organisationId() + "/" + row.unitId() + "/" + row.sector(), k -> new ArrayList<>())
                    .add(row);
        }
        Map<PresenceRecords.Row, Draft> corrected = new IdentityHashMap<>();
        for (Draft draft : known) {
            List<PresenceRecords.Row> overlapping = stored.getOrDefault(draft.key(), List.of()).stream()
                    .filter(row -> draft.overlaps(row.startDate(), row.endDate()))
                    .toList();
            if (overlapping.size() > 1) {
                context.problem(draft.line, "start_date", "recordImports.presence.overlapsSeveral", overlapping.size());
            } else if (overlapping.size() == 1) {
                Draft first = corrected.putIfAbsent(overlapping.get(0), draft);
                if (first != null) {
                    context.problem(draft.line, "start_date", "recordImports.presence.sameStored", first.line);
                }
                draft.stored = overlapping.get(0);
            }
        }
    }

    @Override
    public ImportCounts write(List<Draft> drafts, ImportContext context) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Draft draft : drafts) {
            PresenceRecording.Period period = draft.period;
            try {
                if (draft.stored == null) {
                    records.add(
                            new PresenceRecords.Row(
                                    Ids.newId(),
                                    draft.organisationId,
                                    draft.place.id(),
                                    draft.place.path(),
                                    period.sector(),
                                    period.start(),
                                    period.end()),
                            context.user());
                    created++;
                } else if (draft.stored.startDate().equals(period.start())
                        && Objects.equals(draft.stored.endDate(), period.end())) {
                    unchanged++;
                } else {
                    PresenceRecords.Row before = draft.stored;
                    records.change(
                            new PresenceRecords.Row(
                                    before.id(),
                                    before.organisationId(),
                                    before.unitId(),
                                    before.unitPath(),
                                    period.sector(),
                                    period.start(),
                                    period.end()),
                            context.user());
                    updated++;
                }
            } catch (InvalidInputException overlappedMeanwhile) {
                context.problem(draft.line, "start_date", "partners.presence.overlap");
                break;
            }
            context.progress(created + updated + unchanged);
        }
        return new ImportCounts(created, updated, unchanged);
    }

    /** Each record's organisation, registered under that name or short name (case and spaces folded); active. */
    private void organisations(List<Draft> drafts, ImportContext context) {
        Map<String, List<OrganisationRef>> byName = new HashMap<>();
        Map<String, List<OrganisationRef>> byShortName = new HashMap<>();
        for (OrganisationRef organisation : organisations.allRefs()) {
            byName.computeIfAbsent(OrganisationRecords.searchName(organisation.name()), k -> new ArrayList<>())
                    .add(organisation);
            if (organisation.shortName() != null && !organisation.shortName().isBlank()) {
                byShortName
                        .computeIfAbsent(
                                OrganisationRecords.searchName(organisation.shortName()), k -> new ArrayList<>())
                        .add(organisation);
            }
        }
        for (Draft draft : drafts) {
            String key = OrganisationRecords.searchName(draft.organisation);
            List<OrganisationRef> found = byName.getOrDefault(key, byShortName.getOrDefault(key, List.of()));
            if (found.isEmpty()) {
                context.problem(
                        draft.line, "organisation", "recordImports.presence.organisationUnknown", draft.organisation);
            } else if (found.size() > 1) {
                context.problem(
                        draft.line, "organisation", "recordImports.presence.organisationAmbiguous", draft.organisation);
            } else if (!found.get(0).active()) {
                context.problem(draft.line, "organisation", "partners.organisation.inactive");
            } else {
                draft.organisationId = found.get(0).id();
            }
        }
    }

    /**
     * Where the importer does not manage partners, a record names the organisation their account is linked to (they
     * write its presence as on the form, {@code PartnerPlaces.requireWrite}); any other is refused on its column.
     */
    private void ownOnly(List<Draft> drafts, ImportContext context) {
        List<Draft> notManaged = drafts.stream()
                .filter(d ->
                        d.organisationId != null && !context.covers(Permission.MANAGE_PARTNERS.name(), d.place.path()))
                .toList();
        if (notManaged.isEmpty()) {
            return;
        }
        UUID theirs = own.of(context.user()).orElse(null);
        for (Draft draft : notManaged) {
            if (theirs == null) {
                context.problem(draft.line, "organisation", "recordImports.presence.noOwnOrganisation");
            } else if (!theirs.equals(draft.organisationId)
                    || !context.covers(Permission.MANAGE_OWN_ORGANISATION.name(), draft.place.path())) {
                context.problem(
                        draft.line, "organisation", "recordImports.presence.notOwnOrganisation", draft.organisation);
            } else {
                continue;
            }
            draft.organisationId = null;
        }
    }

    /** A problem of the form's checks, on its column; the sector is told with the values it may take. */
    private static void report(ImportRecord record, FieldProblem problem, ImportContext context) {
        String column = switch (problem.field()) {
            case "startDate" -> "start_date";
            case "endDate" -> "end_date";
            default -> problem.field();
        };
        String cell = record.cell(column);
        if (column.equals("sector") && cell != null) {
            context.problem(
                    record.line(),
                    column,
                    "recordImports.value.oneOf",
                    cell,
                    Arrays.stream(Sector.values()).map(Sector::name).collect(Collectors.joining(", ")));
        } else if (cell == null) {
            context.problem(record.line(), column, "recordImports.value.required");
        } else {
            context.problem(record.line(), column, problem.key(), problem.args());
        }
    }
}
