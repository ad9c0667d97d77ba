package org.harambee.capacity.trainings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.capacity.facilitators.Facilitators;
import org.harambee.system.ImportColumn;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportRecord;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.RecordImporter;
import org.springframework.stereotype.Component;

/**
 * The participants of trainings from a spreadsheet (decision 0037), one per record, with their attendance and score:
 * the training named by its title (with its start date where titles repeat) or by the id in its page's address, inside
 * the importer's area for managing trainings. A participant is known by the training and the person: the person of the
 * register that the name means in the training's district (as a community's facilitators are found), or else the
 * participant of that name. A new participant is checked and enrolled as the training page's form does it (its audit
 * line and enrolment message); attendance and score are checked and recorded as the page's results form does, and
 * re-recorded only when they differ. The sex, organisation and role of a participant already there are kept: no form
 * changes them either.
 */
@Component
class ParticipantImport implements RecordImporter<ParticipantDraft> {

    static final String KIND = "training-participants";

    /** The names of the form's fields in the file's columns. */
    private static final Map<String, String> COLUMNS = Map.of(
            "training", "training",
            "status", "attended",
            "name", "name",
            "username", "name",
            "facilitatorId", "name",
            "sex", "sex",
            "organisation", "organisation",
            "roleTitle", "role",
            "daysAttended", "days_attended",
            "score", "score");

    private final ParticipantRecords participantRecords;
    private final TrainingRecords records;
    private final TrainingReading reading;
    private final Participants participants;
    private final TrainingNames trainings;
    private final Facilitators facilitators;
    private final FacilitatorNames facilitatorNames;

    ParticipantImport(
            ParticipantRecords participantRecords,
            TrainingRecords records,
            TrainingReading reading,
            Participants participants,
            TrainingNames trainings,
            Facilitators facilitators,
            FacilitatorNames facilitatorNames) {
        this.participantRecords = participantRecords;
        this.records = records;
        this.reading = reading;
        this.participants = participants;
        this.trainings = trainings;
        this.facilitators = facilitators;
        this.facilitatorNames = facilitatorNames;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String permission() {
        return Permission.MANAGE_TRAININGS.name();
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("training", "Facilitation basics"),
                ImportColumn.optional("starts_on", "2026-03-02"),
                ImportColumn.required("name", "Aminata Sesay"),
                ImportColumn.optional("sex", "FEMALE"),
                ImportColumn.optional("organisation", "Hope Network"),
                ImportColumn.optional("role", "Community facilitator"),
                ImportColumn.optional("attended", "yes"),
                ImportColumn.optional("days_attended", "3"),
                ImportColumn.optional("score", "75"));
    }

    @Override
    public ParticipantDraft read(ImportRecord record, ImportContext context) {
        return ParticipantDraft.read(record, context);
    }

    @Override
    public void check(List<ParticipantDraft> drafts, ImportContext context) {
        trainings.resolve(drafts, context);
        Map<UUID, List<ParticipantRecords.Row>> present = new HashMap<>();
        Map<String, ParticipantDraft> byKey = new HashMap<>();
        for (ParticipantDraft draft : drafts) {
            if (draft.training == null) {
                continue;
            }
            List<ParticipantRecords.Row> stored = present.computeIfAbsent(draft.training.id(), participantRecords::of);
            identify(draft, stored);
            ParticipantDraft first = byKey.putIfAbsent(draft.key(), draft);
            if (first != null) {
                context.problem(draft.line, "name", "recordImports.duplicate", first.line);
                continue;
            }
            List<FieldProblem> problems = new ArrayList<>();
            if (draft.existing == null) {
                draft.enrolment = participants.checked(draft.training, stored, draft.input(), f -> true, problems);
            }
            if (draft.result != null) {
                problems.addAll(Participants.resultProblems("", draft.resultOf(null), draft.training));
            }
            problems.forEach(p -> context.problem(draft.line, column(p.field()), p.key(), p.args()));
        }
    }

    /**
     * The person the record means: the register's person of that name in the training's district, and the
     * participant of the training already there for that person or that name.
     */
    private void identify(ParticipantDraft draft, List<ParticipantRecords.Row> present) {
        draft.facilitatorId =
                facilitators.samePerson(draft.name, draft.training.unitPath()).orElse(null);
        String username = draft.facilitatorId == null
                ? null
                : facilitatorNames
                        .find(draft.facilitatorId)
                        .map(FacilitatorNames.Facilitator::username)
                        .orElse(null);
        draft.existing = present.stream()
                .filter(p -> (draft.facilitatorId != null && draft.facilitatorId.equals(p.facilitatorId()))
                        || (username != null && username.equals(p.username()))
                        || (p.name() != null
                                && ParticipantDraft.fold(p.name()).equals(ParticipantDraft.fold(draft.name))))
                .findFirst()
                .orElse(null);
    }

    @Override
    public ImportCounts write(List<ParticipantDraft> drafts, ImportContext context) {
        Map<UUID, List<ParticipantDraft>> byTraining = new LinkedHashMap<>();
        drafts.stream()
                .sorted(Comparator.comparing((ParticipantDraft d) -> d.training.id()))
                .forEach(d -> byTraining
                        .computeIfAbsent(d.training.id(), t -> new ArrayList<>())
                        .add(d));
        int created = 0;
        int updated = 0;
        int written = 0;
        for (Map.Entry<UUID, List<ParticipantDraft>> entry : byTraining.entrySet()) {
            // locked as the form locks it, so that an import and a form take turns on the training's participants
            TrainingRecords.Row training = records.lock(entry.getKey()).orElseThrow();
            Set<UUID> before = reading.completedIds(training.id());
            List<Participants.ResultInput> results = new ArrayList<>();
            for (ParticipantDraft draft : entry.getValue()) {
                UUID participant;
                if (draft.existing == null) {
                    participants.enrol(training, draft.enrolment, context.user());
                    participant = draft.enrolment.row().id();
                    created++;
                } else {
                    participant = draft.existing.id();
                    if (draft.result != null && draft.differs(draft.existing)) {
                        updated++;
                    }
                }
                if (draft.result != null && (draft.existing == null || draft.differs(draft.existing))) {
                    results.add(draft.resultOf(participant));
                }
                context.progress(++written);
            }
            if (!results.isEmpty()) {
                participants.writeResults(training, results, before, context.user());
            }
        }
        return new ImportCounts(created, updated, drafts.size() - created - updated);
    }

    private static String column(String field) {
        return Objects.requireNonNullElse(COLUMNS.get(field), "name");
    }
}
