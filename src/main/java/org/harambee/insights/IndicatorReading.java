package org.harambee.insights;

import java.util.List;
import java.util.UUID;

/** Reads indicators from the roll-ups, suppressed unless the reader may see the underlying records. */
public interface IndicatorReading {

    /**
     * Every indicator of the unit for the period, followed (when asked) by those of each child unit; {@code exact}
     * false applies small-cell suppression with complementary suppression across the children and the unit's total.
     */
    List<IndicatorValue> values(UUID unitId, Period period, boolean withChildren, boolean exact);
}
