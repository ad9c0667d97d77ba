package org.harambee.partners.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;

/** Dates as entered (ISO, year-month-day), with a problem on the field when one is malformed or required. */
public final class Dates {

    private Dates() {}

    public static LocalDate parse(String value, String field, boolean required, List<FieldProblem> problems) {
        String text = Inputs.trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, "partners.date.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "partners.date.invalid"));
            return null;
        }
    }

    /** A date of something that has happened: a problem when it lies after today. */
    public static LocalDate past(String value, String field, List<FieldProblem> problems) {
        LocalDate date = parse(value, field, true, problems);
        if (date != null && date.isAfter(LocalDate.now())) {
            problems.add(new FieldProblem(field, "partners.date.future"));
        }
        return date;
    }
}
