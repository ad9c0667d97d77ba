package org.harambee.partners.presence;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.partners.internal.OrganisationChoice;
import org.harambee.partners.internal.PartnerPlaces;
import org.harambee.system.Forms;
import org.harambee.system.Inputs;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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

/** Who does what where: the rows of an area, and the form to add, change or delete one. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class PresenceController {

    static final String LIST = "presence/list";
    static final String FORM = "presence/form";

    /** The form as entered; the organisation and the unit only count when adding a row. */
    record Form(
            String organisationId,
            String unit,
            String sector,
            @DateTimeFormat(iso = ISO.DATE) LocalDate startDate,
            @DateTimeFormat(iso = ISO.DATE) LocalDate endDate) {

        static Form of(PresenceRecording.PresenceView p) {
            return new Form(
                    p.organisation().id().toString(),
                    p.unit().pcode(),
                    p.sector().name(),
                    p.startDate(),
                    p.endDate());
        }

        PresenceRecording.PresenceInput input() {
            return new PresenceRecording.PresenceInput(
                    Inputs.uuid(organisationId), unit, sector, text(startDate), text(endDate));
        }

        PresenceRecording.PresenceChange change() {
            return new PresenceRecording.PresenceChange(sector, text(startDate), text(endDate));
        }

        private static String text(LocalDate date) {
            return date == null ? null : date.toString();
        }
    }

    private final PresenceRecording presence;
    private final PartnerPlaces places;
    private final OrganisationChoice organisations;
    private final Forms forms;

    PresenceController(
            PresenceRecording presence, PartnerPlaces places, OrganisationChoice organisations, Forms forms) {
        this.presence = presence;
        this.places = places;
        this.organisations = organisations;
        this.forms = forms;
    }

    @ModelAttribute("ownOrganisation")
    UUID ownOrganisation() {
        return places.ownOrganisation();
    }

    @GetMapping("/presence")
    String showPresence(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String organisationId,
            @RequestParam(defaultValue = "false") boolean current,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Sector chosen = Inputs.parse(Sector.class, sector);
        model.addAttribute("area", places.area(unit, locale.getLanguage()));
        model.addAttribute(
                "presence",
                presence.list(
                        new PresenceRecording.PresenceQuery(unit, Inputs.uuid(organisationId), chosen, current),
                        page,
                        50,
                        locale.getLanguage()));
        model.addAttribute("sector", chosen);
        model.addAttribute("current", current);
        model.addAttribute("organisationId", Inputs.uuid(organisationId));
        model.addAttribute("sectors", Sector.values());
        return LIST;
    }

    @GetMapping("/presence/new")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    String initCreationForm(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String organisationId,
            Model model) {
        return form(new Form(organisationId, unit, null, null, null), null, Map.of(), model);
    }

    @PostMapping("/presence")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    String processCreationForm(
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    PresenceRecording.PresenceView created = presence.create(form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/presence?unit=" + created.unit().pcode();
                },
                errors -> form(form, null, errors, model));
    }

    @GetMapping("/presence/{id}/edit")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    String initUpdateForm(@PathVariable UUID id, Model model) {
        PresenceRecording.PresenceView row = presence.editable(id);
        model.addAttribute("presence", row);
        return form(Form.of(row), id, Map.of(), model);
    }

    @PostMapping("/presence/{id}")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
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
                    PresenceRecording.PresenceView saved = presence.update(id, form.change());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/presence?unit=" + saved.unit().pcode();
                },
                errors -> {
                    model.addAttribute("presence", presence.get(id));
                    return form(form, id, errors, model);
                });
    }

    @PostMapping("/presence/{id}/delete")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        String pcode = presence.get(id).unit().pcode();
        presence.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/presence?unit=" + pcode;
    }

    private String form(Form form, UUID id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", places.writable(organisations.all()));
        model.addAttribute("sectors", Sector.values());
        return FORM;
    }
}
