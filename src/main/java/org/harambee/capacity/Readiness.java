package org.harambee.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.capacity.internal.Places;
import org.harambee.communities.Communities;
import org.harambee.geography.UnitNotFoundException;
import org.harambee.geography.UnitView;
import org.harambee.referrals.QueueOfficers;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity module's API: the readiness of an area (a district, or any unit) for the approach. Every criterion
 * that applies there (see docs/capacity.md) is evaluated live from trainings, facilitators' assignments, the referral
 * pathway's service points and the government support recorded; the area is ready when every one is met. No scope
 * check here: callers check the unit against the reader's scope.
 */
@Service
@Transactional(readOnly = true)
public class Readiness {

    private final ReadinessCriteria criteria;
    private final ReadinessFigures figures;
    private final Places places;
    private final Communities communities;
    private final ServicePoints servicePoints;
    private final QueueOfficers queueOfficers;

    Readiness(
            ReadinessCriteria criteria,
            ReadinessFigures figures,
            Places places,
            Communities communities,
            ServicePoints servicePoints,
            QueueOfficers queueOfficers) {
        this.criteria = criteria;
        this.figures = figures;
        this.places = places;
        this.communities = communities;
        this.servicePoints = servicePoints;
        this.queueOfficers = queueOfficers;
    }

    /** The readiness of the area at this unit, every configured criterion evaluated live; 404 for an unknown unit. */
    public DistrictReadiness evaluate(UUID unitId) {
        UnitView unit = places.byId(unitId, "en").orElseThrow(() -> new UnitNotFoundException(String.valueOf(unitId)));
        return evaluate(unit);
    }

    DistrictReadiness evaluate(UnitView area) {
        List<ReadinessCheck> checks = new ArrayList<>();
        for (var entry : criteria.effective(area.path()).entrySet()) {
            if (entry.getValue().active()) {
                checks.add(check(entry.getKey(), entry.getValue().required(), area.path()));
            }
        }
        return new DistrictReadiness(area.id(), checks.stream().allMatch(ReadinessCheck::met), List.copyOf(checks));
    }

    private ReadinessCheck check(Criterion criterion, long required, String areaPath) {
        return switch (criterion) {
            case TRAINED_FACILITATORS_PER_10_COMMUNITIES ->
                ReadinessRules.facilitators(
                        required,
                        communities.within(Scope.all(), areaPath).size(),
                        figures.trainedFacilitators(areaPath, LocalDate.now()));
            case TRAINED_OFFICER_PER_SERVICE_POINT -> officers(required, areaPath);
            case GOVERNMENT_SUPPORT_RECORDED ->
                ReadinessRules.governmentSupport(required, figures.governmentSupport(areaPath));
        };
    }

    /**
     * The service points of the area's own routes (set at the area or inside it); those of routes inherited from
     * above are judged in the readiness of the area that sets them, unless the area has no route of its own (then
     * they are all it has, each counted by its own trained staff). A service point on the platform is covered by
     * its trained officers, one off the platform by a named, trained focal person (decision 0016).
     */
    private ReadinessCheck officers(long perPoint, String areaPath) {
        List<ServicePointRef> points = servicePoints.routedWithin(areaPath);
        if (points.isEmpty()) {
            points = servicePoints.inPathwayOf(areaPath);
        }
        Set<UUID> focal = servicePoints.withTrainedFocalPerson(points.stream()
                .filter(p -> !p.onPlatform())
                .map(ServicePointRef::id)
                .toList());
        Map<UUID, List<String>> officers =
                queueOfficers.of(points.stream().map(ServicePointRef::id).toList());
        Set<String> everyone = new HashSet<>();
        officers.values().forEach(everyone::addAll);
        Set<String> trained = figures.trainedInReferral(everyone);
        long covered = points.stream()
                .filter(p -> p.onPlatform()
                        ? ReadinessRules.covered(
                                officers.getOrDefault(p.id(), List.of()).stream()
                                        .filter(trained::contains)
                                        .count(),
                                perPoint)
                        : focal.contains(p.id()))
                .count();
        return ReadinessRules.officers(points.size(), covered);
    }
}
