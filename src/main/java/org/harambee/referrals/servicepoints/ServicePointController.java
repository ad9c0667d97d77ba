package org.harambee.referrals.servicepoints;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.harambee.referrals.ServiceCategory;
import org.harambee.system.Forms;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.OutsideAreaException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Service point pages: the register with its filters, a service point with its officers, and the form. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class ServicePointController {

    static final String LIST = "servicepoints/list";
    static final String SHOW = "servicepoints/show";
    static final String FORM = "servicepoints/form";
    static final int PAGE_SIZE = 50;

    private final ServicePointReading reading;
    private final ServicePointRegister register;
    private final ServicePointOfficers officers;
    private final OfficerCandidates candidates;
    private final ServicePointFocalPersons focalPersons;
    private final MessageSource messages;
    private final Forms forms;

    ServicePointController(
            ServicePointReading reading,
            ServicePointRegister register,
            ServicePointOfficers officers,
            OfficerCandidates candidates,
            ServicePointFocalPersons focalPersons,
            MessageSource messages,
            Forms forms) {
        this.reading = reading;
        this.register = register;
        this.officers = officers;
        this.candidates = candidates;
        this.focalPersons = focalPersons;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping("/service-points")
    String showServicePoints(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        forms.attempt(
                () -> model.addAttribute(
                        "servicePoints",
                        reading.list(unit, category, active, q, Math.max(page, 0), PAGE_SIZE, locale.getLanguage())),
                errors -> model.addAttribute("errors", errors));
        model.addAttribute("unit", unit);
        model.addAttribute("category", category);
        model.addAttribute("active", active);
        model.addAttribute("q", q);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("categories", ServiceCategory.values());
        return LIST;
    }

    @GetMapping("/service-points/{id}")
    String showServicePoint(@PathVariable UUID id, Locale locale, Model model) {
        ServicePointRecords.Row row = reading.row(id);
        boolean canManage = reading.manages(row);
        model.addAttribute("servicePoint", reading.view(row, locale.getLanguage()));
        model.addAttribute("canManage", canManage);
        model.addAttribute("candidates", canManage && row.onPlatform() ? candidates.at(row.unitPath()) : List.of());
        model.addAttribute("focalPerson", focalPersons.find(id).orElse(null));
        return SHOW;
    }

    @PostMapping("/service-points/{id}/focal-person")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String processFocalPerson(
            @PathVariable UUID id,
            @Valid @ModelAttribute("focal") FocalPersonForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Supplier<String> write = () -> {
            if (form.clearing()) {
                focalPersons.clear(id);
            } else {
                focalPersons.set(id, form.input());
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/service-points/" + id;
        };
        Function<Map<String, String>, String> refused = errors -> {
            showServicePoint(id, locale, model);
            model.addAttribute("focalErrors", errors);
            model.addAttribute("focalName", form.name());
            // a day that could not be read comes back empty, not as the day recorded before
            model.addAttribute(
                    "focalTrainedOn",
                    form.trainedOn() == null ? "" : form.trainedOn().toString());
            return SHOW;
        };
        // removing the focal person reads none of the other fields
        return form.clearing() ? forms.submit(write, refused) : forms.submit(binding, write, refused);
    }

    @PostMapping("/service-points/{id}/officers")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String processOfficers(
            @PathVariable UUID id,
            @RequestParam(required = false) List<String> usernames,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return submitJoined(
                null,
                () -> {
                    officers.replace(id, usernames == null ? List.of() : usernames);
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/service-points/" + id;
                },
                errors -> {
                    showServicePoint(id, locale, model);
                    model.addAttribute("officerErrors", errors);
                    return SHOW;
                });
    }

    @GetMapping("/service-points/new")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String showNewForm(@RequestParam(required = false) String unit, Model model) {
        return form(ServicePointForm.empty(unit), null, Map.of(), model);
    }

    @PostMapping("/service-points")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String processNewForm(
            @Valid @ModelAttribute("form") ServicePointForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return submitJoined(
                binding,
                () -> {
                    ServicePointViews.ServicePoint created = register.create(form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/service-points/" + created.id();
                },
                errors -> form(form, null, errors, model));
    }

    @GetMapping("/service-points/{id}/edit")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String showEditForm(@PathVariable UUID id, Locale locale, Model model) {
        register.managed(id);
        return form(ServicePointForm.of(reading.get(id, locale.getLanguage())), id, Map.of(), model);
    }

    @PostMapping("/service-points/{id}")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String processEditForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ServicePointForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return submitJoined(
                binding,
                () -> {
                    register.update(id, form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/service-points/" + id;
                },
                errors -> form(form, id, errors, model));
    }

    @PostMapping("/service-points/{id}/deactivate")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String processDeactivate(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        register.deactivate(id, locale.getLanguage());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/service-points/" + id;
    }

    @PostMapping("/service-points/{id}/reactivate")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    String processReactivate(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        register.reactivate(id, locale.getLanguage());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/service-points/" + id;
    }

    private String form(ServicePointForm form, UUID id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", ServiceCategory.values());
        return FORM;
    }

    /**
     * As {@link Forms#submit}, with every message of a field shown, one after another: the areas and the officers are
     * refused entry by entry, and the form names each entry it refused. What the {@code binding} (when the form is
     * bound to a record) refused comes back first, and the service is not asked.
     */
    private String submitJoined(
            BindingResult binding, Supplier<String> write, Function<Map<String, String>, String> refused) {
        if (binding != null && binding.hasErrors()) {
            return refused.apply(forms.errors(binding, UnaryOperator.identity()));
        }
        try {
            return write.get();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field(), message(p), (a, b) -> a + " " + b));
            return refused.apply(errors);
        } catch (OutsideAreaException e) {
            return refused.apply(forms.errors(e, UnaryOperator.identity()));
        }
    }

    private String message(FieldProblem problem) {
        return messages.getMessage(problem.key(), problem.args(), LocaleContextHolder.getLocale());
    }
}
