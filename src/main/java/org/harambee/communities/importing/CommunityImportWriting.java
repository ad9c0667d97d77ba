package org.harambee.communities.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.communities.CommunityFacilitators;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.registration.BatchRegistration;
import org.harambee.communities.registration.CommunityRegistration;
import org.harambee.system.DeploymentZone;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.springframework.stereotype.Component;

/**
 * Writes an import's checked communities in the import's transaction: a new one in batches ({@link BatchRegistration},
 * decision 0040), one stored already (the same place and name) through {@link CommunityRegistration#correct} when it
 * differs, left alone when it does not.
 */
@Component
class CommunityImportWriting {

    /** New communities registered together. */
    static final int BATCH = 500;

    private final CommunityRecords records;
    private final CommunityRegistration registration;
    private final BatchRegistration batches;
    private final CommunityFacilitators facilitators;
    private final DeploymentZone zone;

    CommunityImportWriting(
            CommunityRecords records,
            CommunityRegistration registration,
            BatchRegistration batches,
            CommunityFacilitators facilitators,
            DeploymentZone zone) {
        this.records = records;
        this.registration = registration;
        this.batches = batches;
        this.facilitators = facilitators;
        this.zone = zone;
    }

    ImportCounts write(List<ImportedCommunity> drafts, ImportContext context) {
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
        List<ImportedCommunity> pending = new ArrayList<>(BATCH);
        // a community a neighbour of the file heard from is written before it
        List<ImportedCommunity> ordered = new ArrayList<>(drafts);
        ordered.sort((a, b) -> Boolean.compare(a.sourceInFile != null, b.sourceInFile != null));
        for (ImportedCommunity draft : ordered) {
            if (draft.sourceInFile != null && draft.sourceInFile.id == null) {
                // the neighbour it heard from waits in the batch: written now, so that its id is known
                written += register(pending, context);
                context.progress(written);
            }
            CommunityRecords.Row before = stored.get(draft.key());
            if (before == null) {
                pending.add(draft);
                created++;
                if (pending.size() == BATCH) {
                    written += register(pending, context);
                    context.progress(written);
                }
                continue;
            }
            draft.id = before.id();
            CommunityRecords.Details details = draft.details();
            List<String> names = draft.facilitatorNames();
            boolean sameFacilitators = names.equals(storedNames.getOrDefault(before.id(), List.of()));
            if (same(before, details) && sameFacilitators) {
                unchanged++;
            } else {
                CommunityRecords.Row locked = records.lock(before.id()).orElseThrow();
                registration.correct(locked, details, sameFacilitators ? null : draft.facilitators, context.user());
                updated++;
            }
            context.progress(++written);
        }
        written += register(pending, context);
        context.progress(written);
        return new ImportCounts(created, updated, unchanged);
    }

    /** Registers the pending new communities as one batch, gives each its id, and empties the list. */
    private int register(List<ImportedCommunity> pending, ImportContext context) {
        List<BatchRegistration.Registering> batch = new ArrayList<>(pending.size());
        for (ImportedCommunity draft : pending) {
            batch.add(new BatchRegistration.Registering(draft.details(), draft.facilitators));
        }
        List<UUID> ids = batches.register(batch, context.user());
        for (int i = 0; i < pending.size(); i++) {
            pending.get(i).id = ids.get(i);
        }
        int count = pending.size();
        pending.clear();
        return count;
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
}
