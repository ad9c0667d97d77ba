package org.harambee.referrals.servicepoints;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.geography.UnitView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.system.Forms;
import org.harambee.system.Inputs;
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

/**
 * The pathway page of an area (routes, the service point per category here and in each unit below, the form to set a
 * route) and its poster for notice boards, printed in the language asked for with {@code ?lang=}.
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class PathwayController {

    static final String SHOW = "pathways/show";
    static final String POSTER = "pathways/poster";

    private final PathwayReading reading;
    private final PathwaySetting setting;
    private final EmergencyNumberSetting emergencyNumbers;
    private final ServicePointReading servicePoints;
    private final Scopes scopes;
    private final Forms forms;

    PathwayController(
            PathwayReading reading,
            PathwaySetting setting,
            EmergencyNumberSetting emergencyNumbers,
            ServicePointReading servicePoints,
            Scopes scopes,
            Forms forms) {
        this.reading = reading;
        this.setting = setting;
        this.emergencyNumbers = emergencyNumbers;
        this.servicePoints = servicePoints;
        this.scopes = scopes;
        this.forms = forms;
    }

    /** With {@code ?remove=<route id>}, the page asks to confirm the removal of that route (no script needed). */
    @GetMapping("/pathways/{pcode}")
    String showPathway(
            @PathVariable String pcode, @RequestParam(required = false) String remove, Locale locale, Model model) {
        String view = page(pcode, new PathwayViews.RouteInput(null, pcode, null), Map.of(), locale, model);
        UUID removing = Inputs.uuid(remove);
        if (removing != null && ((List<?>) model.getAttribute("managedRoutes")).contains(removing)) {
            ((PathwayViews.Pathway) model.getAttribute("pathway"))
                    .routes().stream()
                            .filter(r -> r.id().equals(removing))
                            .findFirst()
                            .ifPresent(r -> model.addAttribute("removing", r));
        }
        return view;
    }

    @PostMapping("/pathways/{pcode}/routes")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String processRoute(
            @PathVariable String pcode,
            @Valid @ModelAttribute("form") RouteForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PathwayViews.RouteInput input = form.input();
        return forms.submit(
                binding,
                () -> {
                    setting.set(input, locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/pathways/" + pcode;
                },
                errors -> page(pcode, input, errors, locale, model));
    }

    @PostMapping("/pathways/{pcode}/emergency-numbers")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String processEmergencyNumbers(
            @PathVariable String pcode,
            @Valid @ModelAttribute("numbersForm") NumbersForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        EmergencyNumberSetting.NumbersInput input = form.input();
        return forms.submit(
                binding,
                () -> {
                    emergencyNumbers.set(pcode, input, locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/pathways/" + pcode;
                },
                errors -> {
                    model.addAttribute("numbersForm", input);
                    model.addAttribute("numberErrors", errors);
                    return page(pcode, new PathwayViews.RouteInput(null, pcode, null), Map.of(), locale, model);
                });
    }

    @PostMapping("/pathways/{pcode}/routes/{id}/remove")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String processRemove(
            @PathVariable String pcode,
            @PathVariable UUID id,
            @RequestParam(required = false) String confirm,
            RedirectAttributes redirect) {
        if (!"true".equals(confirm)) {
            return "redirect:/pathways/" + pcode + "?remove=" + id + "#confirm-remove";
        }
        setting.remove(id);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/pathways/" + pcode;
    }

    @GetMapping("/pathways/{pcode}/poster")
    String showPoster(@PathVariable String pcode, Locale locale, Model model) {
        UnitView unit = reading.unit(pcode, locale.getLanguage());
        model.addAttribute("unit", unit);
        model.addAttribute("entries", reading.poster(unit, locale.getLanguage()));
        return POSTER;
    }

    private String page(
            String pcode, PathwayViews.RouteInput form, Map<String, String> errors, Locale locale, Model model) {
        PathwayViews.Pathway pathway = reading.pathway(pcode, locale.getLanguage());
        UnitView unit = reading.unit(pcode, locale.getLanguage());
        boolean canManage = scopes.permits(Permission.MANAGE_SERVICES, unit.path());
        model.addAttribute("pathway", pathway);
        model.addAttribute("canManage", canManage);
        model.addAttribute(
                "managedRoutes",
                pathway.routes().stream()
                        .filter(r -> r.unit() != null && managesUnit(r.unit().pcode(), locale))
                        .map(PathwayViews.Route::id)
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        EmergencyNumberSetting.Numbers numbers = emergencyNumbers.read(pcode, locale.getLanguage());
        model.addAttribute("numbers", numbers);
        if (!model.containsAttribute("numbersForm")) {
            model.addAttribute(
                    "numbersForm", new EmergencyNumberSetting.NumbersInput(numbers.emergency(), numbers.helpline()));
            model.addAttribute("numberErrors", Map.of());
        }
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute(
                "choices",
                canManage
                        ? servicePoints
                                .list(pcode, null, true, null, 0, 200, locale.getLanguage())
                                .items()
                        : List.of());
        return SHOW;
    }

    private boolean managesUnit(String pcode, Locale locale) {
        return scopes.permits(
                Permission.MANAGE_SERVICES,
                reading.unit(pcode, locale.getLanguage()).path());
    }
}
