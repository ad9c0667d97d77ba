package org.harambee.communities.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.communities.internal.CommunityViews;
import org.harambee.communities.internal.Timeline;
import org.harambee.system.ExportFormat;
import org.harambee.system.ReplicaReads;
import org.harambee.system.ResultPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Communities over REST: read within your area (VIEW_PROGRAMME), written within it (MANAGE_COMMUNITIES). */
@RestController
@RequestMapping("/api/v1/communities")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Communities", description = "Communities, their process phases, timeline and the backlog of requests")
class CommunityApiController {

    private final CommunityDirectory directory;
    private final CommunityRegistration registration;
    private final Timeline timeline;
    private final ReplicaReads replica;
    private final CommunityExport export;

    CommunityApiController(
            CommunityDirectory directory,
            CommunityRegistration registration,
            Timeline timeline,
            ReplicaReads replica,
            CommunityExport export) {
        this.export = export;
        this.directory = directory;
        this.registration = registration;
        this.timeline = timeline;
        this.replica = replica;
    }

    @GetMapping
    @Operation(
            summary = "Communities inside your area, by name: unit (a P-code) limits to its subtree, phase to a current"
                    + " phase (NONE: not started), partner to a supporting organisation's id, q to names starting"
                    + " with it, cluster to a cluster's members, facilitator to the communities a person of the"
                    + " facilitators' register is assigned to today; sort name (default), phase, since or updated")
    ResultPage<CommunityViews.Summary> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) UUID partner,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID cluster,
            @RequestParam(required = false) UUID facilitator,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        // may come from the read replica (decision 0030); header Harambee-Replica-Lag then says how far behind it is
        return replica.read(() -> directory.list(
                directory.filter(unit, phase, partner, q, cluster, facilitator, sort),
                Math.max(page, 0),
                Math.min(Math.max(size, 1), 500),
                locale.getLanguage()));
    }

    @GetMapping(params = "format")
    @Operation(
            summary = "The same list as a file, format csv or xlsx, every row (streamed): name, P-code, place, phase,"
                    + " partner, cluster, facilitators today and the last meeting's day. Audited.")
    void export(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) UUID partner,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID cluster,
            @RequestParam(required = false) UUID facilitator,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat kind = ExportFormat.parse(format);
        // on the same route as the list: the read replica when it may (decision 0030), one snapshot for the file
        replica.read(() -> {
            export.write(unit, phase, partner, q, cluster, facilitator, sort, kind, response);
            return null;
        });
    }

    @PostMapping
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(
            summary = "Register a community at a unit of the lowest level (a P-code); origin AGENCY_INITIATED,"
                    + " NEIGHBOUR_REQUEST (with sourceCommunityId) or SELF_INITIATED; a community that asked to start"
                    + " joins the backlog")
    ResponseEntity<CommunityViews.Community> create(
            @RequestBody CommunityRegistration.CommunityInput input, Locale locale) {
        CommunityViews.Community created = registration.create(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/communities/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One community with its unit, facilitators, partner, origin, current phase and cluster")
    CommunityViews.Community show(@PathVariable UUID id, Locale locale) {
        return directory.get(id, locale.getLanguage());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(summary = "Correct a community's details (its phases are recorded apart, never changed)")
    CommunityViews.Community update(
            @PathVariable UUID id, @RequestBody CommunityRegistration.CommunityInput input, Locale locale) {
        return registration.update(id, input, locale.getLanguage());
    }

    @GetMapping("/{id}/timeline")
    @Operation(
            summary = "The community's phases, meetings, spread links, harm selections and action plans in date"
                    + " order")
    List<Timeline.Entry> timeline(@PathVariable UUID id) {
        directory.row(id);
        return timeline.of(id, directory.scope());
    }
}
