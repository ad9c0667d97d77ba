package org.harambee.communities.clusters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
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

/** Clusters of communities over REST. */
@RestController
@RequestMapping("/api/v1/clusters")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Clusters", description = "Groups of neighbouring communities with a lead organisation")
class ClusterApiController {

    private final ClusterReading reading;
    private final ClusterForming forming;

    ClusterApiController(ClusterReading reading, ClusterForming forming) {
        this.reading = reading;
        this.forming = forming;
    }

    @GetMapping
    @Operation(summary = "Clusters placed inside your area, by name; unit (a P-code) limits to its subtree")
    ResultPage<ClusterViews.Summary> list(
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return reading.list(unit, Math.max(page, 0), Math.min(Math.max(size, 1), 500), locale.getLanguage());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(
            summary = "Form a cluster: name, leadPartnerId, memberIds (communities in no other cluster) and optionally"
                    + " unit, a P-code holding every member; without it the cluster sits where its members meet")
    ResponseEntity<ClusterViews.Cluster> create(@RequestBody ClusterForming.ClusterInput input, Locale locale) {
        ClusterViews.Cluster cluster = forming.create(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/clusters/" + cluster.id()))
                .body(cluster);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One cluster with its members and their current phases")
    ClusterViews.Cluster show(@PathVariable UUID id, Locale locale) {
        return reading.get(id, locale.getLanguage());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(summary = "Change a cluster's name, lead organisation, members or unit")
    ClusterViews.Cluster update(@PathVariable UUID id, @RequestBody ClusterForming.ClusterInput input, Locale locale) {
        return forming.update(id, input, locale.getLanguage());
    }
}
