package org.harambee.communities.profile;

import java.util.Locale;
import java.util.UUID;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.communities.internal.CommunityPageData;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.internal.CommunityViews;
import org.harambee.communities.internal.Timeline;
import org.harambee.communities.plans.PlanSheets;
import org.harambee.system.DeploymentZone;
import org.harambee.system.PdfDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A community's printable profile for the meeting wall: its place and phase, its phase history, the harms it selected
 * and its current action plan (decision 0035). Same access as the community's page; no facilitator and no child is
 * named.
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class CommunityProfileController {

    static final String PROFILE = "documents/community-profile";

    private final CommunityDirectory directory;
    private final Timeline timeline;
    private final CommunityPageData pageData;
    private final PlanSheets plans;
    private final PdfDocuments documents;
    private final DeploymentZone zone;

    CommunityProfileController(
            CommunityDirectory directory,
            Timeline timeline,
            CommunityPageData pageData,
            PlanSheets plans,
            PdfDocuments documents,
            DeploymentZone zone) {
        this.directory = directory;
        this.timeline = timeline;
        this.pageData = pageData;
        this.plans = plans;
        this.documents = documents;
        this.zone = zone;
    }

    @GetMapping("/communities/{id}/profile.pdf")
    ResponseEntity<byte[]> showProfile(@PathVariable UUID id, Locale locale) {
        return profile(id, locale);
    }

    /** The profile as a download; {@link CommunityProfileApiController} gives the same in the API. */
    ResponseEntity<byte[]> profile(UUID id, Locale locale) {
        String language = locale.getLanguage();
        CommunityRecords.Row row = directory.row(id);
        ExtendedModelMap model = new ExtendedModelMap();
        CommunityViews.Community community = directory.view(row, language);
        model.addAttribute("community", community);
        var entries = timeline.of(id, directory.scope());
        model.addAttribute(
                "phases",
                entries.stream().filter(e -> e.kind() == Timeline.Kind.PHASE).toList());
        model.addAttribute(
                "harmSelections",
                entries.stream().filter(e -> e.kind() == Timeline.Kind.HARM).toList());
        model.addAttribute("plan", plans.current(id, zone.today(), language).orElse(null));
        pageData.names(model, language);
        return documents.response(PROFILE, model, locale, "community-" + community.name());
    }
}
