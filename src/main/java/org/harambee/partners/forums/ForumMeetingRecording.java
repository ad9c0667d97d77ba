package org.harambee.partners.forums;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.partners.ForumMeetingRecorded;
import org.harambee.partners.internal.Dates;
import org.harambee.partners.internal.PartnerPlaces;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a forum's meeting: a day that has passed, how many attended (a count, never names) and short notes,
 * within the writer's scope. Publishes {@link ForumMeetingRecorded}.
 */
@Service
class ForumMeetingRecording {

    private static final Inputs INPUTS = Inputs.keyed("partners");

    static final int MAX_ATTENDANCE = 100_000;

    record MeetingInput(String heldOn, Integer attendance, String notes) {}

    private final ForumRecords forums;
    private final ForumRegistering registry;
    private final PartnerPlaces places;
    private final ApplicationEventPublisher events;

    ForumMeetingRecording(
            ForumRecords forums, ForumRegistering registry, PartnerPlaces places, ApplicationEventPublisher events) {
        this.forums = forums;
        this.registry = registry;
        this.places = places;
        this.events = events;
    }

    @Transactional
    ForumRecords.Meeting record(UUID forumId, MeetingInput input) {
        ForumRecords.Row forum = registry.row(forumId);
        places.requireWrite(forum.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate heldOn = Dates.past(input.heldOn(), "heldOn", problems);
        Integer attendance = input.attendance();
        if (attendance == null || attendance < 0 || attendance > MAX_ATTENDANCE) {
            problems.add(new FieldProblem("attendance", "partners.forum.attendance.invalid", MAX_ATTENDANCE));
        }
        String notes = INPUTS.text("notes", input.notes(), 2000, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ForumRecords.Meeting meeting = new ForumRecords.Meeting(Ids.newId(), heldOn, attendance, notes);
        forums.insertMeeting(forumId, meeting);
        events.publishEvent(
                new ForumMeetingRecorded(meeting.id(), forumId, forum.unitId(), forum.unitPath(), heldOn, attendance));
        registry.record("FORUM_MEETING_RECORDED", forum, heldOn + ", " + attendance + " present");
        return meeting;
    }
}
