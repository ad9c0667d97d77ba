package org.harambee.communities.plans;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's current action plan as its printed profile shows it (decision 0035). */
@Service
public class PlanSheets {

    /** One action: what, by whom (a role or group), its status code, when due and when done. */
    public record ActionLine(String description, String owner, String status, LocalDate dueOn, LocalDate doneOn) {}

    public record PlanSheet(
            String title, String harmName, LocalDate startsOn, LocalDate endsOn, List<ActionLine> actions) {}

    private final ActionPlans plans;

    PlanSheets(ActionPlans plans) {
        this.plans = plans;
    }

    /**
     * The plan running on {@code today} that started last; when none runs, the one that started last. Refused as the
     * plans page is: outside the reader's area.
     */
    @Transactional(readOnly = true)
    public Optional<PlanSheet> current(UUID communityId, LocalDate today, String language) {
        List<ActionPlans.PlanView> all = plans.of(communityId, language);
        Comparator<ActionPlans.PlanView> latest = Comparator.comparing(ActionPlans.PlanView::startsOn);
        Optional<ActionPlans.PlanView> running = all.stream()
                .filter(p -> !p.startsOn().isAfter(today)
                        && (p.endsOn() == null || !p.endsOn().isBefore(today)))
                .max(latest);
        return running.or(() -> all.stream().max(latest)).map(PlanSheets::sheet);
    }

    private static PlanSheet sheet(ActionPlans.PlanView p) {
        return new PlanSheet(
                p.title(),
                p.harmName(),
                p.startsOn(),
                p.endsOn(),
                p.actions().stream()
                        .map(a -> new ActionLine(a.description(), a.owner(), a.status(), a.dueOn(), a.doneOn()))
                        .toList());
    }
}
