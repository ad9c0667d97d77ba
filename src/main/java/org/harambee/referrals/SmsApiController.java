package org.harambee.referrals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SMS intake from RapidPro (by shared secret) and, for administrators, its dead letters. */
@RestController
@Tag(name = "SMS intake", description = "RapidPro flow webhooks and the dead letters of payloads not taken in")
class SmsApiController {

    static final String SECRET_HEADER = "X-Harambee-Secret";

    private final SmsIntake intake;
    private final DeadLetterReplay deadLetters;

    SmsApiController(SmsIntake intake, DeadLetterReplay deadLetters) {
        this.intake = intake;
        this.deadLetters = deadLetters;
    }

    @PostMapping("/api/v1/sms/rapidpro")
    @Operation(
            summary = "A RapidPro flow webhook (the Call Webhook action's default body) with the shared secret in the"
                    + " X-Harambee-Secret header: 201 with the draft concern made for the community's facilitator, 202"
                    + " when the payload was kept as a dead letter, 409 when its run or message id was taken in before")
    ResponseEntity<SmsIntake.Result> rapidPro(
            @RequestHeader(name = SECRET_HEADER, required = false) String secret, @RequestBody byte[] body) {
        SmsIntake.Result result = intake.receive(secret, body);
        return ResponseEntity.status(result.referralId() != null ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
                .body(result);
    }

    @GetMapping("/api/v1/sms/dead-letters")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "SMS payloads that could not be taken in (never their content), newest first")
    DeadLetterReplay.Page list(
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return deadLetters.list(open, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    @PostMapping("/api/v1/sms/dead-letters/{id}/replay")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(
            summary = "Take a dead letter in again once its cause is fixed; it stays a dead letter if it fails again")
    DeadLetterReplay.Outcome replay(@PathVariable UUID id) {
        return deadLetters.replay(id);
    }
}
