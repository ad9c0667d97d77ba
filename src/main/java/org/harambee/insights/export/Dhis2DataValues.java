package org.harambee.insights.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.insights.IndicatorValue;
import org.springframework.stereotype.Component;

/**
 * Indicator values as a DHIS2 {@code dataValueSets} payload: one data value per mapped indicator of a mapped unit,
 * with DHIS2's period identifier; a suppressed (hidden) value is left out, never sent as zero.
 */
@Component
public class Dhis2DataValues {

    /** One value, in DHIS2's field names. */
    public record DataValue(String dataElement, String period, String orgUnit, String value) {}

    /** The payload of {@code POST /api/dataValueSets}. */
    public record DataValueSet(List<DataValue> dataValues) {}

    private final Dhis2Mappings mappings;

    Dhis2DataValues(Dhis2Mappings mappings) {
        this.mappings = mappings;
    }

    public DataValueSet of(List<IndicatorValue> values) {
        Map<String, String> elements = mappings.dataElements();
        Map<UUID, String> orgUnits = mappings.orgUnits(
                values.stream().map(IndicatorValue::unitId).distinct().toList());
        List<DataValue> dataValues = new ArrayList<>();
        for (IndicatorValue v : values) {
            String element = elements.get(v.indicator());
            String orgUnit = orgUnits.get(v.unitId());
            if (element != null && orgUnit != null && v.value() != null && Double.isFinite(v.value())) {
                dataValues.add(new DataValue(element, v.period().dhis2(), orgUnit, TidyCsv.number(v.value())));
            }
        }
        return new DataValueSet(dataValues);
    }
}
