package org.harambee.insights;

/**
 * The additive counts the indicators are made of, as stored in {@code insight_community_month.measure} and
 * {@code insight_unit_period.measure}. A flow counts what happened in a period (rows for months, quarters and years);
 * a stock is a state at the end of a month (rows for months only; a quarter or year reads its last month, or the
 * latest month of a period still running). Histogram measures (weeks to harm selection, to action) are stored as
 * {@code NAME:weeks}, see {@link #bucket(int)}, and counts by a referral's service category as
 * {@code NAME:CATEGORY}, see {@link #in(String)}.
 */
public enum Measure {
    // Reach and adoption (communities)
    COMMUNITIES_REGISTERED(false),
    COMMUNITIES_STARTED(false),
    COMMUNITIES_STARTED_SPONTANEOUS(false),
    COMMUNITIES_REGISTERED_TOTAL(true),
    COMMUNITIES_EVER_STARTED(true),
    COMMUNITIES_ACTIVE(true),
    COMMUNITIES_ACTIVE_STARTED(true),
    COMMUNITIES_ACTIVE_LINKED(true),
    DISTRICTS_ACTIVE(true),
    PARTNERS_INVITED(true),
    PARTNERS_SUPPORTING(true),
    SPREAD_LINKS(false),
    // Implementation
    MEETINGS(false),
    PARTICIPANTS(false),
    PARTICIPANTS_FEMALE(false),
    HARM_SELECTED(false),
    WEEKS_TO_HARM(false),
    ACTION_STARTED(false),
    WEEKS_TO_ACTION(false),
    // Effectiveness (referrals, attributed to the month they were sent)
    REFERRALS_SENT(false),
    REFERRALS_SENT_EMERGENCY(false),
    REFERRALS_SENT_URGENT(false),
    REFERRALS_SENT_NORMAL(false),
    REFERRALS_ON_TIME_EMERGENCY(false),
    REFERRALS_ON_TIME_URGENT(false),
    REFERRALS_ON_TIME_NORMAL(false),
    REFERRALS_COMPLETED_30D(false),
    REFERRALS_FEEDBACK_CLOSED(false),
    REFERRALS_ANSWERED(false),
    REFERRALS_FEEDBACK_REACHED(false),
    REFERRALS_CONSENTED(false),
    // Referrals sent, answered on time and served within 30 days by the service asked for, stored as NAME:CATEGORY
    // (see in(String)) within the 40 characters of a measure: for the quarterly report
    SERVICE_SENT(false),
    SERVICE_ON_TIME(false),
    SERVICE_COMPLETED_30D(false),
    // Maintenance
    PHASED_OUT(false),
    PHASED_OUT_6M(true),
    MAINTAINED_6M(true),
    PHASED_OUT_12M(true),
    MAINTAINED_12M(true),
    // Institutionalisation and scale-up events
    SCALE_UP_HORIZONTAL(false),
    SCALE_UP_VERTICAL(false),
    SCALE_UP_DIVERSIFICATION(false),
    SCALE_UP_SPONTANEOUS(false);

    /** Histogram buckets stop here: a bucket {@code NAME:104} holds 104 weeks and more. */
    public static final int LAST_WEEK_BUCKET = 104;

    private final boolean stock;

    Measure(boolean stock) {
        this.stock = stock;
    }

    public boolean stock() {
        return stock;
    }

    /**
     * What the measure counts, as a message key ({@code insights.counts.<noun>}), so that a hidden figure can say
     * "fewer than 5 communities".
     */
    public String countsKey() {
        if (name().startsWith("REFERRALS_") || name().startsWith("SERVICE_")) {
            return "insights.counts.referrals";
        } else if (name().startsWith("PARTNERS_")) {
            return "insights.counts.partners";
        } else if (name().startsWith("PARTICIPANTS")) {
            return "insights.counts.participants";
        } else if (this == DISTRICTS_ACTIVE) {
            return "insights.counts.districts";
        } else if (this == MEETINGS) {
            return "insights.counts.meetings";
        } else if (name().startsWith("SCALE_UP_")) {
            return "insights.counts.events";
        } else if (this == SPREAD_LINKS) {
            return "insights.counts.links";
        }
        return "insights.counts.communities";
    }

    /** The stored name of a count within a referral's service category, e.g. {@code SERVICE_SENT:HEALTH}. */
    public String in(String category) {
        return name() + ":" + category;
    }

    /** The stored name of a histogram bucket, e.g. {@code WEEKS_TO_HARM:12}; weeks beyond the last share its bucket. */
    public String bucket(int weeks) {
        return name() + ":" + Math.max(0, Math.min(weeks, LAST_WEEK_BUCKET));
    }
}
