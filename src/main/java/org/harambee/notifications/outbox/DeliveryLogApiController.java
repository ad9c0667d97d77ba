package org.harambee.notifications.outbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.harambee.system.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log of e-mails and SMS, for administrators. */
@RestController
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
@Tag(name = "Notifications", description = "Messages by e-mail and SMS: preferences and the delivery log")
class DeliveryLogApiController {

    private final DeliveryLog log;

    DeliveryLogApiController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/notifications")
    @Operation(
            summary = "The delivery log, newest first: status (QUEUED, SENDING, SENT, FAILED), channel, attempts, last"
                    + " error, times; recipients masked; no message text. 400 for an unknown status")
    ResultPage<DeliveryEntry> page(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return log.page(DeliveryLogController.status(status), page, size);
    }

    @PostMapping("/api/v1/notifications/{id}/retry")
    @Operation(summary = "Send a FAILED message again (audited); 409 when it is not failed or carried a one-time link")
    DeliveryEntry retry(@PathVariable UUID id) {
        return log.retry(id);
    }
}
