package org.harambee.geography.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Finds and reads the validity and population columns. Exports name them in many ways ({@code validOn},
 * {@code Valid from}, {@code pop_total}), so matching is on the header with case and separators removed.
 */
final class FactColumns {

    private static final int ISO_DATE_LENGTH = 10;
    private static final int MAX_COUNT_DIGITS = 18;

    private final String[] header;
    private int validFrom = -1;
    private int validTo = -1;
    private int total = -1;
    private int children = -1;

    FactColumns(String[] header) {
        this.header = header;
    }

    /** Takes the column if its key names a fact; returns whether it did. */
    boolean accept(String key, int column) {
        switch (key) {
            case "validon", "validfrom" -> validFrom = validFrom < 0 ? column : validFrom;
            case "validto" -> validTo = validTo < 0 ? column : validTo;
            case "population", "poptotal", "populationtotal" -> total = total < 0 ? column : total;
            case "children", "popchildren", "populationchildren" -> children = children < 0 ? column : children;
            default -> {
                return false;
            }
        }
        return true;
    }

    UnitFacts read(Row row, String pcode, Problems problems) {
        if (validFrom < 0 && validTo < 0 && total < 0 && children < 0) {
            return UnitFacts.NONE;
        }
        LocalDate from = date(row, validFrom, problems);
        LocalDate to = date(row, validTo, problems);
        Long people = count(row, total, problems);
        Long young = count(row, children, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(row.line(), ImportCodes.DATE_RANGE, pcode, from, to);
        }
        if (people != null && young != null && young > people) {
            problems.add(row.line(), ImportCodes.POPULATION_CHILDREN_EXCEED_TOTAL, pcode, young, people);
        }
        return new UnitFacts(from, to, people, young);
    }

    /** Accepts an ISO date, or the date part of an ISO date-time as GIS tools write it. */
    private LocalDate date(Row row, int column, Problems problems) {
        String value = row.cell(column);
        if (value.isEmpty()) {
            return null;
        }
        boolean dateTime = value.length() > ISO_DATE_LENGTH
                && (value.charAt(ISO_DATE_LENGTH) == 'T' || value.charAt(ISO_DATE_LENGTH) == ' ');
        try {
            return LocalDate.parse(dateTime ? value.substring(0, ISO_DATE_LENGTH) : value);
        } catch (DateTimeParseException e) {
            problems.add(row.line(), ImportCodes.DATE_INVALID, header[column], Problems.excerpt(value));
            return null;
        }
    }

    /** Accepts a whole number of zero or more; a zero fraction ({@code 1200.0}) is allowed as GIS tools store reals. */
    private Long count(Row row, int column, Problems problems) {
        String value = row.cell(column);
        if (value.isEmpty()) {
            return null;
        }
        int end = value.length();
        int point = value.indexOf('.');
        if (point > 0 && onlyZeros(value, point + 1)) {
            end = point;
        }
        if (end == 0 || end > MAX_COUNT_DIGITS || !onlyDigits(value, end)) {
            problems.add(row.line(), ImportCodes.POPULATION_INVALID, header[column], Problems.excerpt(value));
            return null;
        }
        return Long.parseLong(value, 0, end, 10);
    }

    private static boolean onlyDigits(String value, int end) {
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyZeros(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
