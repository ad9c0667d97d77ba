package org.harambee.referrals.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.harambee.referrals.ChildIdentity;
import org.harambee.referrals.ConsentInput;
import org.harambee.referrals.EmergencyNumbers;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralInput;
import org.harambee.referrals.ReferralLists;
import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ReferralTransitions;
import org.harambee.referrals.ReferralView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.TransitionInput;
import org.harambee.referrals.internal.ReferralReading;
import org.harambee.referrals.internal.ResultPageWithTotal;
import org.harambee.referrals.links.LinkIssuing;
import org.harambee.referrals.lists.Notices;
import org.harambee.referrals.lists.ReferralExport;
import org.harambee.system.ExportFormat;
import org.harambee.system.ResultPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Referrals over REST: referrers draft, consent and send (CREATE_REFERRALS); service point officers answer
 * (HANDLE_REFERRALS); coordinators follow their area (MANAGE_SERVICES). The child's identifying details have their
 * own, audited resource.
 */
@RestController
@RequestMapping("/api/v1/referrals")
@PreAuthorize("hasAnyAuthority('CREATE_REFERRALS', 'HANDLE_REFERRALS', 'MANAGE_SERVICES')")
@Tag(name = "Referrals", description = "Referrals of children to service points: consent, deadlines, feedback")
class ReferralApiController {

    /**
     * A referral with what the caller may do next; on sending to an off-platform service point, its link once; for an
     * emergency referral, the area's emergency and child-helpline numbers (null for another priority).
     */
    record ReferralAnswer(
            ReferralView referral,
            ReferralReading.Abilities abilities,
            String link,
            EmergencyNumbers emergencyNumbers) {}

    private final ReferralReading reading;
    private final ReferralLists lists;
    private final ReferralDrafting drafting;
    private final ReferralTransitions transitions;
    private final LinkIssuing linkIssuing;
    private final Notices notices;
    private final TransactionTemplate writeAndAnswer;
    private final ReferralExport export;

    ReferralApiController(
            ReferralReading reading,
            ReferralLists lists,
            ReferralDrafting drafting,
            ReferralTransitions transitions,
            LinkIssuing linkIssuing,
            Notices notices,
            PlatformTransactionManager transactions,
            ReferralExport export) {
        this.export = export;
        this.writeAndAnswer = new TransactionTemplate(transactions);
        this.reading = reading;
        this.lists = lists;
        this.drafting = drafting;
        this.transitions = transitions;
        this.linkIssuing = linkIssuing;
        this.notices = notices;
    }

    @GetMapping
    @Operation(
            summary = "Referrals in a box: MINE (sent by you, with feedback), INBOX (at the service points you work, by"
                    + " deadline), AREA (from communities where you manage services); status keeps one status, open"
                    + " only those not finished, unit (a P-code inside the box's area) those from communities in"
                    + " its subtree",
            description = ResultPageWithTotal.DESCRIPTION)
    ResultPageWithTotal<ReferralView.Summary> list(
            @RequestParam(defaultValue = "MINE") ReferralLists.Box box,
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return ResultPageWithTotal.of(lists.list(
                box,
                new ReferralLists.ListFilter(status, open, category, priority, sort, unit),
                Math.max(page, 0),
                ResultPage.size(size)));
    }

    @GetMapping(params = "format")
    @Operation(
            summary = "The same list as a file, format csv or xlsx, every row (streamed): reference, category,"
                    + " priority, status, sent, deadline, overdue, escalations and service point; never the child's"
                    + " identity or any note. Audited.")
    void export(
            @RequestParam(defaultValue = "MINE") ReferralLists.Box box,
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String unit,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        export.write(
                box,
                new ReferralLists.ListFilter(status, open, category, priority, sort, unit),
                ExportFormat.parse(format),
                response);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CREATE_REFERRALS')")
    @Operation(
            summary = "Draft a referral for a community in your area: the child's minimal data, category, priority,"
                    + " reason and identifying details (sealed); routed by the pathway unless servicePointId is given")
    ResponseEntity<ReferralAnswer> create(@RequestBody ReferralInput input) {
        return writeAndAnswer.execute(status -> {
            UUID id = drafting.create(input);
            return ResponseEntity.created(URI.create("/api/v1/referrals/" + id)).body(answer(id, null));
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "A referral with its timeline and feedback (never the child's identifying details)")
    ReferralAnswer show(@PathVariable UUID id) {
        return answer(id, null);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('CREATE_REFERRALS')")
    @Operation(summary = "Correct a draft (only its sender, only before it is sent)")
    ReferralAnswer update(@PathVariable UUID id, @RequestBody ReferralInput input) {
        return writeAndAnswer.execute(status -> {
            drafting.update(id, input);
            return answer(id, null);
        });
    }

    @PostMapping("/{id}/consent")
    @PreAuthorize("hasAuthority('CREATE_REFERRALS')")
    @Operation(
            summary = "Record the caregiver's consent and the child's assent with their scope; without both, an"
                    + " overrideReason (OVERRIDE_CONSENT only; the referral is flagged)")
    ReferralAnswer consent(@PathVariable UUID id, @RequestBody ConsentInput input) {
        return writeAndAnswer.execute(status -> {
            drafting.consent(id, input);
            return answer(id, null);
        });
    }

    @PostMapping("/{id}/transitions")
    @PreAuthorize("hasAnyAuthority('CREATE_REFERRALS', 'HANDLE_REFERRALS')")
    @Operation(
            summary = "Move the referral on: SEND or WITHDRAW (its sender); ACKNOWLEDGE, ACCEPT, DECLINE (with a"
                    + " reason), PROVIDE, CLOSE (officers of its service point); note: a reason or a short message for"
                    + " the referrer. 409 when the action does not apply to the referral's status. Without consent:"
                    + " ASK_CONSENT_DECISION (its sender, the caregiver or child said no); OVERRIDE_CONSENT (a reason:"
                    + " sent, flagged) or RETURN_WITH_ADVICE (advice: a draft again) by a coordinator who may override"
                    + " consent where the community is")
    ReferralAnswer transition(@PathVariable UUID id, @RequestBody TransitionInput input) {
        return writeAndAnswer.execute(status -> {
            ReferralTransitions.Sent sent = transitions.apply(id, input);
            return answer(reading.readAfterAction(id), sent.linkToken());
        });
    }

    @GetMapping("/{id}/identity")
    @PreAuthorize("hasAnyAuthority('CREATE_REFERRALS', 'VIEW_CHILD_RECORDS')")
    @Operation(
            summary = "The child's identifying details: for the sender and the officers of the service point that"
                    + " accepted the referral; every reading is audited")
    ResponseEntity<ChildIdentity> identity(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reading.identity(id));
    }

    @PostMapping("/{id}/link")
    @PreAuthorize("hasAnyAuthority('CREATE_REFERRALS', 'MANAGE_SERVICES')")
    @Operation(
            summary = "A new one-time link for the off-platform service point where the referral waits (earlier"
                    + " links stop working); shown once")
    ReferralAnswer link(@PathVariable UUID id) {
        return answer(id, linkIssuing.renew(id));
    }

    @GetMapping("/notices")
    @Operation(
            summary =
                    "Your notices: escalations and consent decisions waiting in your area, new SMS concerns and consent"
                            + " decisions on your referrals; only the unread ones when unread=true")
    java.util.List<Notices.Notice> notices(@RequestParam(defaultValue = "false") boolean unread) {
        return notices.mine(unread, 100);
    }

    @PostMapping("/notices/read")
    @Operation(summary = "Mark all your notices read")
    java.util.Map<String, Integer> readNotices() {
        return java.util.Map.of("marked", notices.markAllRead());
    }

    /**
     * The referral as the caller now sees it. After a write, read in the write's own transaction: one commit and one
     * connection for the request, and the answer shows exactly what the write made.
     */
    private ReferralAnswer answer(UUID id, String token) {
        return answer(reading.read(id), token);
    }

    private ReferralAnswer answer(ReferralReading.Read read, String token) {
        String link = token == null
                ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/r/{token}")
                        .buildAndExpand(token)
                        .toUriString();
        return new ReferralAnswer(
                read.view(),
                read.abilities(),
                link,
                reading.emergencyNumbers(
                        read.view(), LocaleContextHolder.getLocale().getLanguage()));
    }
}
