package org.harambee.referrals.drafting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.referrals.ChildIdentity;
import org.harambee.referrals.ConsentInput;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralInput;
import org.harambee.referrals.ReferralView;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.util.MultiValueMap;

/**
 * The referral form as typed (field name → text), so that a refused form shows it again; read into the draft and the
 * consent. The identifying details are never put back into a page the user did not ask to open: after a refusal they
 * are shown again only to the person who just typed them.
 */
record ReferralForm(Map<String, String> values) {

    static final List<String> FIELDS = List.of(
            "communityId",
            "category",
            "priority",
            "ageBand",
            "sex",
            "disability",
            "reason",
            "servicePointId",
            "childName",
            "birthDate",
            "caregiver",
            "contact",
            "address",
            "narrative",
            "caregiverConsent",
            "childAssent",
            "scope",
            "overrideReason");

    static ReferralForm of(MultiValueMap<String, String> params) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, params.getFirst(f)));
        return new ReferralForm(values);
    }

    static ReferralForm empty(UUID communityId) {
        Map<String, String> values = new HashMap<>();
        values.put("communityId", communityId == null ? null : communityId.toString());
        values.put("priority", Priority.NORMAL.name());
        return new ReferralForm(values);
    }

    static ReferralForm of(ReferralView r) {
        Map<String, String> values = new HashMap<>();
        values.put("communityId", r.communityId().toString());
        values.put("category", r.category() == null ? null : r.category().name());
        values.put("priority", r.priority().name());
        values.put("ageBand", r.ageBand());
        values.put("sex", r.sex());
        values.put("disability", String.valueOf(r.disability()));
        values.put("reason", r.reason());
        values.put("servicePointId", "MANUAL".equals(r.routedBy()) ? String.valueOf(r.servicePointId()) : null);
        return new ReferralForm(values);
    }

    /** The same form with the identifying details filled in (for the sender editing a draft). */
    ReferralForm with(ChildIdentity identity) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put("childName", identity.name());
        copy.put(
                "birthDate",
                identity.birthDate() == null ? null : identity.birthDate().toString());
        copy.put("caregiver", identity.caregiver());
        copy.put("contact", identity.contact());
        copy.put("address", identity.address());
        copy.put("narrative", identity.narrative());
        return new ReferralForm(copy);
    }

    String get(String field) {
        return values.get(field);
    }

    ReferralInput input() {
        LocalDate birthDate = null;
        String typed = Inputs.trimmed(values.get("birthDate"));
        if (typed != null) {
            try {
                birthDate = LocalDate.parse(typed);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new FieldProblem("birthDate", "referrals.birthDate.format")));
            }
        }
        return new ReferralInput(
                Inputs.uuid(values.get("communityId")),
                values.get("category"),
                values.get("priority"),
                values.get("ageBand"),
                values.get("sex"),
                "true".equals(values.get("disability")),
                values.get("reason"),
                Inputs.uuid(values.get("servicePointId")),
                values.get("childName"),
                birthDate,
                values.get("caregiver"),
                values.get("contact"),
                values.get("address"),
                values.get("narrative"));
    }

    ConsentInput consent() {
        return new ConsentInput(
                bool(values.get("caregiverConsent")),
                bool(values.get("childAssent")),
                values.get("scope"),
                values.get("overrideReason"));
    }

    private static Boolean bool(String s) {
        return s == null || s.isBlank() ? null : Boolean.valueOf(s);
    }
}
