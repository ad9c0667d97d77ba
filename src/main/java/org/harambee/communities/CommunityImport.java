package org.harambee.communities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.geography.PlaceMatching;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.DeploymentZone;
import org.harambee.system.ImportColumn;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportPlace;
import org.harambee.system.ImportRecord;
import org.harambee.system.RecordImporter;
import org.springframework.stereotype.Component;

/**
 * Communities from a spreadsheet (decision 0037): one per record, at a place of the lowest level inside the importer's
 * area for managing communities, with population estimates, supporting partner (an active organisation's name or short
 * name), origin and the neighbour it heard from (a community of the file or stored), and facilitators (names separated
 * by {@code ;}). A community is known by its place and its name: a record naming one already there updates it when it
 * differs, and leaves it alone when it does not. Writing goes through {@link CommunityRegistration}, as the form's.
 */
@Component
class CommunityImport implements RecordImporter<CommunityImport.Draft> {

    static final String KIND = "communities";

    private static final int MAX_NAME = 200;

    /** A record read, its references (partner, neighbour) found by {@link #check}. */
    static final class Draft {
        final int line;
        final String name;
        final ImportPlace place;
        final Long populationTotal;
        final Long populationChildren;
        final String partner;
        final Origin origin;
        final String heardFrom;
        final List<CommunityFacilitators.NamedFacilitator> facilitators;
        UUID partnerId;
        UUID sourceId;
        Draft sourceInFile;
        UUID id;

        Draft(
                int line,
                String name,
                ImportPlace place,
                Long populationTotal,
                Long populationChildren,
                String partner,
                Origin origin,
                String heardFrom,
                List<CommunityFacilitators.NamedFacilitator> facilitators) {
            this.line = line;
            this.name = name;
            this.place = place;
            this.populationTotal = populationTotal;
            this.populationChildren = populationChildren;
            this.partner = partner;
            this.origin = origin;
            this.heardFrom = heardFrom;
            this.facilitators = facilitators;
        }

        String key() {
            return place.id() + "/" + CommunityRecords.searchName(name);
        }
    }

    private final CommunityRecords records;
    private final CommunityRegistration registration;
    private final CommunityFacilitators facilitators;
    private final PlaceMatching places;
    private final Partners partners;
    private final DeploymentZone zone;

    CommunityImport(
            CommunityRecords records,
            CommunityRegistration registration,
            CommunityFacilitators facilitators,
            PlaceMatching places,
            Partners partners,
            DeploymentZone zone) {
        this.records = records;
        this.registration = registration;
        this.facilitators = facilitators;
        this.places = places;
        this.partners = partners;
        this.zone = zone;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String permission() {
        return Permission.MANAGE_COMMUNITIES.name();
    }

    @Override
    public boolean placed() {
        return true;
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("name", "Kpetema Village Committee"),
                ImportColumn.optional("population_total", "1200"),
                ImportColumn.optional("population_children", "540"),
                ImportColumn.optional("partner", "Child Aid Sierra Leone"),
                ImportColumn.optional("origin", "AGENCY_INITIATED"),
                ImportColumn.optional("heard_from", "Ngiehun"),
                ImportColumn.optional("facilitators", "Aminata Sesay; Mohamed Kamara"),
                ImportColumn.optional("outside_facilitators", "Fatmata Conteh"));
    }

    @Override
    public Draft read(ImportRecord record, ImportContext context) {
        int line = record.line();
        boolean ok = true;
        String name = record.cell("name");
        if (name == null) {
            context.problem(line, "name", "recordImports.value.required");
            ok = false;
        } else if (name.length() > MAX_NAME) {
            context.problem(line, "name", "recordImports.value.tooLong", MAX_NAME);
            ok = false;
        }
        Long total = count(record, "population_total", context);
        Long children = count(record, "population_children", context);
        if (total != null && children != null && children > total) {
            context.problem(line, "population_children", "recordImports.communities.childrenMoreThanTotal");
            ok = false;
        }
        Origin origin = Origin.AGENCY_INITIATED;
        String originCell = record.cell("origin");
        if (originCell != null) {
            origin = Origin.parse(originCell);
            if (origin == null) {
                context.problem(
                        line,
                        "origin",
                        "recordImports.value.oneOf",
                        originCell,
                        Arrays.stream(Origin.values()).map(Origin::name).collect(Collectors.joining(", ")));
                ok = false;
            }
        }
        String heardFrom = record.cell("heard_from");
        if (origin == Origin.NEIGHBOUR_REQUEST && heardFrom == null) {
            context.problem(line, "heard_from", "recordImports.communities.heardFromRequired");
            ok = false;
        } else if (origin != null && origin != Origin.NEIGHBOUR_REQUEST && heardFrom != null) {
            context.problem(line, "heard_from", "recordImports.communities.heardFromOnlyForNeighbour");
            ok = false;
        }
        List<CommunityFacilitators.NamedFacilitator> named = new ArrayList<>();
        ok &= names(record, "facilitators", true, named, context);
        ok &= names(record, "outside_facilitators", false, named, context);
        if (named.size() > CommunityRegistration.MAX_FACILITATORS) {
            context.problem(
                    line,
                    "facilitators",
                    "recordImports.communities.tooManyFacilitators",
                    CommunityRegistration.MAX_FACILITATORS);
            ok = false;
        }
        if (!ok || record.place() == null) {
            return null;
        }
        return new Draft(line, name, record.place(), total, children, record.cell("partner"), origin, heardFrom, named);
    }

    @Override
    public void check(List<Draft> drafts, ImportContext context) {
        Set<UUID> notLowest =
                places.withChildren(drafts.stream().map(d -> d.place.id()).toList());
        Map<String, Draft> byKey = new HashMap<>();
        Map<String, List<Draft>> byName = new HashMap<>();
        for (Draft draft : drafts) {
            if (notLowest.contains(draft.place.id())) {
                context.problem(
                        draft.line,
                        "pcode",
                        "recordImports.communities.notLowest",
                        draft.place.pcode(),
                        draft.place.name());
            }
            Draft first = byKey.putIfAbsent(draft.key(), draft);
            if (first != null) {
                context.problem(draft.line, "name", "recordImports.duplicate", first.line);
            }
            byName.computeIfAbsent(CommunityRecords.searchName(draft.name), k -> new ArrayList<>())
                    .add(draft);
        }
        partners(drafts, context);
        sources(drafts, byName, context);
    }

    @Override
    public ImportCounts write(List<Draft> drafts, ImportContext context) {
        Map<String, CommunityRecords.Row> stored = new HashMap<>();
        for (CommunityRecords.Row row :
                records.atUnits(drafts.stream().map(d -> d.place.id()).collect(Collectors.toSet()))) {
            stored.put(row.unitId() + "/" + CommunityRecords.searchName(row.name()), row);
        }
        Map<UUID, List<String>> storedNames = facilitatorNames(drafts.stream()
                .map(d -> stored.get(d.key()))
                .filter(Objects::nonNull)
                .map(CommunityRecords.Row::id)
                .toList());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int written = 0;
        // a community a neighbour of the file heard from is written before it
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort((a, b) -> Boolean.compare(a.sourceInFile != null, b.sourceInFile != null));
        for (Draft draft : ordered) {
            CommunityRecords.Row before = stored.get(draft.key());
            if (draft.sourceInFile != null) {
                draft.sourceId = draft.sourceInFile.id;
            }
            CommunityRecords.Details details = new CommunityRecords.Details(
                    draft.name,
                    draft.place.id(),
                    draft.place.path(),
                    draft.populationTotal,
                    draft.populationChildren,
                    draft.partnerId,
                    draft.origin,
                    draft.sourceId);
            if (before == null) {
                draft.id = registration.register(details, draft.facilitators, context.user());
                created++;
            } else {
                draft.id = before.id();
                List<String> names = draft.facilitators.stream()
                        .map(CommunityFacilitators.NamedFacilitator::name)
                        .toList();
                boolean sameFacilitators = names.equals(storedNames.getOrDefault(before.id(), List.of()));
                if (same(before, details) && sameFacilitators) {
                    unchanged++;
                } else {
                    CommunityRecords.Row locked = records.lock(before.id()).orElseThrow();
                    registration.correct(locked, details, sameFacilitators ? null : draft.facilitators, context.user());
                    updated++;
                }
            }
            context.progress(++written);
        }
        return new ImportCounts(created, updated, unchanged);
    }

    private static boolean same(CommunityRecords.Row row, CommunityRecords.Details details) {
        return row.name().equals(details.name())
                && Objects.equals(row.populationTotal(), details.populationTotal())
                && Objects.equals(row.populationChildren(), details.populationChildren())
                && Objects.equals(row.partnerId(), details.partnerId())
                && row.origin() == details.origin()
                && Objects.equals(row.sourceCommunityId(), details.sourceCommunityId());
    }

    private Map<UUID, List<String>> facilitatorNames(List<UUID> ids) {
        Map<UUID, List<String>> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            names.putAll(facilitators.names(ids.subList(from, Math.min(ids.size(), from + 500)), zone.today()));
        }
        return names;
    }

    /** The partner of each record: an active organisation of that name or short name, compared without case. */
    private void partners(List<Draft> drafts, ImportContext context) {
        if (drafts.stream().allMatch(d -> d.partner == null)) {
            return;
        }
        Map<String, List<OrganisationRef>> byName = new HashMap<>();
        for (OrganisationRef organisation : partners.activeOrganisations()) {
            byName.computeIfAbsent(lower(organisation.name()), k -> new ArrayList<>())
                    .add(organisation);
            if (organisation.shortName() != null
                    && !organisation.shortName().isBlank()
                    && !lower(organisation.shortName()).equals(lower(organisation.name()))) {
                byName.computeIfAbsent(lower(organisation.shortName()), k -> new ArrayList<>())
                        .add(organisation);
            }
        }
        for (Draft draft : drafts) {
            if (draft.partner == null) {
                continue;
            }
            List<OrganisationRef> found = byName.getOrDefault(lower(draft.partner), List.of());
            if (found.size() == 1) {
                draft.partnerId = found.get(0).id();
            } else if (found.isEmpty()) {
                context.problem(draft.line, "partner", "recordImports.communities.partnerUnknown", draft.partner);
            } else {
                context.problem(draft.line, "partner", "recordImports.communities.partnerAmbiguous", draft.partner);
            }
        }
    }

    /**
     * The neighbour each record heard from: a community of that name in the file, or else one stored inside the
     * importer's area; one only.
     */
    private void sources(List<Draft> drafts, Map<String, List<Draft>> inFile, ImportContext context) {
        Set<String> wanted = new HashSet<>();
        drafts.stream()
                .filter(d -> d.heardFrom != null)
                .forEach(d -> wanted.add(CommunityRecords.searchName(d.heardFrom)));
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, List<CommunityRecords.Row>> stored = new LinkedHashMap<>();
        for (CommunityRecords.Row row : records.named(wanted)) {
            if (context.covers(row.unitPath())) {
                stored.computeIfAbsent(CommunityRecords.searchName(row.name()), k -> new ArrayList<>())
                        .add(row);
            }
        }
        for (Draft draft : drafts) {
            if (draft.heardFrom == null) {
                continue;
            }
            String key = CommunityRecords.searchName(draft.heardFrom);
            List<Draft> fileMatches = inFile.getOrDefault(key, List.of());
            List<CommunityRecords.Row> storedMatches = stored.getOrDefault(key, List.of());
            if (fileMatches.contains(draft)) {
                context.problem(draft.line, "heard_from", "recordImports.communities.heardFromSelf");
            } else if (fileMatches.size() == 1) {
                Draft source = fileMatches.get(0);
                CommunityRecords.Row same = storedMatches.stream()
                        .filter(r -> r.unitId().equals(source.place.id()))
                        .findFirst()
                        .orElse(null);
                if (same != null) {
                    draft.sourceId = same.id();
                } else if (source.heardFrom != null) {
                    // a chain of neighbours inside one file is written in two imports
                    context.problem(
                            draft.line, "heard_from", "recordImports.communities.heardFromChain", draft.heardFrom);
                } else {
                    draft.sourceInFile = source;
                }
            } else if (fileMatches.size() > 1 || storedMatches.size() > 1) {
                context.problem(
                        draft.line, "heard_from", "recordImports.communities.heardFromAmbiguous", draft.heardFrom);
            } else if (storedMatches.size() == 1) {
                draft.sourceId = storedMatches.get(0).id();
            } else {
                context.problem(
                        draft.line, "heard_from", "recordImports.communities.heardFromUnknown", draft.heardFrom);
            }
        }
    }

    private static boolean names(
            ImportRecord record,
            String column,
            boolean inside,
            List<CommunityFacilitators.NamedFacilitator> named,
            ImportContext context) {
        String cell = record.cell(column);
        if (cell == null) {
            return true;
        }
        for (String part : cell.split(";")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_NAME) {
                context.problem(record.line(), column, "recordImports.value.tooLong", MAX_NAME);
                return false;
            }
            named.add(new CommunityFacilitators.NamedFacilitator(name, inside));
        }
        return true;
    }

    private static Long count(ImportRecord record, String column, ImportContext context) {
        String cell = record.cell(column);
        if (cell == null) {
            return null;
        }
        try {
            long value = Long.parseLong(cell.replace(" ", "").replace("\u00A0", ""));
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        context.problem(record.line(), column, "recordImports.value.notCount", cell);
        return null;
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
