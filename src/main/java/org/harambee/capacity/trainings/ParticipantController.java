package org.harambee.capacity.trainings;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.system.Forms;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on a training's page: add a participant, and record the attendance and scores of all participants at
 * once (one row per participant: a tick for attended, days, a score).
 */
@Controller
@PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
class ParticipantController {

    /**
     * A participant as entered: an account by username, or a person not on the platform by name, sex and organisation;
     * the facilitator is set when the participant is one.
     */
    record Form(String username, String name, String sex, String organisation, String roleTitle, UUID facilitatorId) {

        Participants.ParticipantInput input() {
            return new Participants.ParticipantInput(
                    username,
                    name,
                    sex,
                    organisation,
                    roleTitle,
                    facilitatorId == null ? null : facilitatorId.toString());
        }
    }

    private final Participants participants;
    private final TrainingReading reading;
    private final TrainingPage page;
    private final MessageSource messages;
    private final Forms forms;

    ParticipantController(
            Participants participants,
            TrainingReading reading,
            TrainingPage page,
            MessageSource messages,
            Forms forms) {
        this.participants = participants;
        this.reading = reading;
        this.page = page;
        this.messages = messages;
        this.forms = forms;
    }

    @PostMapping("/trainings/{id}/participants")
    String processParticipantForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("participant") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    participants.add(id, form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/trainings/" + id + "#participants";
                },
                errors -> page.show(id, errors, form.input(), locale, model));
    }

    @PostMapping("/trainings/{id}/results")
    String processResultsForm(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> typingErrors = new LinkedHashMap<>();
        List<Participants.ResultInput> results = new ArrayList<>();
        List<TrainingViews.Participant> list =
                reading.training(id, locale.getLanguage()).participants();
        for (int i = 0; i < list.size(); i++) {
            UUID participant = list.get(i).id();
            String key = participant.toString();
            results.add(new Participants.ResultInput(
                    participant,
                    params.containsKey("attended-" + key),
                    number("results[" + i + "].daysAttended", params.getFirst("days-" + key), typingErrors, locale),
                    number("results[" + i + "].score", params.getFirst("score-" + key), typingErrors, locale)));
        }
        if (!typingErrors.isEmpty()) {
            return page.show(id, typingErrors, null, locale, model);
        }
        return forms.submit(
                () -> {
                    participants.recordResults(id, new Participants.ResultsInput(results), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/trainings/" + id + "#participants";
                },
                errors -> page.show(id, errors, null, locale, model));
    }

    private Integer number(String field, String typed, Map<String, String> errors, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            errors.put(field, messages.getMessage("capacity.number.invalid", null, locale));
            return null;
        }
    }
}
