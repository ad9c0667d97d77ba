package org.harambee.capacity.facilitators;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.capacity.internal.Named;
import org.harambee.capacity.internal.Place;

/** Facilitators as pages and the API show them. {@code phone} only for those who may change the record. */
public final class FacilitatorViews {

    private FacilitatorViews() {}

    public record Summary(
            UUID id,
            String name,
            String sex,
            boolean insideCommunity,
            Named organisation,
            Place unit,
            boolean active) {}

    /** An assignment to a community; {@code current} when it runs today. */
    public record Assignment(UUID id, Named community, LocalDate startsOn, LocalDate endsOn, boolean current) {}

    public record TrainingDone(UUID trainingId, String title, LocalDate endsOn, String status, boolean completed) {}

    public record Facilitator(
            UUID id,
            String name,
            String sex,
            boolean insideCommunity,
            Named organisation,
            String username,
            String phone,
            Place unit,
            boolean active,
            List<Assignment> assignments,
            List<TrainingDone> trainings,
            List<String> trainedIn) {}
}
