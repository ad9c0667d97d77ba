package org.harambee.capacity.trainings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.capacity.internal.Places;
import org.harambee.geography.UnitRef;
import org.harambee.system.ImportContext;
import org.harambee.system.Inputs;
import org.springframework.stereotype.Component;

/**
 * The trainings a participants file names: by the id in a training's page address, or by its title (case aside) with
 * its start date where several trainings share the title. Only trainings inside the importer's area are meant; a name
 * that still means several is refused with them listed (start date and P-code of the place).
 */
@Component
class TrainingNames {

    private final TrainingRecords records;
    private final Places places;

    TrainingNames(TrainingRecords records, Places places) {
        this.records = records;
        this.places = places;
    }

    /** Sets the training of each draft, or reports why there is none at the column {@code training}. */
    void resolve(List<ParticipantDraft> drafts, ImportContext context) {
        Map<UUID, TrainingRecords.Row> byId = new HashMap<>();
        Set<String> titles = new HashSet<>();
        for (ParticipantDraft draft : drafts) {
            UUID id = Inputs.uuid(draft.trainingCell);
            if (id == null) {
                titles.add(ParticipantDraft.fold(draft.trainingCell));
            } else if (!byId.containsKey(id)) {
                records.find(id).ifPresent(row -> byId.put(id, row));
            }
        }
        Map<String, List<TrainingRecords.Row>> byTitle = records.titled(titles).stream()
                .collect(Collectors.groupingBy(row -> ParticipantDraft.fold(row.title())));
        for (ParticipantDraft draft : drafts) {
            UUID id = Inputs.uuid(draft.trainingCell);
            List<TrainingRecords.Row> named = id == null
                    ? byTitle.getOrDefault(ParticipantDraft.fold(draft.trainingCell), List.of())
                    : byId.containsKey(id) ? List.of(byId.get(id)) : List.of();
            List<TrainingRecords.Row> dated = named.stream()
                    .filter(row -> draft.startsOn == null || draft.startsOn.equals(row.startsOn()))
                    .toList();
            List<TrainingRecords.Row> inside =
                    dated.stream().filter(row -> context.covers(row.unitPath())).toList();
            if (inside.size() == 1) {
                draft.training = inside.get(0);
            } else if (inside.size() > 1) {
                context.problem(
                        draft.line,
                        "training",
                        "recordImports.training-participants.trainingAmbiguous",
                        draft.trainingCell,
                        candidates(inside));
            } else if (!dated.isEmpty()) {
                context.problem(
                        draft.line,
                        "training",
                        "recordImports.training-participants.trainingOutside",
                        draft.trainingCell);
            } else if (draft.startsOn != null && !named.isEmpty()) {
                context.problem(
                        draft.line,
                        "starts_on",
                        "recordImports.training-participants.trainingNotOn",
                        draft.trainingCell,
                        draft.startsOn.toString());
            } else {
                context.problem(
                        draft.line,
                        "training",
                        "recordImports.training-participants.trainingUnknown",
                        draft.trainingCell);
            }
        }
    }

    private String candidates(List<TrainingRecords.Row> rows) {
        Map<UUID, UnitRef> units =
                places.refs(rows.stream().map(TrainingRecords.Row::unitId).collect(Collectors.toSet()), "en");
        List<String> listed = new ArrayList<>();
        rows.stream().sorted((a, b) -> a.startsOn().compareTo(b.startsOn())).forEach(row -> {
            UnitRef unit = units.get(row.unitId());
            listed.add(row.startsOn() + " " + (unit == null ? "" : unit.pcode()));
        });
        return String.join(", ", listed);
    }
}
