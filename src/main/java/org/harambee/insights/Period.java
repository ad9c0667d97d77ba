package org.harambee.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month ({@code 2026-03}), quarter ({@code 2026-Q1}) or year ({@code 2026}): the periods every indicator is kept
 * for. {@link #kind()} is the {@code period_kind} and {@link #start()} the {@code period_start} of the roll-up table.
 */
public record Period(char kind, LocalDate start) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        if (kind != 'M' && kind != 'Q' && kind != 'Y') {
            throw new IllegalArgumentException("period kind must be M, Q or Y");
        }
        if (start.getDayOfMonth() != 1
                || (kind == 'Q' && (start.getMonthValue() - 1) % 3 != 0)
                || (kind == 'Y' && start.getMonthValue() != 1)) {
            throw new IllegalArgumentException("a period starts on its first day");
        }
    }

    public static Period month(YearMonth month) {
        return new Period('M', month.atDay(1));
    }

    public static Period quarterOf(LocalDate day) {
        return new Period('Q', LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1));
    }

    public static Period yearOf(LocalDate day) {
        return new Period('Y', LocalDate.of(day.getYear(), 1, 1));
    }

    /** Parses {@code 2026-03}, {@code 2026-Q1} or {@code 2026}; null when the text is none of these. */
    public static Period parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12
                    ? new Period('M', LocalDate.of(Integer.parseInt(m.group(1)), month, 1))
                    : null;
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            int quarter = Integer.parseInt(m.group(2));
            return new Period('Q', LocalDate.of(Integer.parseInt(m.group(1)), (quarter - 1) * 3 + 1, 1));
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            return new Period('Y', LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
        }
        return null;
    }

    /** The day after the period. */
    public LocalDate end() {
        return switch (kind) {
            case 'M' -> start.plusMonths(1);
            case 'Q' -> start.plusMonths(3);
            default -> start.plusYears(1);
        };
    }

    /** The last month of the period: where a stock measure is read for a quarter or a year. */
    public YearMonth lastMonth() {
        return YearMonth.from(end().minusDays(1));
    }

    /** DHIS2's period identifier: {@code 202603}, {@code 2026Q1}, {@code 2026}. */
    public String dhis2() {
        return switch (kind) {
            case 'M' -> String.format("%d%02d", start.getYear(), start.getMonthValue());
            case 'Q' -> start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
            default -> String.valueOf(start.getYear());
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case 'M' -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case 'Q' -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            default -> String.valueOf(start.getYear());
        };
    }
}
