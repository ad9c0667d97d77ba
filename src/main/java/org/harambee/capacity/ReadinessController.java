package org.harambee.capacity;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.internal.Places;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationKind;
import org.harambee.partners.Partners;
import org.harambee.system.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The readiness page of an area (each criterion with its reason, the criteria in force, the government support
 * recorded and its form), and the small panel the place pages load with htmx.
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class ReadinessController {

    static final String SHOW = "readiness/show";
    static final String PANEL = "readiness/panel :: panel";
    static final String EMPTY = "readiness/panel :: empty";

    /** Government support as entered on an area's page: the day, the government organisation from the list, what. */
    record SupportForm(@DateTimeFormat(iso = ISO.DATE) LocalDate recordedOn, UUID organisationId, String description) {

        static SupportForm today() {
            return new SupportForm(LocalDate.now(), null, null);
        }

        GovernmentSupport.SupportInput input(String pcode) {
            return new GovernmentSupport.SupportInput(
                    pcode,
                    recordedOn == null ? null : recordedOn.toString(),
                    organisationId == null ? null : organisationId.toString(),
                    description);
        }
    }

    private final Readiness readiness;
    private final ReadinessExplained explained;
    private final ReadinessCriteria criteria;
    private final GovernmentSupport support;
    private final Places places;
    private final Partners partners;
    private final Scopes scopes;
    private final Forms forms;

    ReadinessController(
            Readiness readiness,
            ReadinessExplained explained,
            ReadinessCriteria criteria,
            GovernmentSupport support,
            Places places,
            Partners partners,
            Scopes scopes,
            Forms forms) {
        this.readiness = readiness;
        this.explained = explained;
        this.criteria = criteria;
        this.support = support;
        this.places = places;
        this.partners = partners;
        this.scopes = scopes;
        this.forms = forms;
    }

    @GetMapping("/readiness/{pcode}")
    String showReadiness(@PathVariable String pcode, Locale locale, Model model) {
        UnitView area = places.get(pcode, locale.getLanguage());
        scopes.require(Permission.VIEW_PROGRAMME, area.path());
        return page(area, SupportForm.today(), Map.of(), locale, model);
    }

    /** The panel of a place page; empty for a place outside the reader's area (the page itself stays readable). */
    @GetMapping("/readiness/{pcode}/panel")
    String showPanel(@PathVariable String pcode, Locale locale, Model model) {
        UnitView area = places.get(pcode, locale.getLanguage());
        if (!scopes.permits(Permission.VIEW_PROGRAMME, area.path())) {
            return EMPTY;
        }
        model.addAttribute("readiness", explained.of(area, readiness.evaluate(area), locale));
        return PANEL;
    }

    @PostMapping("/readiness/{pcode}/government-support")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processSupportForm(
            @PathVariable String pcode,
            @Valid @ModelAttribute("form") SupportForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        UnitView area = places.get(pcode, locale.getLanguage());
        return forms.submit(
                binding,
                () -> {
                    support.record(form.input(pcode), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/readiness/" + pcode;
                },
                errors -> page(area, form, errors, locale, model));
    }

    /** One required value and on/off per criterion, as the page's criteria form sends them. */
    @PostMapping("/readiness/{pcode}/criteria")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processCriteriaForm(
            @PathVariable String pcode,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        UnitView area = places.get(pcode, locale.getLanguage());
        List<ReadinessCriteria.SettingInput> settings = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            String typed = params.getFirst("required-" + criterion.name());
            Long required;
            try {
                required = typed == null || typed.isBlank() ? null : Long.valueOf(typed.trim());
            } catch (NumberFormatException e) {
                required = -1L;
            }
            settings.add(new ReadinessCriteria.SettingInput(
                    criterion.name(), required, params.containsKey("active-" + criterion.name())));
        }
        return forms.submit(
                () -> {
                    criteria.set(pcode, new ReadinessCriteria.SettingsInput(settings), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/readiness/" + pcode;
                },
                errors -> page(area, SupportForm.today(), errors, locale, model));
    }

    private String page(UnitView area, SupportForm form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("onPage", true);
        model.addAttribute("readiness", explained.of(area, readiness.evaluate(area), locale));
        model.addAttribute("criteria", criteria.of(area, locale.getLanguage()));
        model.addAttribute("support", support.of(area, locale.getLanguage()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", scopes.permits(Permission.MANAGE_TRAININGS, area.path()));
        model.addAttribute("canSetCriteria", criteria.canSet(area));
        model.addAttribute(
                "governments",
                partners.activeOrganisations().stream()
                        .filter(o -> o.kind() == OrganisationKind.GOVERNMENT)
                        .toList());
        return SHOW;
    }
}
