package org.harambee.capacity.trainings;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.partners.Partners;
import org.harambee.system.ExportFormat;
import org.harambee.system.Forms;
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

/** Training pages: the list, the form to record one, and a training's status. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class TrainingController {

    static final String LIST = "trainings/list";
    static final String FORM = "trainings/form";

    /**
     * The training form as entered; the pass mark stays text so that what was typed comes back when it is refused, and
     * an unticked box or no competency chosen is sent as nothing.
     */
    record Form(
            String title,
            List<String> competencies,
            @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
            @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
            String unit,
            String venue,
            UUID trainerOrganisationId,
            String status,
            Boolean assessed,
            String passMark) {

        Form {
            competencies = competencies == null ? List.of() : competencies;
        }

        Trainings.TrainingInput input() {
            return new Trainings.TrainingInput(
                    title,
                    competencies,
                    text(startsOn),
                    text(endsOn),
                    unit,
                    venue,
                    text(trainerOrganisationId),
                    status,
                    Boolean.TRUE.equals(assessed),
                    TrainingController.passMark(passMark));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    private final Trainings trainings;
    private final TrainingReading reading;
    private final TrainingPage page;
    private final Competencies competencies;
    private final Partners partners;
    private final Forms forms;
    private final TrainingExport export;

    TrainingController(
            Trainings trainings,
            TrainingReading reading,
            TrainingPage page,
            Competencies competencies,
            Partners partners,
            Forms forms,
            TrainingExport export) {
        this.export = export;
        this.trainings = trainings;
        this.reading = reading;
        this.page = page;
        this.competencies = competencies;
        this.partners = partners;
        this.forms = forms;
    }

    @GetMapping("/trainings")
    String showTrainings(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            Locale locale,
            Model model) {
        model.addAttribute("trainings", List.of());
        forms.attempt(
                () -> model.addAttribute("trainings", reading.list(unit, status, sort, 0, 200, locale.getLanguage())),
                errors -> model.addAttribute("errors", errors));
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("sort", sort);
        model.addAttribute("statuses", TrainingStatus.values());
        model.addAttribute(
                "sorts", TrainingRecords.SORTS.keySet().stream().sorted().toList());
        model.addAttribute("canRecord", !trainings.writable().isEmpty());
        return LIST;
    }

    /** The list as a file (CSV or XLSX): the same filters and sort, every row, streamed. */
    @GetMapping(value = "/trainings", params = "format")
    void exportTrainings(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        export.write(unit, status, sort, ExportFormat.parse(format), response);
    }

    /** The training's participants as a file, with attendance, scores and who completed. */
    @GetMapping(value = "/trainings/{id}", params = "format")
    void exportParticipants(@PathVariable UUID id, @RequestParam String format, HttpServletResponse response)
            throws IOException {
        export.writeParticipants(id, ExportFormat.parse(format), response);
    }

    @GetMapping("/trainings/new")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String initCreationForm(@RequestParam(required = false) String unit, Locale locale, Model model) {
        LocalDate today = LocalDate.now();
        Form empty = new Form(
                null,
                List.of(),
                today,
                today,
                unit,
                null,
                null,
                "HELD",
                false,
                String.valueOf(Trainings.DEFAULT_PASS_MARK));
        return form(empty, Map.of(), locale, model);
    }

    @PostMapping("/trainings")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processCreationForm(
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    TrainingViews.Training created = trainings.create(form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/trainings/" + created.id();
                },
                errors -> form(form, errors, locale, model));
    }

    @GetMapping("/trainings/{id}")
    String showTraining(@PathVariable UUID id, Locale locale, Model model) {
        return page.show(id, Map.of(), null, locale, model);
    }

    @PostMapping("/trainings/{id}/status")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processStatusForm(
            @PathVariable UUID id,
            @RequestParam(required = false) String status,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        TrainingViews.Training t = reading.training(id, locale.getLanguage());
        Trainings.TrainingInput input = new Trainings.TrainingInput(
                t.title(),
                t.competencies().stream()
                        .map(TrainingViews.CompetencyName::code)
                        .toList(),
                t.startsOn().toString(),
                t.endsOn().toString(),
                t.unit().pcode(),
                t.venue(),
                t.trainerOrganisation() == null
                        ? null
                        : t.trainerOrganisation().id().toString(),
                status,
                t.assessed(),
                t.passMark());
        return forms.submit(
                () -> {
                    trainings.update(id, input, locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/trainings/" + id;
                },
                errors -> page.show(id, errors, null, locale, model));
    }

    private String form(Form form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("competencies", competencies.active(locale.getLanguage()));
        model.addAttribute("organisations", partners.activeOrganisations());
        model.addAttribute("statuses", TrainingStatus.values());
        return FORM;
    }

    /** A pass mark as typed: blank is the default; text that is no number is kept out of range, so it is refused. */
    static Integer passMark(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
