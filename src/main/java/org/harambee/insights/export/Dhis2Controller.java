package org.harambee.insights.export;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.harambee.system.Forms;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DHIS2 admin page: the mapping of indicators and units, the push form and the latest pushes. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
class Dhis2Controller {

    static final String PAGE = "insights/dhis2";

    private final Dhis2Mappings mappings;
    private final Dhis2ElementMapping elements;
    private final Dhis2OrgUnitMapping orgUnits;
    private final Dhis2Push push;
    private final MessageSource messages;
    private final Forms forms;
    private final Dhis2CodeMatching codeMatching;

    Dhis2Controller(
            Dhis2Mappings mappings,
            Dhis2ElementMapping elements,
            Dhis2OrgUnitMapping orgUnits,
            Dhis2Push push,
            MessageSource messages,
            Dhis2CodeMatching codeMatching,
            Forms forms) {
        this.codeMatching = codeMatching;
        this.mappings = mappings;
        this.elements = elements;
        this.orgUnits = orgUnits;
        this.push = push;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping("/insights/dhis2")
    String showMapping(Locale locale, Model model) {
        model.addAttribute("mapping", mappings.mapping(locale.getLanguage()));
        model.addAttribute("pushes", push.recent(20));
        model.addAttribute("configured", push.configured());
        model.addAttribute("periodTypes", Dhis2PeriodType.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return PAGE;
    }

    @PostMapping("/insights/dhis2/data-elements")
    String processIndicator(
            @Valid @ModelAttribute("elementForm") Dhis2Forms.ElementForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    if (form.removing()) {
                        elements.unmapIndicator(form.indicator(), form.periodType());
                    } else {
                        elements.mapIndicator(form.indicator(), form.periodType(), form.dataSet(), form.uid());
                    }
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/insights/dhis2";
                },
                field -> "element." + field,
                errors -> refused(errors, locale, model));
    }

    @PostMapping("/insights/dhis2/org-units")
    String processUnit(
            @Valid @ModelAttribute("unitForm") Dhis2Forms.UnitForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    try {
                        if (form.removing()) {
                            orgUnits.unmapUnit(form.pcode());
                        } else {
                            orgUnits.mapUnit(form.pcode(), form.uid());
                        }
                    } catch (ErrorResponseException e) {
                        return refused(
                                Map.of("unit.pcode", message("insights.dhis2.pcode.unknown", locale)), locale, model);
                    }
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/insights/dhis2";
                },
                field -> "unit." + field,
                errors -> refused(errors, locale, model));
    }

    @PostMapping("/insights/dhis2/org-units/by-code")
    String processByCode(Locale locale, Model model, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("matched", codeMatching.mapByCode());
        } catch (Dhis2Unavailable e) {
            model.addAttribute("errors", Map.of("byCode.server", message(e.getDetailMessageCode(), locale)));
            return showMapping(locale, model);
        }
        return "redirect:/insights/dhis2";
    }

    @PostMapping("/insights/dhis2/push")
    String processPush(
            @Valid @ModelAttribute("pushForm") Dhis2Forms.PushForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    try {
                        redirect.addFlashAttribute("pushed", push.push(form.pcode(), form.period(), locale));
                    } catch (Dhis2Unavailable e) {
                        return refused(Map.of("push.server", message(e.getDetailMessageCode(), locale)), locale, model);
                    } catch (ErrorResponseException e) {
                        return refused(
                                Map.of("push.pcode", message("insights.dhis2.pcode.unknown", locale)), locale, model);
                    }
                    return "redirect:/insights/dhis2";
                },
                field -> "push." + field,
                errors -> refused(errors, locale, model));
    }

    /** The page again with the form's messages by field, as the page names them ({@code element.uid}). */
    private String refused(Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("errors", errors);
        return showMapping(locale, model);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
