package org.harambee.insights;

import java.util.UUID;

/**
 * One indicator of one unit for one period, as its reader may see it: a hidden (suppressed) number is null. For a
 * count, {@code value} is the count and numerator/denominator are null; for a rate or share, value is
 * numerator ÷ denominator (times the indicator's scale).
 */
public record IndicatorValue(
        String indicator,
        UUID unitId,
        String pcode,
        String unitName,
        Period period,
        Long numerator,
        Long denominator,
        Double value) {}
