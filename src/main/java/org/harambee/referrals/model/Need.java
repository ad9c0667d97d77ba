package org.harambee.referrals.model;

import org.harambee.referrals.Priority;
import org.harambee.referrals.ServiceCategory;

/** What the child needs, with the minimal data a service point sees (never who the child is). */
public record Need(
        ServiceCategory category, Priority priority, String ageBand, String sex, boolean disability, String reason) {}
