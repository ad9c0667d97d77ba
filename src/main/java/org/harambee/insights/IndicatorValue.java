package org.harambee.insights;

import java.util.UUID;

/**
 * One indicator of one unit for one period, as its reader may see it: a hidden (suppressed) number is null. For a
 * count, {@code value} is the count and numerator/denominator are null; for a rate or share, value is
 * numerator ÷ denominator (times the indicator's scale). {@code suppressed} says the value is hidden from this reader
 * ({@code hidden} names the hidden count); a null value that is not suppressed has nothing to divide by (0 ÷ 0).
 * An indicator not defined at the unit's level has no value at all.
 */
public record IndicatorValue(
        String indicator,
        UUID unitId,
        String pcode,
        String unitName,
        Period period,
        Long numerator,
        Long denominator,
        Double value,
        boolean suppressed,
        Measure hidden) {}
