package org.harambee.communities.registration;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.communities.Clusters;
import org.harambee.communities.Communities;
import org.harambee.communities.Origin;
import org.harambee.communities.Phase;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.communities.internal.CommunityListings;
import org.harambee.communities.internal.CommunityPageData;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.internal.CommunityViews;
import org.harambee.communities.internal.Timeline;
import org.harambee.partners.Partners;
import org.harambee.system.ExportFormat;
import org.harambee.system.Forms;
import org.harambee.system.ReplicaReads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Community pages: the list with its filters, a community's page with its timeline, and the form. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class CommunityController {

    static final String LIST = "communities/list";
    static final String SHOW = "communities/show";
    static final String FORM = "communities/form";
    static final int PAGE_SIZE = 50;
    private static final Pattern FACILITATOR = Pattern.compile("facilitators\\[(\\d+)](.*)");

    private final CommunityDirectory directory;
    private final CommunityRegistration registration;
    private final Communities communities;
    private final Timeline timeline;
    private final CommunityPageData pageData;
    private final Partners partners;
    private final Forms forms;
    private final ReplicaReads replica;
    private final Clusters clusters;
    private final CommunityExport export;

    CommunityController(
            CommunityDirectory directory,
            CommunityRegistration registration,
            Communities communities,
            Timeline timeline,
            CommunityPageData pageData,
            Partners partners,
            Forms forms,
            ReplicaReads replica,
            Clusters clusters,
            CommunityExport export) {
        this.clusters = clusters;
        this.export = export;
        this.directory = directory;
        this.registration = registration;
        this.communities = communities;
        this.timeline = timeline;
        this.pageData = pageData;
        this.partners = partners;
        this.forms = forms;
        this.replica = replica;
    }

    @GetMapping("/communities")
    String showCommunities(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) UUID partner,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID cluster,
            @RequestParam(required = false) UUID facilitator,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        forms.attempt(
                () -> {
                    model.addAttribute(
                            "communities",
                            // may come from the read replica (decision 0030): the layout then says how far behind
                            replica.read(() -> directory.list(
                                    directory.filter(unit, phase, partner, q, cluster, facilitator, sort),
                                    Math.max(page, 0),
                                    PAGE_SIZE,
                                    locale.getLanguage())));
                },
                errors -> model.addAttribute("errors", errors));
        model.addAttribute("unit", unit);
        model.addAttribute("phase", phase);
        model.addAttribute("partner", partner);
        model.addAttribute("q", q);
        model.addAttribute("cluster", cluster);
        model.addAttribute("facilitator", facilitator);
        model.addAttribute("sort", sort);
        model.addAttribute(
                "sorts", CommunityListings.SORTS.keySet().stream().sorted().toList());
        model.addAttribute("clusters", clusters.within(directory.scope(), null));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("partners", pageData.supportingPartners());
        return LIST;
    }

    /** The list as a file (CSV or XLSX): the same filters and sort, every row, streamed, on the list's route. */
    @GetMapping(value = "/communities", params = "format")
    void exportCommunities(
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
        replica.read(() -> {
            export.write(unit, phase, partner, q, cluster, facilitator, sort, kind, response);
            return null;
        });
    }

    @GetMapping("/communities/{id}")
    String showCommunity(@PathVariable UUID id, Locale locale, Model model) {
        CommunityRecords.Row row = directory.row(id);
        model.addAttribute("community", directory.view(row, locale.getLanguage()));
        model.addAttribute("canManage", directory.manages(row.unitPath()));
        model.addAttribute("timeline", timeline.of(id, directory.scope()));
        pageData.names(model, locale.getLanguage());
        return SHOW;
    }

    @GetMapping("/communities/new")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showNewForm(@RequestParam(required = false) String unit, Model model) {
        return form(CommunityForm.empty(unit), null, Map.of(), model);
    }

    @PostMapping("/communities")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processNewForm(
            @Valid @ModelAttribute("form") CommunityForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        form.checkNumbers(binding);
        return forms.submit(
                binding,
                () -> {
                    CommunityViews.Community created = registration.create(form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communities/" + created.id();
                },
                fields(form),
                refused -> form(form, null, refused, model));
    }

    @GetMapping("/communities/{id}/edit")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showEditForm(@PathVariable UUID id, Locale locale, Model model) {
        return form(CommunityForm.of(directory.get(id, locale.getLanguage())), id, Map.of(), model);
    }

    @PostMapping("/communities/{id}")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processEditForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CommunityForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        form.checkNumbers(binding);
        return forms.submit(
                binding,
                () -> {
                    registration.update(id, form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communities/" + id;
                },
                fields(form),
                refused -> form(form, id, refused, model));
    }

    private String form(CommunityForm form, UUID id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("origins", Origin.values());
        model.addAttribute("partners", partners.activeOrganisations());
        model.addAttribute(
                "neighbours",
                communities.within(directory.scope(), null).stream()
                        .filter(c -> !c.id().equals(id))
                        .toList());
        return FORM;
    }

    /** A facilitator's problem goes beside the form row it came from. */
    private static UnaryOperator<String> fields(CommunityForm form) {
        return field -> {
            Matcher m = FACILITATOR.matcher(field);
            return m.matches()
                    ? "facilitators[" + form.rowIndex(Integer.parseInt(m.group(1))) + "]" + m.group(2)
                    : field;
        };
    }
}
