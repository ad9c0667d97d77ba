package org.harambee.insights.export;

import java.util.List;
import java.util.Locale;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.insights.IndicatorReading;
import org.harambee.insights.IndicatorValue;
import org.harambee.insights.Period;
import org.harambee.system.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The indicators of a unit and its children for a period, as one export: scope-checked for
 * {@link Permission#EXPORT_AGGREGATES}, suppressed unless the reader may see exact figures, and recorded in the audit
 * trail (which unit, period, format and how many rows; never a figure or a person).
 */
@Service
public class IndicatorExports {

    /** An export ready to write: the unit as read, the period, and its values (hidden ones null). */
    public record Export(Readers.Reader reader, Period period, List<IndicatorValue> values) {}

    private final Readers readers;
    private final IndicatorReading reading;
    private final AuditTrail audit;

    IndicatorExports(Readers readers, IndicatorReading reading, AuditTrail audit) {
        this.readers = readers;
        this.reading = reading;
        this.audit = audit;
    }

    /** Reads and records an export of the unit with this P-code; {@code format} names the file kind in the trail. */
    public Export export(String pcode, String periodText, String format, Locale locale) {
        Period period = period(periodText);
        Readers.Reader reader = readers.of(pcode, Permission.EXPORT_AGGREGATES, locale);
        List<IndicatorValue> values = values(reader, period, reader.exact());
        audit.record(
                "INSIGHTS_EXPORTED",
                "unit",
                reader.unit().pcode(),
                reader.unit().id(),
                reader.unit().path(),
                format + " " + period + " " + values.size() + " row(s)" + (reader.exact() ? " exact" : " suppressed"));
        return new Export(reader, period, values);
    }

    /** The values of a unit and its children, exact or suppressed, without a check or a trail (callers do both). */
    public List<IndicatorValue> values(Readers.Reader reader, Period period, boolean exact) {
        return reading.values(reader.unit().id(), period, true, exact);
    }

    /** The period of a query parameter: a month, quarter or year, or a 400 naming the field. */
    public static Period period(String text) {
        Period period = Period.parse(text);
        if (period == null) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("period", "insights.export.period.invalid")));
        }
        return period;
    }
}
