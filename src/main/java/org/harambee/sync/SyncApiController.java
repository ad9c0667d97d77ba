package org.harambee.sync;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
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

    SyncApiController(SyncProcessing processing, DownSync downSync) {
        this.processing = processing;
        this.downSync = downSync;
    }

    @PostMapping
    @Operation(
            summary = "Send up to 500 changes made offline (MEETING, PHASE, SPREAD, REFERRAL), each with the clientId"
                    + " the phone gave it: one result per change, each applied in its own transaction with the"
                    + " module's own checks. created, already_had (the clientId came before; nothing new),"
                    + " rejected (field reasons) or conflict (a PHASE whose baseVersion is no longer the"
                    + " community's: both sides, nothing written). Replaying a batch creates nothing twice.")
    SyncProtocol.Answer sync(@RequestBody SyncProtocol.Batch batch, Locale locale) {
        return processing.process(batch, locale);
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
