package org.harambee.capacity;

/** The readiness criteria the module knows how to evaluate; each has a required value configured per area. */
enum Criterion {
    /** Trained facilitators assigned to communities of the area, per 10 communities there (required: how many). */
    TRAINED_FACILITATORS_PER_10_COMMUNITIES,
    /** Every service point of the area's pathway has officers trained in referral (required: how many each). */
    TRAINED_OFFICER_PER_SERVICE_POINT,
    /** Government support recorded for the area (required: how many records). */
    GOVERNMENT_SUPPORT_RECORDED;

    static Criterion parse(String code) {
        for (Criterion c : values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return null;
    }
}
