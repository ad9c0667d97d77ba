package org.harambee.notifications;

import java.util.List;
import java.util.Set;
import org.harambee.capacity.ParticipantEnrolled;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.system.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What an enrolment in a training sends, queued in the transaction that enrols (a synchronous listener): the training's
 * title, dates and place, and a link to its page, to the person enrolled: to their account on its channels, or, for a
 * person without one, by SMS to the phone on their facilitator record.
 */
@Component
class TrainingMessages {

    private final Notifications notifications;
    private final Geography geography;
    private final Languages languages;
    private final String baseUrl;

    TrainingMessages(
            Notifications notifications,
            Geography geography,
            Languages languages,
            @Value("${harambee.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.geography = geography;
        this.languages = languages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @EventListener
    void enrolled(ParticipantEnrolled enrolled) {
        boolean account = enrolled.username() != null && !enrolled.username().isBlank();
        boolean phone = enrolled.phone() != null && !enrolled.phone().isBlank();
        if (!account && !phone) {
            return;
        }
        List<String> parameters = List.of(
                enrolled.title(),
                enrolled.startsOn().toString(),
                enrolled.endsOn().toString(),
                place(enrolled),
                baseUrl + "/trainings/" + enrolled.trainingId());
        if (account) {
            notifications.toAccount(enrolled.username(), Template.TRAINING_ENROLLED, parameters, Urgency.NORMAL);
        } else {
            notifications.toAddress(
                    enrolled.participantId().toString(),
                    Channel.SMS,
                    enrolled.phone(),
                    Template.TRAINING_ENROLLED,
                    parameters,
                    null,
                    Urgency.NORMAL);
        }
    }

    /** The venue as recorded, or else the name of the place the training is at. */
    private String place(ParticipantEnrolled enrolled) {
        if (enrolled.venue() != null && !enrolled.venue().isBlank()) {
            return enrolled.venue().trim();
        }
        UnitRef unit = geography
                .byIds(Set.of(enrolled.unitId()), languages.defaultLanguage().tag())
                .get(enrolled.unitId());
        return unit == null ? "" : unit.name();
    }
}
