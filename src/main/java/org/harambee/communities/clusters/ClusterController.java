package org.harambee.communities.clusters;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.internal.Areas;
import org.harambee.partners.Partners;
import org.harambee.system.Forms;
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

/** Cluster pages: the list, a cluster with its members' phases, and the form with members to tick. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class ClusterController {

    static final String LIST = "clusters/list";
    static final String SHOW = "clusters/show";
    static final String FORM = "clusters/form";

    private final ClusterReading reading;
    private final ClusterForming forming;
    private final Communities communities;
    private final Partners partners;
    private final Scopes scopes;
    private final Areas areas;
    private final Forms forms;

    ClusterController(
            ClusterReading reading,
            ClusterForming forming,
            Communities communities,
            Partners partners,
            Scopes scopes,
            Areas areas,
            Forms forms) {
        this.reading = reading;
        this.forming = forming;
        this.communities = communities;
        this.partners = partners;
        this.scopes = scopes;
        this.areas = areas;
        this.forms = forms;
    }

    @GetMapping("/clusters")
    String showClusters(
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        forms.attempt(
                () -> model.addAttribute("clusters", reading.list(unit, Math.max(page, 0), 50, locale.getLanguage())),
                errors -> model.addAttribute("errors", errors));
        model.addAttribute("unit", unit);
        model.addAttribute("page", Math.max(page, 0));
        return LIST;
    }

    @GetMapping("/clusters/{id}")
    String showCluster(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("cluster", reading.get(id, locale.getLanguage()));
        model.addAttribute(
                "canManage",
                scopes.permits(Permission.MANAGE_COMMUNITIES, reading.row(id).unitPath()));
        return SHOW;
    }

    @GetMapping("/clusters/new")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showNewForm(@RequestParam(required = false) String area, Model model) {
        return form(new ClusterForm(null, null, List.of(), null, area), null, Map.of(), model);
    }

    @PostMapping("/clusters")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processNewForm(
            @Valid @ModelAttribute("form") ClusterForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    UUID id = forming.create(form.input(), locale.getLanguage()).id();
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/clusters/" + id;
                },
                ClusterController::field,
                errors -> form(form, null, errors, model));
    }

    @GetMapping("/clusters/{id}/edit")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showEditForm(@PathVariable UUID id, Locale locale, Model model) {
        ClusterViews.Cluster cluster = reading.get(id, locale.getLanguage());
        var form = new ClusterForm(
                cluster.name(),
                cluster.leadPartner() == null ? null : cluster.leadPartner().id(),
                cluster.members().stream().map(ClusterViews.Member::id).toList(),
                cluster.unitChosen() ? cluster.unit().pcode() : null,
                null);
        return form(form, id, Map.of(), model);
    }

    @PostMapping("/clusters/{id}")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processEditForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ClusterForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    forming.update(id, form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/clusters/" + id;
                },
                ClusterController::field,
                errors -> form(form, id, errors, model));
    }

    /** The form, with the communities the user may group (inside the form's {@code area}, a P-code, when given). */
    private String form(ClusterForm form, UUID id, Map<String, String> errors, Model model) {
        var scope = scopes.of(Permission.MANAGE_COMMUNITIES);
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("area", form.area());
        model.addAttribute("errors", errors);
        model.addAttribute("partners", partners.activeOrganisations());
        model.addAttribute("candidates", communities.within(scope, areas.path("area", form.area(), scope)));
        return FORM;
    }

    /** A member's problem is shown above the list of members. */
    private static String field(String field) {
        return field.startsWith("memberIds") ? "memberIds" : field;
    }
}
