package org.harambee.geography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form where administrators name a country's levels in every language Harambee speaks. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_PLACES')")
class LevelsController {

    static final String VIEW_FORM = "units/levels";
    static final List<String> LANGUAGES = List.of("en", "fr", "sw");
    private static final Pattern FIELD = Pattern.compile("level\\.(\\d)\\.([a-z]{2,3})");
    private static final int MAX_LENGTH = 100;

    private final Geography geography;

    LevelsController(Geography geography) {
        this.geography = geography;
    }

    @GetMapping("/units/{pcode}/levels")
    String initLevelsForm(@PathVariable String pcode, Locale locale, Model model) {
        CountryView country = geography.country(pcode, locale.getLanguage());
        return form(country, values(country), Map.of(), model);
    }

    @PostMapping("/units/{pcode}/levels")
    String processLevelsForm(
            @PathVariable String pcode,
            @RequestParam Map<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        CountryView country = geography.country(pcode, locale.getLanguage());
        Map<Integer, Map<String, String>> byLevel = new TreeMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            Matcher m = FIELD.matcher(field);
            if (m.matches() && LANGUAGES.contains(m.group(2))) {
                String name = value.trim();
                if (name.length() > MAX_LENGTH) {
                    errors.put(field, "levels.nameTooLong");
                } else if (name.isEmpty() && m.group(2).equals("en")) {
                    errors.put(field, "levels.nameRequired");
                } else if (!name.isEmpty()) {
                    byLevel.computeIfAbsent(Integer.valueOf(m.group(1)), k -> new LinkedHashMap<>())
                            .put(m.group(2), name);
                }
            }
        });
        if (!errors.isEmpty() || byLevel.isEmpty()) {
            return form(country, form, errors.isEmpty() ? Map.of("form", "levels.nameRequired") : errors, model);
        }
        List<LevelNames> levels = new ArrayList<>();
        byLevel.forEach((level, names) -> levels.add(new LevelNames(level, names)));
        geography.renameLevels(pcode, levels);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units/" + country.pcode();
    }

    private static Map<String, String> values(CountryView country) {
        Map<String, String> values = new LinkedHashMap<>();
        country.levels().forEach(l -> l.names().forEach((lang, name) -> values.put(field(l.level(), lang), name)));
        return values;
    }

    private static String form(
            CountryView country, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("country", country);
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return VIEW_FORM;
    }

    static String field(int level, String language) {
        return "level." + level + "." + language;
    }
}
