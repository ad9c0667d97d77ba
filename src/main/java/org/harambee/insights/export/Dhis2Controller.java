package org.harambee.insights.export;

import java.util.Locale;
import java.util.Map;
import org.harambee.system.Forms;
import org.harambee.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String periodType,
            @RequestParam(required = false) String dataSet,
            @RequestParam(required = false) String uid,
            @RequestParam(required = false) String remove,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (remove != null) {
                elements.unmapIndicator(indicator, periodType);
            } else {
                elements.mapIndicator(indicator, periodType, dataSet, uid);
            }
        } catch (InvalidInputException e) {
            return refused(e, "element", locale, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/insights/dhis2";
    }

    @PostMapping("/insights/dhis2/org-units")
    String processUnit(
            @RequestParam(required = false) String pcode,
            @RequestParam(required = false) String uid,
            @RequestParam(required = false) String remove,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (remove != null) {
                orgUnits.unmapUnit(pcode);
            } else {
                orgUnits.mapUnit(pcode, uid);
            }
        } catch (InvalidInputException e) {
            return refused(e, "unit", locale, model);
        } catch (ErrorResponseException e) {
            model.addAttribute("errors", Map.of("unit.pcode", message("insights.dhis2.pcode.unknown", locale)));
            return showMapping(locale, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/insights/dhis2";
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
            @RequestParam(required = false) String pcode,
            @RequestParam(required = false) String period,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("pushed", push.push(pcode, period, locale));
        } catch (InvalidInputException e) {
            return refused(e, "push", locale, model);
        } catch (Dhis2Unavailable e) {
            model.addAttribute("errors", Map.of("push.server", message(e.getDetailMessageCode(), locale)));
            return showMapping(locale, model);
        } catch (ErrorResponseException e) {
            model.addAttribute("errors", Map.of("push.pcode", message("insights.dhis2.pcode.unknown", locale)));
            return showMapping(locale, model);
        }
        return "redirect:/insights/dhis2";
    }

    private String refused(InvalidInputException e, String form, Locale locale, Model model) {
        model.addAttribute("errors", forms.errors(e, field -> form + "." + field));
        return showMapping(locale, model);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
