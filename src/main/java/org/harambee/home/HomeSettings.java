package org.harambee.home;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the home page (docs/home.md).
 *
 * @param meetingDueWeeks a community is due a meeting when none was held for this many weeks
 * @param feedbackDays feedback to a referrer counts as new for this many days
 * @param dueDays reviews, commitments and scale-up phases show when due within this many days
 * @param districtDepth the depth of districts below the country (0): national coordinators see districts by readiness
 * @param lines at most this many records are listed in a section
 */
@ConfigurationProperties("harambee.home")
record HomeSettings(
        @DefaultValue("4") int meetingDueWeeks,
        @DefaultValue("14") int feedbackDays,
        @DefaultValue("30") int dueDays,
        @DefaultValue("2") int districtDepth,
        @DefaultValue("5") int lines) {}
