package org.harambee.capacity.trainings;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a training's page shows, for the controllers whose forms it holds. */
@Component
class TrainingPage {

    static final String SHOW = "trainings/show";

    private final TrainingReading reading;
    private final Trainings trainings;

    TrainingPage(TrainingReading reading, Trainings trainings) {
        this.reading = reading;
        this.trainings = trainings;
    }

    /** The page, with the problems of a refused form and what was typed in the participant form. */
    String show(UUID id, Map<String, String> errors, Participants.ParticipantInput typed, Locale locale, Model model) {
        TrainingViews.Training training = reading.training(id, locale.getLanguage());
        model.addAttribute("training", training);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "participant",
                typed == null ? new Participants.ParticipantInput(null, null, null, null, null, null) : typed);
        model.addAttribute("statuses", TrainingStatus.values());
        model.addAttribute("canEdit", trainings.canEdit(id));
        return SHOW;
    }
}
