package org.harambee.insights.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.harambee.insights.IndicatorValue;
import org.harambee.insights.Period;
import org.harambee.system.CsvSheet;
import org.springframework.stereotype.Component;

/**
 * Indicator values as DHIS2 {@code dataValueSets} payloads: one data value per indicator mapped in the period's type
 * (its data set's), of a mapped unit, with DHIS2's period identifier; one set per data set. A suppressed (hidden) value
 * is left out, never sent as zero; so is an indicator in a period type it is not mapped in, since DHIS2 refuses a
 * period of another type than its data set's.
 */
@Component
public class Dhis2DataValues {

    /** One value, in DHIS2's field names. */
    public record DataValue(String dataElement, String period, String orgUnit, String value) {}

    /** The payload of {@code POST /api/dataValueSets}: its data set when it holds one data set's values. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataValueSet(String dataSet, List<DataValue> dataValues) {}

    private final Dhis2ElementMapping elements;
    private final Dhis2OrgUnitMapping orgUnits;

    Dhis2DataValues(Dhis2ElementMapping elements, Dhis2OrgUnitMapping orgUnits) {
        this.elements = elements;
        this.orgUnits = orgUnits;
    }

    /** One set per data set of the period's type, by data set id; none when nothing is mapped in that type. */
    public List<DataValueSet> sets(List<IndicatorValue> values, Period period) {
        Map<String, Dhis2ElementMapping.Destination> destinations = elements.destinations(Dhis2PeriodType.of(period));
        Map<UUID, String> units = orgUnits.orgUnits(
                values.stream().map(IndicatorValue::unitId).distinct().toList());
        Map<String, List<DataValue>> bySet = new TreeMap<>();
        for (IndicatorValue v : values) {
            Dhis2ElementMapping.Destination destination = destinations.get(v.indicator());
            String orgUnit = units.get(v.unitId());
            if (destination != null
                    && orgUnit != null
                    && v.period().equals(period)
                    && v.value() != null
                    && Double.isFinite(v.value())) {
                bySet.computeIfAbsent(destination.dataSet(), k -> new ArrayList<>())
                        .add(new DataValue(
                                destination.dataElement(), v.period().dhis2(), orgUnit, CsvSheet.number(v.value())));
            }
        }
        List<DataValueSet> sets = new ArrayList<>();
        bySet.forEach((dataSet, dataValues) -> sets.add(new DataValueSet(dataSet, dataValues)));
        return sets;
    }

    /** The values of every data set as one payload (without a data set), for reading or importing by hand. */
    public DataValueSet of(List<IndicatorValue> values, Period period) {
        List<DataValueSet> sets = sets(values, period);
        if (sets.size() == 1) {
            return sets.get(0);
        }
        return new DataValueSet(
                null, sets.stream().flatMap(s -> s.dataValues().stream()).toList());
    }
}
