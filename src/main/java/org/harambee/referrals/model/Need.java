package org.harambee.referrals.model;

import org.harambee.referrals.Priority;
import org.harambee.referrals.ServiceCategory;

/** What the child needs, with the minimal data a service point sees (never who the child is). */
public record Need(
        ServiceCategory category, Priority priority, String ageBand, String sex, boolean disability, String reason) {

    /** Adds to {@code problems} what a service point needs to act on the referral and is missing. */
    Problems readyToSend(Problems problems) {
        return problems.require(category != null, "category", "referrals.choice.required")
                .require(ageBand != null, "ageBand", "referrals.choice.required")
                .require(sex != null, "sex", "referrals.choice.required")
                .require(reason != null, "reason", "referrals.reason.required");
    }
}
