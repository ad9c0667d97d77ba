package org.harambee.capacity.trainings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.ParticipantEnrolled;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants of a training ({@code MANAGE_TRAININGS} at its unit): an account, or a person not on the platform
 * (optionally a facilitator record); and their results, attendance and scores, recorded for the whole list at once.
 */
@Service
public class Participants {

    private static final Inputs INPUTS = Inputs.keyed("capacity");

    static final Set<String> SEXES = Set.of("FEMALE", "MALE");

    /** An account by {@code username}, or a person by {@code name} (then {@code sex} too), or a facilitator record. */
    public record ParticipantInput(
            String username, String name, String sex, String organisation, String roleTitle, String facilitatorId) {}

    /** One participant's result: attended, days attended (optional), score (assessed trainings only). */
    public record ResultInput(UUID participantId, Boolean attended, Integer daysAttended, Integer score) {}

    public record ResultsInput(List<ResultInput> results) {}

    private final TrainingRecords records;
    private final ParticipantRecords participantRecords;
    private final TrainingReading reading;
    private final FacilitatorNames facilitators;
    private final AccountLookup accounts;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Participants(
            TrainingRecords records,
            ParticipantRecords participantRecords,
            TrainingReading reading,
            FacilitatorNames facilitators,
            AccountLookup accounts,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.participantRecords = participantRecords;
        this.reading = reading;
        this.facilitators = facilitators;
        this.accounts = accounts;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public TrainingViews.Training add(UUID trainingId, ParticipantInput input, String language) {
        TrainingRecords.Row training = writable(trainingId);
        List<FieldProblem> problems = new ArrayList<>();
        Enrolment enrolment = checked(
                training,
                participantRecords.of(trainingId),
                input,
                f -> scopes.permits(Permission.VIEW_PROGRAMME, f.unitPath()),
                problems);
        Inputs.refuseIfAny(problems);
        enrol(training, enrolment, CurrentUser.name());
        return reading.training(trainingId, language);
    }

    /** A participant checked for enrolment: the row to write, and the phone their facilitator record gives. */
    record Enrolment(ParticipantRecords.Row row, String phone) {}

    /**
     * Checks a participant for the training ({@code present} are its participants now): the form's and the import's
     * ({@link ParticipantImport}) rule alike. A facilitator record is linked only when {@code visible} to the writer.
     * Answers {@code null} when it added problems.
     */
    Enrolment checked(
            TrainingRecords.Row training,
            List<ParticipantRecords.Row> present,
            ParticipantInput input,
            Predicate<FacilitatorNames.Facilitator> visible,
            List<FieldProblem> problems) {
        int known = problems.size();
        if (training.status() == TrainingStatus.CANCELLED) {
            problems.add(new FieldProblem("training", "capacity.training.cancelled"));
        }
        String username = INPUTS.text("username", input.username(), 64, false, problems);
        String name = INPUTS.text("name", input.name(), 200, false, problems);
        String sex = Inputs.trimmed(input.sex());
        UUID facilitatorId = INPUTS.id("facilitatorId", input.facilitatorId(), false, problems);
        FacilitatorNames.Facilitator facilitator = null;
        if (facilitatorId != null) {
            facilitator = facilitators.find(facilitatorId).orElse(null);
            if (facilitator == null || !visible.test(facilitator)) {
                problems.add(new FieldProblem("facilitatorId", "capacity.facilitator.unknown"));
                facilitator = null;
            } else if (present.stream().anyMatch(p -> facilitatorId.equals(p.facilitatorId()))) {
                problems.add(new FieldProblem("facilitatorId", "capacity.participant.duplicate"));
            } else {
                name = name == null ? facilitator.name() : name;
                // a person named on a community may have no sex recorded yet: the participant's is asked then
                sex = sex == null && SEXES.contains(facilitator.sex()) ? facilitator.sex() : sex;
                username = username == null ? facilitator.username() : username;
            }
        }
        if (username != null) {
            AccountRef account = accounts.byUsername(username).orElse(null);
            if (account == null) {
                problems.add(new FieldProblem("username", "capacity.participant.account.unknown", username));
            } else {
                username = account.username();
                String u = username;
                if (present.stream().anyMatch(p -> u.equals(p.username()))) {
                    problems.add(new FieldProblem("username", "capacity.participant.duplicate"));
                }
                name = facilitator == null ? null : name;
            }
        } else if (name == null) {
            problems.add(new FieldProblem("name", "capacity.participant.who"));
        } else if (sex == null || !SEXES.contains(sex)) {
            problems.add(new FieldProblem("sex", "capacity.participant.sex"));
        }
        String organisation = INPUTS.text("organisation", input.organisation(), 200, false, problems);
        String roleTitle = INPUTS.text("roleTitle", input.roleTitle(), 200, false, problems);
        if (problems.size() > known) {
            return null;
        }
        return new Enrolment(
                new ParticipantRecords.Row(
                        Ids.newId(),
                        training.id(),
                        username,
                        name,
                        sex,
                        organisation,
                        roleTitle,
                        facilitatorId,
                        null,
                        null,
                        null),
                facilitator == null ? null : facilitator.phone());
    }

    /** Writes a checked participant, its audit line and {@link ParticipantEnrolled} (the enrolment message). */
    void enrol(TrainingRecords.Row training, Enrolment enrolment, String user) {
        ParticipantRecords.Row row = enrolment.row();
        participantRecords.insert(row, user);
        // no name in the audit line: an account is named by its username, a person by the participant's id
        audit.recordAs(
                user,
                "PARTICIPANT_ADDED",
                "training",
                training.id().toString(),
                training.unitId(),
                training.unitPath(),
                row.username() == null ? "participant " + row.id() : row.username());
        events.publishEvent(new ParticipantEnrolled(
                training.id(),
                row.id(),
                training.unitId(),
                training.unitPath(),
                training.title(),
                training.startsOn(),
                training.endsOn(),
                training.venue(),
                row.username(),
                enrolment.phone()));
    }

    /** Records the results of some or all participants at once: all of them are written, or none. */
    @Transactional
    public TrainingViews.Training recordResults(UUID trainingId, ResultsInput input, String language) {
        TrainingRecords.Row training = writable(trainingId);
        Map<UUID, ParticipantRecords.Row> participants = participantRecords.of(trainingId).stream()
                .collect(Collectors.toMap(ParticipantRecords.Row::id, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        List<ResultInput> results = input == null || input.results() == null ? List.of() : input.results();
        if (training.status() != TrainingStatus.HELD) {
            problems.add(new FieldProblem("status", "capacity.results.notHeld"));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            ResultInput r = results.get(i);
            String field = "results[" + i + "].";
            if (r == null
                    || r.participantId() == null
                    || !participants.containsKey(r.participantId())
                    || !seen.add(r.participantId())) {
                problems.add(new FieldProblem(field + "participantId", "capacity.participant.unknown"));
                continue;
            }
            check(field, r, training, problems);
        }
        Inputs.refuseIfAny(problems);
        writeResults(training, results, reading.completedIds(trainingId), CurrentUser.name());
        return reading.training(trainingId, language);
    }

    /**
     * The problems of one participant's result ({@code field} prefixes the names of its fields), the training not held
     * among them (field {@code status}): the form's and the import's rule alike.
     */
    static List<FieldProblem> resultProblems(String field, ResultInput result, TrainingRecords.Row training) {
        List<FieldProblem> problems = new ArrayList<>();
        if (training.status() != TrainingStatus.HELD) {
            problems.add(new FieldProblem(field + "status", "capacity.results.notHeld"));
        }
        check(field, result, training, problems);
        return problems;
    }

    /**
     * Writes checked results, audits them in one line, and publishes {@code ParticipantCompleted} for whoever completed
     * the training since {@code before} (its participants who had completed it before these writes).
     */
    void writeResults(TrainingRecords.Row training, List<ResultInput> results, Set<UUID> before, String user) {
        for (ResultInput r : results) {
            participantRecords.updateResult(r.participantId(), r.attended(), r.daysAttended(), r.score());
        }
        audit.recordAs(
                user,
                "TRAINING_RESULTS_RECORDED",
                "training",
                training.id().toString(),
                training.unitId(),
                training.unitPath(),
                results.size() + " participant(s)");
        reading.publishNewlyCompleted(training.id(), before);
    }

    private static void check(String field, ResultInput r, TrainingRecords.Row training, List<FieldProblem> problems) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(training.startsOn(), training.endsOn()) + 1;
        boolean attended = Boolean.TRUE.equals(r.attended());
        if (r.daysAttended() != null) {
            if (r.daysAttended() < 0 || r.daysAttended() > days) {
                problems.add(new FieldProblem(field + "daysAttended", "capacity.days.range", days));
            } else if (!attended && r.daysAttended() > 0) {
                problems.add(new FieldProblem(field + "daysAttended", "capacity.days.notAttended"));
            }
        }
        if (r.score() != null) {
            if (!training.assessed()) {
                problems.add(new FieldProblem(field + "score", "capacity.score.notAssessed"));
            } else if (r.score() < 0 || r.score() > 100) {
                problems.add(new FieldProblem(field + "score", "capacity.percent.range"));
            } else if (!attended) {
                problems.add(new FieldProblem(field + "score", "capacity.score.notAttended"));
            }
        }
    }

    private TrainingRecords.Row writable(UUID trainingId) {
        TrainingRecords.Row training =
                records.lock(trainingId).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        scopes.require(Permission.MANAGE_TRAININGS, training.unitPath());
        return training;
    }
}
