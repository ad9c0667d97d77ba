package org.harambee.communities.spread;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Peer-spread links over REST. */
@RestController
@RequestMapping("/api/v1/spread-links")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Peer spread", description = "Who passed the community-led approach on to whom")
class SpreadApiController {

    private final Spreading spreading;

    SpreadApiController(Spreading spreading) {
        this.spreading = spreading;
    }

    @GetMapping
    @Operation(
            summary = "The spread network of an area (unit, a P-code, e.g. a district; your whole area without it): the"
                    + " links with an end inside it, oldest first, and their communities (named when inside your"
                    + " area)")
    Spreading.Network network(@RequestParam(required = false) String unit, Locale locale) {
        return spreading.network(unit, locale.getLanguage());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(
            summary = "Record that sourceId passed the approach on to targetId: kind TOLD, VISITED, HOSTED_EXCHANGE or"
                    + " REQUESTED_TO_START (the target asked to start: it joins the backlog if it has not started),"
                    + " occurredOn, note")
    ResponseEntity<Spreading.LinkView> record(@RequestBody Spreading.SpreadInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(spreading.record(input));
    }
}
