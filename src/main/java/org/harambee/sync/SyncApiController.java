package org.harambee.sync;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The offline app's sync: records made offline in, what changed for the facilitator out. */
@RestController
@RequestMapping("/api/v1/sync")
@PreAuthorize("hasAnyAuthority('MANAGE_COMMUNITIES', 'CREATE_REFERRALS')")
@Tag(name = "Sync", description = "Records made offline under client ids, and the down-sync for the offline app")
class SyncApiController {

    private final SyncProcessing processing;
    private final DownSync downSync;
    private final MessageSource messages;

    SyncApiController(SyncProcessing processing, DownSync downSync, MessageSource messages) {
        this.processing = processing;
        this.downSync = downSync;
        this.messages = messages;
    }

    @PostMapping
    @Operation(
            summary = "Send up to 500 changes made offline (MEETING, PHASE, SPREAD, REFERRAL), each with the clientId"
                    + " the phone gave it: one result per change",
            description = "The batch is taken in one transaction, each change under its own savepoint with the"
                    + " module's own checks, so that one refused change loses none of the others. Outcomes: taken,"
                    + " `created` or `already_had` (the clientId came before; nothing new); refused for good, fix"
                    + " the record before sending it again: `rejected` (field reasons) or `conflict` (a PHASE whose"
                    + " baseVersion is no longer the community's: both sides, nothing written); not taken for now,"
                    + " send it again unchanged under the same clientId: `retry` (the database could not take it at"
                    + " this moment: a serialization failure, a deadlock, a lock or statement timeout, or a failure"
                    + " nobody foresaw; the answer's `retryAfter` and its Retry-After header say how many seconds to"
                    + " wait). When the database"
                    + " cannot be reached or the server is past capacity, the whole call is answered 503 with"
                    + " Retry-After and nothing of the batch was taken. Replaying a batch creates nothing twice.")
    ResponseEntity<SyncProtocol.Answer> sync(@RequestBody SyncProtocol.Batch batch, Locale locale) {
        SyncProtocol.Answer answer = processing.process(batch, locale);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (answer.retryAfter() != null) {
            ok.header(HttpHeaders.RETRY_AFTER, Long.toString(answer.retryAfter()));
        }
        return ok.body(answer);
    }

    /** A batch the database could not take now: 503, try again after Retry-After; nothing was written. */
    @ExceptionHandler(SyncUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(SyncUnavailableException e, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("sync.retry.batch", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("retryAfter", e.retryAfter());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping("/changes")
    @Operation(
            summary = "What changed for you since cursor (without it: a full snapshot): your communities with their"
                    + " phase version, all their ids, your referrals' status and feedback, the service points"
                    + " serving your communities, the lists of the forms; and the next cursor")
    DownSync.Changes changes(@RequestParam(required = false) String cursor, Locale locale) {
        return downSync.since(cursor, locale);
    }
}
