package org.harambee.insights.export;

import java.util.Optional;
import org.harambee.insights.Period;

/** The period types of DHIS2 data sets that Harambee's periods are: a value leaves only in its data set's type. */
public enum Dhis2PeriodType {
    Monthly('M'),
    Quarterly('Q'),
    Yearly('Y');

    private final char kind;

    Dhis2PeriodType(char kind) {
        this.kind = kind;
    }

    public static Dhis2PeriodType of(Period period) {
        for (Dhis2PeriodType type : values()) {
            if (type.kind == period.kind()) {
                return type;
            }
        }
        throw new IllegalArgumentException("no DHIS2 period type for " + period);
    }

    /** DHIS2's name of the type ({@code Monthly}...), case-insensitively; empty for any other. */
    public static Optional<Dhis2PeriodType> parse(String text) {
        if (text != null) {
            for (Dhis2PeriodType type : values()) {
                if (type.name().equalsIgnoreCase(text.trim())) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }
}
