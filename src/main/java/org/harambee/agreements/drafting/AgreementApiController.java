package org.harambee.agreements.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.harambee.agreements.documents.AgreementDocuments;
import org.harambee.agreements.documents.DocumentRecords;
import org.harambee.agreements.internal.AgreementInputs;
import org.harambee.agreements.internal.AgreementViews;
import org.harambee.agreements.lifecycle.AgreementTransitions;
import org.harambee.agreements.lifecycle.Reminders;
import org.harambee.agreements.parts.AgreementParts;
import org.harambee.system.ExportFormat;
import org.harambee.system.ResultPage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Agreements over REST: reads need {@code VIEW_PROGRAMME}, changes {@code MANAGE_AGREEMENTS} where they sit. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Agreements", description = "Agreements of communities and clusters with the wider system")
class AgreementApiController {

    private static final String MANAGE = "hasAuthority('MANAGE_AGREEMENTS')";

    private final AgreementReading reading;
    private final AgreementDrafting drafting;
    private final AgreementTransitions transitions;
    private final AgreementParts parts;
    private final AgreementDocuments documents;
    private final Reminders reminders;
    private final AgreementExport export;

    AgreementApiController(
            AgreementReading reading,
            AgreementDrafting drafting,
            AgreementTransitions transitions,
            AgreementParts parts,
            AgreementDocuments documents,
            Reminders reminders,
            AgreementExport export) {
        this.export = export;
        this.reading = reading;
        this.drafting = drafting;
        this.transitions = transitions;
        this.parts = parts;
        this.documents = documents;
        this.reminders = reminders;
    }

    @GetMapping("/api/v1/agreements")
    @Operation(
            summary = "Agreements placed inside your area, by title; unit (a P-code), status (as of today) and party"
                    + " (the id of a community, cluster, organisation or service point) filter; sort is title, review"
                    + " or updated")
    ResultPage<AgreementViews.Summary> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID party,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return reading.list(
                reading.filter(unit, status, party, sort),
                Math.max(page, 0),
                Math.min(Math.max(size, 1), 500),
                locale.getLanguage());
    }

    @GetMapping(value = "/api/v1/agreements", params = "format")
    @Operation(
            summary = "The same list as a file, format csv or xlsx, every row (streamed): title, formality, status,"
                    + " place, dates and parties. Audited.")
    void export(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID party,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        export.write(unit, status, party, sort, ExportFormat.parse(format), response);
    }

    @PostMapping("/api/v1/agreements")
    @PreAuthorize(MANAGE)
    @Operation(
            summary = "Draft an agreement: title, purpose, formality, optional dates and unit, and its parties"
                    + " (kind COMMUNITY, CLUSTER, PARTNER or SERVICE_POINT with refId; OFFICE with name and level)")
    ResponseEntity<AgreementViews.Agreement> create(@RequestBody AgreementInputs.AgreementInput input, Locale locale) {
        UUID id = drafting.create(input);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + id))
                .body(reading.get(id, locale.getLanguage()));
    }

    @GetMapping("/api/v1/agreements/{id}")
    @Operation(summary = "One agreement with its parties, signatories, steps, commitments, reviews and documents")
    AgreementViews.Agreement show(@PathVariable UUID id, Locale locale) {
        return reading.get(id, locale.getLanguage());
    }

    @PutMapping("/api/v1/agreements/{id}")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Change an agreement's facts; start and review dates change only while it is a draft")
    AgreementViews.Agreement update(
            @PathVariable UUID id, @RequestBody AgreementInputs.AgreementInput input, Locale locale) {
        drafting.update(id, input);
        return reading.get(id, locale.getLanguage());
    }

    @PostMapping("/api/v1/agreements/{id}/transitions")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Bring a draft into force (status IN_FORCE, date, reviewDate) or end it (status ENDED, date)")
    AgreementViews.Agreement transition(
            @PathVariable UUID id, @RequestBody AgreementInputs.TransitionInput input, Locale locale) {
        transitions.change(id, input);
        return reading.get(id, locale.getLanguage());
    }

    @PostMapping("/api/v1/agreements/{id}/parties")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Add a party to a draft")
    AgreementViews.Agreement addParty(
            @PathVariable UUID id, @RequestBody AgreementInputs.PartyInput input, Locale locale) {
        drafting.addParty(id, input);
        return reading.get(id, locale.getLanguage());
    }

    @DeleteMapping("/api/v1/agreement-parties/{id}")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Remove a party from a draft (not one a signatory or commitment names)")
    AgreementViews.Agreement removeParty(@PathVariable UUID id, Locale locale) {
        return reading.get(drafting.removeParty(id), locale.getLanguage());
    }

    @PostMapping("/api/v1/agreements/{id}/signatories")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Record who signed for a party: partyId, name, title, signedOn")
    AgreementViews.Agreement addSignatory(
            @PathVariable UUID id, @RequestBody AgreementInputs.SignatoryInput input, Locale locale) {
        parts.addSignatory(id, input);
        return reading.get(id, locale.getLanguage());
    }

    @PostMapping("/api/v1/agreements/{id}/steps")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Record a brokering step: occurredOn, kind, note, who")
    AgreementViews.Agreement addStep(
            @PathVariable UUID id, @RequestBody AgreementInputs.StepInput input, Locale locale) {
        parts.addStep(id, input);
        return reading.get(id, locale.getLanguage());
    }

    @PostMapping("/api/v1/agreements/{id}/commitments")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Add a commitment: description, ownerPartyId (one of the agreement's parties), dueOn")
    AgreementViews.Agreement addCommitment(
            @PathVariable UUID id, @RequestBody AgreementInputs.CommitmentInput input, Locale locale) {
        parts.addCommitment(id, input);
        return reading.get(id, locale.getLanguage());
    }

    @PutMapping("/api/v1/agreement-commitments/{id}")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Change a commitment: description, owner, due date, status (OPEN, DONE, DROPPED)")
    AgreementViews.Agreement updateCommitment(
            @PathVariable UUID id, @RequestBody AgreementInputs.CommitmentInput input, Locale locale) {
        return reading.get(parts.updateCommitment(id, input), locale.getLanguage());
    }

    @PostMapping("/api/v1/agreements/{id}/reviews")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Record a review (reviewedOn, outcome, nextReviewOn); a lapsed agreement is in force again")
    AgreementViews.Agreement review(
            @PathVariable UUID id, @RequestBody AgreementInputs.ReviewInput input, Locale locale) {
        transitions.review(id, input);
        return reading.get(id, locale.getLanguage());
    }

    @PostMapping(value = "/api/v1/agreements/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MANAGE)
    @Operation(summary = "Attach a document (field file): a PDF, PNG or JPEG of at most 5 MB, checked by content")
    ResponseEntity<AgreementViews.Agreement> attach(
            @PathVariable UUID id, @RequestParam(value = "file", required = false) MultipartFile file, Locale locale)
            throws IOException {
        long size = file == null ? 0 : file.getSize();
        byte[] bytes = size > 0 && size <= AgreementDocuments.MAX_BYTES ? file.getBytes() : null;
        UUID document = documents.attach(id, file == null ? null : file.getOriginalFilename(), size, bytes);
        return ResponseEntity.created(URI.create("/api/v1/agreement-documents/" + document))
                .body(reading.get(id, locale.getLanguage()));
    }

    @GetMapping("/api/v1/agreement-documents/{id}")
    @Operation(summary = "Download an attached document (audited)")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        return file(documents.download(id));
    }

    @GetMapping("/api/v1/agreements/reminders")
    @Operation(summary = "Reviews and open commitments due within days (default 30) or overdue, in your area")
    AgreementViews.Reminders reminders(@RequestParam(defaultValue = "30") int days) {
        return reminders.due(days);
    }

    /** The document as an attachment of the type found in its content, never shown inline. */
    static ResponseEntity<byte[]> file(DocumentRecords.Content content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.document().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.document().filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }
}
