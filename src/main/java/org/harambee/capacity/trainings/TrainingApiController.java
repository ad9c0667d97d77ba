package org.harambee.capacity.trainings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.system.ExportFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Trainings, their participants and results over REST; competencies, the list they cover. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Trainings", description = "Competencies, trainings, participants, attendance and assessments")
class TrainingApiController {

    private final Trainings trainings;
    private final TrainingReading reading;
    private final Participants participants;
    private final Competencies competencies;
    private final TrainingExport export;

    TrainingApiController(
            Trainings trainings,
            TrainingReading reading,
            Participants participants,
            Competencies competencies,
            TrainingExport export) {
        this.export = export;
        this.trainings = trainings;
        this.reading = reading;
        this.participants = participants;
        this.competencies = competencies;
    }

    @GetMapping("/api/v1/trainings")
    @Operation(
            summary = "Trainings inside your area, newest first: unit (a P-code) limits to its subtree, status to"
                    + " PLANNED, HELD or CANCELLED; sort starts (newest first, the default) or title")
    List<TrainingViews.Summary> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return reading.list(
                unit, status, sort, Math.max(page, 0), Math.min(Math.max(size, 1), 500), locale.getLanguage());
    }

    @GetMapping(value = "/api/v1/trainings", params = "format")
    @Operation(
            summary = "The same list as a file, format csv or xlsx, every row (streamed): title, competencies, dates,"
                    + " place, status and participants. Audited.")
    void export(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        export.write(unit, status, sort, ExportFormat.parse(format), response);
    }

    @GetMapping(value = "/api/v1/trainings/{id}", params = "format")
    @Operation(
            summary = "The training's participants as a file, format csv or xlsx: name, username, sex,"
                    + " organisation, role, attendance, days, score, passed, completed. Audited.")
    void exportParticipants(@PathVariable UUID id, @RequestParam String format, HttpServletResponse response)
            throws IOException {
        export.writeParticipants(id, ExportFormat.parse(format), response);
    }

    @PostMapping("/api/v1/trainings")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(
            summary = "Record a training: title, competencies (codes), startsOn, endsOn (not before the start), unit"
                    + " (P-code where held), venue, trainerOrganisationId, status (PLANNED, HELD, CANCELLED),"
                    + " assessed and passMark (0-100, default 60)")
    ResponseEntity<TrainingViews.Training> create(@RequestBody Trainings.TrainingInput input, Locale locale) {
        TrainingViews.Training created = trainings.create(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/trainings/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/trainings/{id}")
    @Operation(summary = "One training with its participants, their results and who completed it")
    TrainingViews.Training show(@PathVariable UUID id, Locale locale) {
        return reading.training(id, locale.getLanguage());
    }

    @PutMapping("/api/v1/trainings/{id}")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(summary = "Correct a training or change its status (the same body as for recording one)")
    TrainingViews.Training update(@PathVariable UUID id, @RequestBody Trainings.TrainingInput input, Locale locale) {
        return trainings.update(id, input, locale.getLanguage());
    }

    @PostMapping("/api/v1/trainings/{id}/participants")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(
            summary = "Add a participant: an account (username), or a person not on the platform (name, sex FEMALE or"
                    + " MALE, organisation, roleTitle), or a facilitator record (facilitatorId)")
    ResponseEntity<TrainingViews.Training> addParticipant(
            @PathVariable UUID id, @RequestBody Participants.ParticipantInput input, Locale locale) {
        return ResponseEntity.status(201).body(participants.add(id, input, locale.getLanguage()));
    }

    @PutMapping("/api/v1/trainings/{id}/results")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(
            summary = "Record attendance and assessment of a held training's participants, all or none:"
                    + " {results:[{participantId, attended, daysAttended, score}]}")
    TrainingViews.Training results(@PathVariable UUID id, @RequestBody Participants.ResultsInput input, Locale locale) {
        return participants.recordResults(id, input, locale.getLanguage());
    }

    @GetMapping("/api/v1/competencies")
    @Operation(summary = "Every competency (inactive ones too), named in your language")
    List<Competencies.Competency> competencies(Locale locale) {
        return competencies.all(locale.getLanguage());
    }

    @PostMapping("/api/v1/competencies")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(summary = "Add a competency: code (capitals, digits, _), nameEn, nameFr, nameSw")
    ResponseEntity<Competencies.Competency> addCompetency(
            @RequestBody Competencies.CompetencyInput input, Locale locale) {
        return ResponseEntity.status(201).body(competencies.create(input, locale.getLanguage()));
    }

    @PutMapping("/api/v1/competencies/{id}")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(summary = "Rename a competency or switch it off (active false) or on; its code stays")
    Competencies.Competency updateCompetency(
            @PathVariable UUID id, @RequestBody Competencies.CompetencyInput input, Locale locale) {
        return competencies.update(id, input, locale.getLanguage());
    }
}
