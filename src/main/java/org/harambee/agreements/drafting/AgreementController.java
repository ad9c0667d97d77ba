package org.harambee.agreements.drafting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.Formality;
import org.harambee.agreements.documents.AgreementDocuments;
import org.harambee.agreements.internal.AgreementSearch;
import org.harambee.agreements.internal.AgreementViews;
import org.harambee.agreements.lifecycle.Reminders;
import org.harambee.system.ExportFormat;
import org.harambee.system.Forms;
import org.springframework.http.ResponseEntity;
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

/** Agreement pages: the list, one agreement with all its parts, the form, and the reminders of what is due. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class AgreementController {

    static final String LIST = "agreements/list";
    static final String SHOW = "agreements/show";
    static final String FORM = "agreements/form";
    static final String REMINDERS = "agreements/reminders";

    private final AgreementReading reading;
    private final AgreementDrafting drafting;
    private final AgreementDocuments documents;
    private final Reminders reminders;
    private final PartyChoices choices;
    private final AgreementPage page;
    private final Forms forms;
    private final AgreementExport export;

    AgreementController(
            AgreementReading reading,
            AgreementDrafting drafting,
            AgreementDocuments documents,
            Reminders reminders,
            PartyChoices choices,
            AgreementPage page,
            Forms forms,
            AgreementExport export) {
        this.export = export;
        this.reading = reading;
        this.drafting = drafting;
        this.documents = documents;
        this.reminders = reminders;
        this.choices = choices;
        this.page = page;
        this.forms = forms;
    }

    @GetMapping("/agreements")
    String showAgreements(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID party,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        forms.attempt(
                () -> {
                    model.addAttribute(
                            "agreements",
                            reading.list(
                                    reading.filter(unit, status, party, sort),
                                    Math.max(page, 0),
                                    50,
                                    locale.getLanguage()));
                },
                errors -> model.addAttribute("errors", errors));
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("party", party);
        model.addAttribute("sort", sort);
        model.addAttribute(
                "sorts", AgreementSearch.SORTS.keySet().stream().sorted().toList());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("page", Math.max(page, 0));
        return LIST;
    }

    /** The list as a file (CSV or XLSX): the same filters and sort, every row, streamed. */
    @GetMapping(value = "/agreements", params = "format")
    void exportAgreements(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID party,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        export.write(unit, status, party, sort, ExportFormat.parse(format), response);
    }

    @GetMapping("/agreements/{id}")
    String showAgreement(@PathVariable UUID id, Locale locale, Model model) {
        return page.show(id, locale, model, Map.of(), null);
    }

    @GetMapping("/agreements/reminders")
    String showReminders(@RequestParam(defaultValue = "30") int days, Model model) {
        model.addAttribute("reminders", reminders.due(days));
        return REMINDERS;
    }

    @GetMapping("/agreements/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        return AgreementApiController.file(documents.download(id));
    }

    @GetMapping("/agreements/new")
    @PreAuthorize("hasAuthority('MANAGE_AGREEMENTS')")
    String showNewForm(Model model) {
        return form(
                new AgreementForm(null, null, null, null, null, null, null, null, null, null, null),
                null,
                Map.of(),
                model);
    }

    @PostMapping("/agreements")
    @PreAuthorize("hasAuthority('MANAGE_AGREEMENTS')")
    String processNewForm(
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    UUID id = drafting.create(form.input(true));
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/agreements/" + id;
                },
                PartyChoices::field,
                errors -> form(form, null, errors, model));
    }

    @GetMapping("/agreements/{id}/edit")
    @PreAuthorize("hasAuthority('MANAGE_AGREEMENTS')")
    String showEditForm(@PathVariable UUID id, Locale locale, Model model) {
        AgreementViews.Agreement a = reading.get(id, locale.getLanguage());
        var form = new AgreementForm(
                a.title(),
                a.purpose(),
                a.formality().name(),
                a.unitChosen() ? a.unit().pcode() : null,
                a.startDate(),
                a.endDate(),
                a.reviewDate(),
                null,
                null,
                null,
                null);
        return form(form, id, Map.of(), model);
    }

    @PostMapping("/agreements/{id}")
    @PreAuthorize("hasAuthority('MANAGE_AGREEMENTS')")
    String processEditForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    drafting.update(id, form.input(false));
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/agreements/" + id;
                },
                errors -> form(form, id, errors, model));
    }

    private String form(AgreementForm form, UUID id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("formalities", Formality.values());
        if (id == null) {
            model.addAttribute("communitySide", choices.communitySide());
            model.addAttribute("systemSide", choices.systemSide());
        }
        return FORM;
    }
}
