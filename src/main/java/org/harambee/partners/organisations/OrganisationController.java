package org.harambee.partners.organisations;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.geography.CountryView;
import org.harambee.geography.Geography;
import org.harambee.geography.LevelNames;
import org.harambee.partners.OrganisationKind;
import org.harambee.partners.internal.PartnerOverview;
import org.harambee.system.ExportFormat;
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

/** Organisation pages: a searchable list, an organisation's page with its presence and adoptions, and its form. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class OrganisationController {

    static final String LIST = "organisations/list";
    static final String SHOW = "organisations/show";
    static final String FORM = "organisations/form";

    /**
     * The form as entered. {@code place} joins the country and the level it works at, e.g. {@code QZ:2}, so that one
     * list can show each country's own name for each level.
     */
    record Form(
            String name,
            String shortName,
            String kind,
            String place,
            String contactName,
            String contactEmail,
            String contactPhone,
            String website) {

        static Form of(OrganisationRegistering.OrganisationView o) {
            String place = o.country() == null ? null : o.country() + (o.level() == null ? "" : ":" + o.level());
            return new Form(
                    o.name(),
                    o.shortName(),
                    o.kind().name(),
                    place,
                    o.contactName(),
                    o.contactEmail(),
                    o.contactPhone(),
                    o.website());
        }

        OrganisationRegistering.OrganisationInput input() {
            String country = place == null || place.isBlank() ? null : place.split(":")[0];
            Integer level = null;
            if (place != null && place.contains(":")) {
                try {
                    level = Integer.valueOf(place.substring(place.indexOf(':') + 1));
                } catch (NumberFormatException e) {
                    level = -1;
                }
            }
            return new OrganisationRegistering.OrganisationInput(
                    name, shortName, kind, country, level, contactName, contactEmail, contactPhone, website);
        }
    }

    /** One choice of the place list: a country alone, or one of its levels with the country's name for it. */
    record PlaceChoice(String value, String country, String levelName, Integer level) {}

    private final OrganisationRegistering registry;
    private final PartnerOverview overview;
    private final Geography geography;
    private final Forms forms;

    private final OrganisationExport export;

    OrganisationController(
            OrganisationRegistering registry,
            PartnerOverview overview,
            Geography geography,
            Forms forms,
            OrganisationExport export) {
        this.export = export;
        this.registry = registry;
        this.overview = overview;
        this.geography = geography;
        this.forms = forms;
    }

    @GetMapping("/organisations")
    String showOrganisations(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        OrganisationKind chosen = Inputs.parse(OrganisationKind.class, kind);
        Boolean active = "inactive".equals(status) ? Boolean.FALSE : "all".equals(status) ? null : Boolean.TRUE;
        String sorted = OrganisationRecords.SORTS.containsKey(sort == null ? "" : sort.trim()) ? sort.trim() : null;
        model.addAttribute("organisations", registry.search(q, chosen, active, sorted, page, 50, locale.getLanguage()));
        model.addAttribute("sort", sorted);
        model.addAttribute(
                "sorts", OrganisationRecords.SORTS.keySet().stream().sorted().toList());
        model.addAttribute("q", q);
        model.addAttribute("kind", chosen);
        model.addAttribute("status", active == null ? "all" : active ? "" : "inactive");
        model.addAttribute("kinds", OrganisationKind.values());
        return LIST;
    }

    /** The list as a file (CSV or XLSX): the same filters, every row, streamed. */
    @GetMapping(value = "/organisations", params = "format")
    void exportOrganisations(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        Boolean active = "inactive".equals(status) ? Boolean.FALSE : "all".equals(status) ? null : Boolean.TRUE;
        export.write(q, Inputs.parse(OrganisationKind.class, kind), active, sort, ExportFormat.parse(format), response);
    }

    @GetMapping("/organisations/{id}")
    String showOrganisation(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("organisation", registry.get(id, locale.getLanguage()));
        model.addAttribute("presence", overview.presenceOf(id));
        model.addAttribute("adoptions", overview.adoptionsOf(id));
        return SHOW;
    }

    @GetMapping("/organisations/new")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String initCreationForm(Locale locale, Model model) {
        return form(new Form(null, null, null, null, null, null, null, null), null, Map.of(), locale, model);
    }

    @PostMapping("/organisations")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String processCreationForm(
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    UUID id =
                            registry.create(form.input(), locale.getLanguage()).id();
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/organisations/" + id;
                },
                OrganisationController::field,
                errors -> form(form, null, errors, locale, model));
    }

    @GetMapping("/organisations/{id}/edit")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String initUpdateForm(@PathVariable UUID id, Locale locale, Model model) {
        return form(Form.of(registry.get(id, locale.getLanguage())), id, Map.of(), locale, model);
    }

    @PostMapping("/organisations/{id}")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String processUpdateForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    registry.update(id, form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/organisations/" + id;
                },
                OrganisationController::field,
                errors -> form(form, id, errors, locale, model));
    }

    @PostMapping("/organisations/{id}/deactivate")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String deactivate(@PathVariable UUID id, Locale locale) {
        registry.setActive(id, false, locale.getLanguage());
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id}/reactivate")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String reactivate(@PathVariable UUID id, Locale locale) {
        registry.setActive(id, true, locale.getLanguage());
        return "redirect:/organisations/" + id;
    }

    private String form(Form form, UUID id, Map<String, String> errors, Locale locale, Model model) {
        List<PlaceChoice> places = new ArrayList<>();
        for (CountryView country : geography.countries(locale.getLanguage())) {
            places.add(new PlaceChoice(country.pcode(), country.name(), null, null));
            for (LevelNames level : country.levels()) {
                places.add(new PlaceChoice(
                        country.pcode() + ":" + level.level(),
                        country.name(),
                        OrganisationRegistering.levelName(level, locale.getLanguage()),
                        level.level()));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("places", places);
        return FORM;
    }

    /** The country and level are picked together, as one place. */
    private static String field(String field) {
        return field.equals("country") || field.equals("level") ? "place" : field;
    }
}
