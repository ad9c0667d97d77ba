package org.harambee.referrals.drafting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.harambee.referrals.ChildIdentity;
import org.harambee.referrals.ConsentInput;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralInput;
import org.harambee.referrals.ReferralView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The referral form as bound: the community and the service point read as ids and the birth date as a date by the
 * binding (one that cannot be read is refused beside its field before the service is asked), the rest as typed,
 * checked by {@link ReferralDrafting}; read into the draft and the consent. The page reads it as field name → text
 * ({@link #values()}), so that a refused form shows it again. The identifying details are never put back into a page
 * the user did not ask to open: after a refusal they are shown again only to the person who just typed them.
 */
record ReferralForm(
        UUID communityId,
        String category,
        String priority,
        String ageBand,
        String sex,
        String disability,
        String reason,
        UUID servicePointId,
        String childName,
        @DateTimeFormat(iso = ISO.DATE) LocalDate birthDate,
        String caregiver,
        String contact,
        String address,
        String narrative,
        String caregiverConsent,
        String childAssent,
        String scope,
        String overrideReason) {

    static ReferralForm empty(UUID communityId) {
        return new ReferralForm(
                communityId,
                null,
                Priority.NORMAL.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static ReferralForm of(ReferralView r) {
        return new ReferralForm(
                r.communityId(),
                r.category() == null ? null : r.category().name(),
                r.priority().name(),
                r.ageBand(),
                r.sex(),
                String.valueOf(r.disability()),
                r.reason(),
                "MANUAL".equals(r.routedBy()) ? r.servicePointId() : null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The same form with the identifying details filled in (for the sender editing a draft). */
    ReferralForm with(ChildIdentity identity) {
        return new ReferralForm(
                communityId,
                category,
                priority,
                ageBand,
                sex,
                disability,
                reason,
                servicePointId,
                identity.name(),
                identity.birthDate(),
                identity.caregiver(),
                identity.contact(),
                identity.address(),
                identity.narrative(),
                caregiverConsent,
                childAssent,
                scope,
                overrideReason);
    }

    /** Field name → text, as the page reads the form. */
    Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        values.put("communityId", text(communityId));
        values.put("category", category);
        values.put("priority", priority);
        values.put("ageBand", ageBand);
        values.put("sex", sex);
        values.put("disability", disability);
        values.put("reason", reason);
        values.put("servicePointId", text(servicePointId));
        values.put("childName", childName);
        values.put("birthDate", text(birthDate));
        values.put("caregiver", caregiver);
        values.put("contact", contact);
        values.put("address", address);
        values.put("narrative", narrative);
        values.put("caregiverConsent", caregiverConsent);
        values.put("childAssent", childAssent);
        values.put("scope", scope);
        values.put("overrideReason", overrideReason);
        return values;
    }

    ReferralInput input() {
        return new ReferralInput(
                communityId,
                category,
                priority,
                ageBand,
                sex,
                "true".equals(disability),
                reason,
                servicePointId,
                childName,
                birthDate,
                caregiver,
                contact,
                address,
                narrative);
    }

    ConsentInput consent() {
        return new ConsentInput(bool(caregiverConsent), bool(childAssent), scope, overrideReason);
    }

    private static Boolean bool(String s) {
        return s == null || s.isBlank() ? null : Boolean.valueOf(s);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
