package org.harambee.referrals.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.harambee.referrals.internal.ResultPageWithTotal;
import org.harambee.system.ResultPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    /** A concern is a few KB; RapidPro's default body with a dozen results stays under 4 KB. */
    static final int MAX_BODY = 64 * 1024;

    @PostMapping("/api/v1/sms/rapidpro")
    @Operation(
            summary = "A RapidPro flow webhook (the Call Webhook action's default body) with the shared secret in the"
                    + " X-Harambee-Secret header, checked before the body is read; at most 64 KB (413 beyond). 201"
                    + " CREATED with the draft made for the community's facilitator, 200 DUPLICATE when the same"
                    + " payload was taken in before, 422 KEPT_FOR_REVIEW when it waits in the dead letters: a flow's"
                    + " webhook splits on Success (2xx) or Failure, and can read @webhook.json.status",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
    ResponseEntity<SmsIntake.Result> rapidPro(
            @RequestHeader(name = SECRET_HEADER, required = false) String secret, HttpServletRequest request)
            throws IOException {
        intake.authenticate(secret);
        SmsIntake.Result result = intake.receive(body(request));
        HttpStatus status = switch (result.status()) {
            case CREATED -> HttpStatus.CREATED;
            case DUPLICATE -> HttpStatus.OK;
            case KEPT_FOR_REVIEW -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(result);
    }

    /** The body, read from the stream up to the cap only: a larger one is refused before it takes memory. */
    static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new SmsBodyTooLargeException(MAX_BODY);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new SmsBodyTooLargeException(MAX_BODY);
            }
            return body;
        }
    }

    @GetMapping("/api/v1/sms/dead-letters")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(
            summary = "SMS payloads that could not be taken in (never their content), newest first",
            description = ResultPageWithTotal.DESCRIPTION)
    ResultPageWithTotal<DeadLetterReplay.Letter> list(
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return ResultPageWithTotal.of(deadLetters.list(open, Math.max(page, 0), ResultPage.size(size)));
    }

    @PostMapping("/api/v1/sms/dead-letters/{id}/replay")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(
            summary = "Take a dead letter in again once its cause is fixed; it stays a dead letter if it fails again")
    DeadLetterReplay.Outcome replay(@PathVariable UUID id) {
        return deadLetters.replay(id);
    }
}
