package org.harambee.communities.profile;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The community resource of the API asked for as {@code Accept: application/pdf}: its printable profile. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class CommunityProfileApiController {

    private final CommunityProfileController profiles;

    CommunityProfileApiController(CommunityProfileController profiles) {
        this.profiles = profiles;
    }

    @GetMapping(value = "/api/v1/communities/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> getProfile(@PathVariable UUID id, Locale locale) {
        return profiles.profile(id, locale);
    }
}
