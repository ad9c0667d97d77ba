package org.harambee.capacity.trainings;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.capacity.internal.Places;
import org.harambee.geography.UnitRef;
import org.harambee.system.ExportFormat;
import org.harambee.system.RecordExports;
import org.harambee.system.RecordStreams;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings as files: the trainings list (the reader's area, the place, status and sort asked for), read in batches so
 * that places, competencies and participant counts are asked once a batch; and one training's participants with their
 * attendance, score and outcome, as the training page shows them. Each file is audited with its filters and row count.
 */
@Service
@Transactional(readOnly = true)
class TrainingExport {

    static final List<String> HEADER = List.of(
            "capacity.training.title",
            "capacity.training.competencies",
            "capacity.training.startsOn",
            "capacity.training.endsOn",
            "capacity.export.pcode",
            "capacity.export.place",
            "capacity.training.status",
            "capacity.participants");

    static final List<String> PARTICIPANT_HEADER = List.of(
            "capacity.participant.name",
            "capacity.participant.username",
            "capacity.participant.sex.label",
            "capacity.participant.organisation",
            "capacity.participant.roleTitle",
            "capacity.participant.attended",
            "capacity.export.daysAttended",
            "capacity.export.score",
            "capacity.export.passed",
            "capacity.participant.completed");

    private final TrainingReading reading;
    private final TrainingRecords records;
    private final Competencies competencies;
    private final Places places;
    private final RecordStreams streams;
    private final RecordExports exports;
    private final AuditTrail audit;

    TrainingExport(
            TrainingReading reading,
            TrainingRecords records,
            Competencies competencies,
            Places places,
            RecordStreams streams,
            RecordExports exports,
            AuditTrail audit) {
        this.reading = reading;
        this.records = records;
        this.competencies = competencies;
        this.places = places;
        this.streams = streams;
        this.exports = exports;
        this.audit = audit;
    }

    void write(String unit, String status, String sort, ExportFormat format, HttpServletResponse response)
            throws IOException {
        String language = LocaleContextHolder.getLocale().getLanguage();
        TrainingReading.Filter filter = reading.filter(unit, status, sort, language);
        Function<Object, String> statuses = exports.labels("capacity.status.");
        Map<String, Competencies.Competency> names = competencies.byCode(language);
        long[] rows = {0};
        exports.write(response, format, "trainings", HEADER, sheet -> {
            if (filter.nothing()) {
                return;
            }
            records.each(filter.scope(), filter.areaPath(), filter.status(), filter.sort(), streams, batch -> {
                Set<UUID> ids = batch.stream().map(TrainingRecords.Row::id).collect(Collectors.toSet());
                Map<UUID, UnitRef> units = places.refs(
                        batch.stream().map(TrainingRecords.Row::unitId).collect(Collectors.toSet()), language);
                Map<UUID, List<String>> codes = records.competencyCodes(ids);
                Map<UUID, Long> counts = records.participantCounts(ids);
                for (TrainingRecords.Row row : batch) {
                    UnitRef place = units.get(row.unitId());
                    sheet.row(
                            row.title(),
                            codes.getOrDefault(row.id(), List.of()).stream()
                                    .map(c ->
                                            names.containsKey(c) ? names.get(c).name() : c)
                                    .collect(Collectors.joining(" · ")),
                            row.startsOn().toString(),
                            row.endsOn().toString(),
                            place == null ? null : place.pcode(),
                            place == null ? null : place.name(),
                            statuses.apply(row.status()),
                            counts.getOrDefault(row.id(), 0L));
                }
                rows[0] += batch.size();
            });
        });
        audit.record(
                "TRAININGS_EXPORTED",
                "training-list",
                unit == null || unit.isBlank() ? null : unit.trim(),
                null,
                filter.areaPath(),
                format.extension() + " status=" + (status == null ? "" : status.trim()) + " sort="
                        + (filter.sort() == null ? "" : filter.sort()) + " " + rows[0] + " row(s)");
    }

    /** One training's participants (404 when there is none, 403 outside the reader's area). */
    void writeParticipants(UUID id, ExportFormat format, HttpServletResponse response) throws IOException {
        String language = LocaleContextHolder.getLocale().getLanguage();
        TrainingViews.Training training = reading.training(id, language);
        Function<Object, String> sexes = exports.labels("capacity.sex.");
        exports.write(response, format, "training-participants", PARTICIPANT_HEADER, sheet -> {
            for (TrainingViews.Participant p : training.participants()) {
                sheet.row(
                        p.displayName() != null ? p.displayName() : p.name(),
                        p.username(),
                        sexes.apply(p.sex()),
                        p.organisation(),
                        p.roleTitle(),
                        p.attended(),
                        p.daysAttended(),
                        p.score(),
                        training.assessed() ? p.passed() : null,
                        p.completed());
            }
        });
        audit.record(
                "TRAINING_PARTICIPANTS_EXPORTED",
                "training",
                id.toString(),
                null,
                null,
                format.extension() + " " + training.participants().size() + " row(s)");
    }
}
