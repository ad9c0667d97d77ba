package org.harambee.referrals.drafting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.harambee.communities.CommunityRef;
import org.harambee.referrals.AgeBand;
import org.harambee.referrals.ChildIdentity;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralInput;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.Sex;
import org.harambee.referrals.model.Need;
import org.harambee.referrals.model.Place;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;

/** A referral's draft content, read and checked field by field from what the referrer wrote. */
public record Draft(
        CommunityRef community,
        ServiceCategory category,
        Priority priority,
        AgeBand ageBand,
        Sex sex,
        boolean disability,
        String reason,
        ServicePointRef servicePoint,
        String routedBy) {

    static final String BY_PATHWAY = "PATHWAY";
    static final String BY_HAND = "MANUAL";

    /** Texts too long are refused as {@code referrals.tooLong}. */
    static final Inputs INPUTS = Inputs.keyed("referrals");

    /**
     * Lenient ({@code strict} false) for a concern that arrived by SMS: missing or unknown choices are left empty for
     * the facilitator to complete before sending, instead of refusing the concern.
     */
    static Draft read(
            ReferralInput input,
            CommunityRef community,
            List<FieldProblem> all,
            ServicePoints servicePoints,
            LocalDate today,
            boolean strict) {
        List<FieldProblem> problems = strict ? all : new java.util.ArrayList<>();
        ServiceCategory category = choice(ServiceCategory.class, "category", input.category(), problems);
        Priority priority = choice(Priority.class, "priority", input.priority(), problems);
        AgeBand ageBand = choice(AgeBand.class, "ageBand", input.ageBand(), problems);
        Sex sex = choice(Sex.class, "sex", input.sex(), problems);
        String reason = Inputs.trimmed(input.reason());
        if (reason == null && strict) {
            problems.add(new FieldProblem("reason", "referrals.reason.required"));
        }
        INPUTS.text("reason", reason, 500, false, problems);
        ChildIdentity identity = input.identity();
        INPUTS.text("childName", identity.name(), 200, false, problems);
        INPUTS.text("caregiver", identity.caregiver(), 200, false, problems);
        INPUTS.text("contact", identity.contact(), 100, false, problems);
        INPUTS.text("address", identity.address(), 500, false, problems);
        INPUTS.text("narrative", identity.narrative(), 4000, false, problems);
        if (identity.birthDate() != null
                && (identity.birthDate().isAfter(today) || identity.birthDate().isBefore(today.minusYears(18)))) {
            problems.add(new FieldProblem("birthDate", "referrals.birthDate.notChild"));
        }
        ServicePointRef servicePoint = null;
        String routedBy = null;
        if (input.servicePointId() != null) {
            servicePoint = category == null
                    ? null
                    : servicePoints.serving(community.unitPath(), null).stream()
                            .filter(p -> p.id().equals(input.servicePointId()))
                            .findFirst()
                            .orElse(null);
            if (servicePoint == null && category != null) {
                problems.add(new FieldProblem("servicePointId", "referrals.servicePoint.notServing"));
            }
            routedBy = BY_HAND;
        } else if (category != null) {
            servicePoint = servicePoints.route(category, community.unitPath()).orElse(null);
            routedBy = servicePoint == null ? null : BY_PATHWAY;
        }
        return new Draft(
                community,
                category,
                priority,
                ageBand,
                sex,
                Boolean.TRUE.equals(input.disability()),
                reason,
                servicePoint,
                routedBy);
    }

    Place place() {
        return new Place(community.id(), community.unitId(), community.unitPath());
    }

    Need need() {
        return new Need(
                category,
                priority == null ? Priority.NORMAL : priority,
                ageBand == null ? null : ageBand.name(),
                sex == null ? null : sex.name(),
                disability,
                reason);
    }

    UUID servicePointId() {
        return servicePoint == null ? null : servicePoint.id();
    }

    /** The enum constant named {@code value}; a field problem when it is missing or names none. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "referrals.choice.required"));
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.trim()))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(new FieldProblem(field, "referrals.choice.unknown", value));
                    return null;
                });
    }
}
