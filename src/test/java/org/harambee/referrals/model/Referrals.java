package org.harambee.referrals.model;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePointRef;

/** Referrals at each step of their life, made by the aggregate's own rules, with synthetic data only. */
final class Referrals {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final Duration ANSWER_WITHIN = Duration.ofHours(72);
    static final String SENDER = "facilitator.one";
    static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final ServicePointRef CLINIC = point("Synthetic clinic", true, true);
    static final ServicePointRef DISTRICT_OFFICE = point("Synthetic district office", false, true);

    private Referrals() {}

    static ServicePointRef point(String name, boolean onPlatform, boolean active) {
        return new ServicePointRef(
                UUID.nameUUIDFromBytes(name.getBytes()),
                name,
                ServiceCategory.HEALTH,
                UNIT,
                "/zz/p1/d1/",
                onPlatform,
                active);
    }

    static Need need() {
        return new Need(ServiceCategory.HEALTH, Priority.URGENT, "AGE_10_14", "F", false, "Synthetic reason");
    }

    /** A complete draft routed to the clinic, without consent yet. */
    static Referral draft() {
        return Referral.draft(
                UUID.fromString("00000000-0000-0000-0000-0000000000d1"),
                "R-TEST2345",
                new Place(UUID.fromString("00000000-0000-0000-0000-0000000000c1"), UNIT, "/zz/p1/d1/c1/"),
                need(),
                CLINIC.id(),
                "PATHWAY",
                true,
                "WEB",
                SENDER,
                NOW.minusSeconds(3600));
    }

    static Referral consented() {
        return draft().recordConsent(true, true, "health services", null, false, SENDER, NOW.minusSeconds(1800));
    }

    static Referral sent() {
        return consented().send(CLINIC, ANSWER_WITHIN, null, NOW).referral();
    }

    static Referral accepted() {
        return sent().accept(null, NOW.plusSeconds(60)).referral();
    }

    static Referral provided() {
        return accepted().provide("Synthetic feedback", NOW.plusSeconds(120)).referral();
    }
}
