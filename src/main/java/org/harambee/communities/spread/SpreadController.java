package org.harambee.communities.spread;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.SpreadKind;
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

/** The spread network of an area as a tree of who inspired whom, and the form to record a link from a community. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class SpreadController {

    static final String NETWORK = "spread/network";
    static final String FORM = "spread/form";

    private final Spreading spreading;
    private final Communities communities;
    private final Scopes scopes;
    private final Forms forms;

    SpreadController(Spreading spreading, Communities communities, Scopes scopes, Forms forms) {
        this.spreading = spreading;
        this.communities = communities;
        this.scopes = scopes;
        this.forms = forms;
    }

    @GetMapping("/communities/network")
    String showNetwork(@RequestParam(required = false) String unit, Locale locale, Model model) {
        forms.attempt(
                () -> {
                    Spreading.Network network = spreading.network(unit, locale.getLanguage());
                    model.addAttribute("network", network);
                    model.addAttribute("rows", spreading.tree(network));
                },
                errors -> model.addAttribute("errors", errors));
        model.addAttribute("unit", unit);
        return NETWORK;
    }

    @GetMapping("/communities/{id}/spread/new")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showSpreadForm(@PathVariable UUID id, Model model) {
        return form(id, new SpreadForm("OUT", null, SpreadKind.TOLD.name(), LocalDate.now(), null), Map.of(), model);
    }

    @PostMapping("/communities/{id}/spread")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processSpreadForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") SpreadForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        boolean out = form.out();
        return forms.submit(
                binding,
                () -> {
                    spreading.record(form.input(id));
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communities/" + id;
                },
                field -> switch (field) {
                    case "sourceId" -> out ? "self" : "otherId";
                    case "targetId" -> out ? "otherId" : "self";
                    default -> field;
                },
                errors -> form(id, form, errors, model));
    }

    private String form(UUID id, SpreadForm form, Map<String, String> errors, Model model) {
        CommunityRef community = communities.get(id);
        scopes.require(Permission.MANAGE_COMMUNITIES, community.unitPath());
        model.addAttribute("community", community);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", SpreadKind.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute(
                "others",
                communities.within(scopes.of(Permission.VIEW_PROGRAMME), null).stream()
                        .filter(c -> !c.id().equals(id))
                        .toList());
        return FORM;
    }
}
