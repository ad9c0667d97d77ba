package org.harambee.communities.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.geography.PlaceMatching;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.ImportContext;
import org.springframework.stereotype.Component;

/**
 * The checks of an import's communities together, once all are read: each at a place of the lowest level, no key twice
 * in the file, the partner an active organisation, and the neighbour it heard from one community of the file or one
 * stored inside the importer's area.
 */
@Component
class CommunityImportChecks {

    private final CommunityRecords records;
    private final PlaceMatching places;
    private final Partners partners;

    CommunityImportChecks(CommunityRecords records, PlaceMatching places, Partners partners) {
        this.records = records;
        this.places = places;
        this.partners = partners;
    }

    void check(List<ImportedCommunity> drafts, ImportContext context) {
        Set<UUID> notLowest =
                places.withChildren(drafts.stream().map(d -> d.place.id()).toList());
        Map<String, ImportedCommunity> byKey = new HashMap<>();
        Map<String, List<ImportedCommunity>> byName = new HashMap<>();
        for (ImportedCommunity draft : drafts) {
            if (notLowest.contains(draft.place.id())) {
                context.problem(
                        draft.line,
                        "pcode",
                        "recordImports.communities.notLowest",
                        draft.place.pcode(),
                        draft.place.name());
            }
            ImportedCommunity first = byKey.putIfAbsent(draft.key(), draft);
            if (first != null) {
                context.problem(draft.line, "name", "recordImports.duplicate", first.line);
            }
            byName.computeIfAbsent(CommunityRecords.searchName(draft.name), k -> new ArrayList<>())
                    .add(draft);
        }
        partners(drafts, context);
        sources(drafts, byName, context);
    }

    /** The partner of each record: an active organisation of that name or short name, compared without case. */
    private void partners(List<ImportedCommunity> drafts, ImportContext context) {
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
        for (ImportedCommunity draft : drafts) {
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
    private void sources(
            List<ImportedCommunity> drafts, Map<String, List<ImportedCommunity>> inFile, ImportContext context) {
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
        for (ImportedCommunity draft : drafts) {
            if (draft.heardFrom == null) {
                continue;
            }
            String key = CommunityRecords.searchName(draft.heardFrom);
            List<ImportedCommunity> fileMatches = inFile.getOrDefault(key, List.of());
            List<CommunityRecords.Row> storedMatches = stored.getOrDefault(key, List.of());
            if (fileMatches.contains(draft)) {
                context.problem(draft.line, "heard_from", "recordImports.communities.heardFromSelf");
            } else if (fileMatches.size() == 1) {
                ImportedCommunity source = fileMatches.get(0);
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

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
