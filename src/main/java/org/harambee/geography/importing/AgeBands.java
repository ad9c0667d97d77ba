package org.harambee.geography.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The age and sex columns of OCHA population files (COD-PS): {@code F_00_04}, {@code M_05_09}, {@code T_15_19},
 * {@code T_80Plus}, and the spellings other exports use ({@code f_0_4}, {@code F00_04}, {@code M_5-9},
 * {@code T_15to19}, {@code F_80_plus}, single years {@code T_07}). Children are the people under 18: a band wholly
 * below 18 counts in full, a band across 18 counts for its share of years below 18 (15-19: 3 of its 5 years, so 3/5),
 * on the assumption that people spread evenly over the years of a band.
 */
record AgeBands(char sex, int from, int to) {

    static final int ADULT_AGE = 18;
    private static final int OPEN_END = 200;

    private static final Pattern BAND = Pattern.compile("([fmt])[_ ]?(\\d{1,2})(?:[_ -]|to)(\\d{1,2})");
    private static final Pattern OPEN = Pattern.compile("([fmt])[_ ]?(\\d{1,2})[_ ]?(?:plus|\\+)");
    private static final Pattern SINGLE = Pattern.compile("([fmt])[_ ]?(\\d{1,2})");

    /** The band a header names, or {@code null} when it names none. */
    static AgeBands of(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        Matcher m = BAND.matcher(h);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(2));
            int to = Integer.parseInt(m.group(3));
            return from <= to ? new AgeBands(m.group(1).charAt(0), from, to) : null;
        }
        m = OPEN.matcher(h);
        if (m.matches()) {
            return new AgeBands(m.group(1).charAt(0), Integer.parseInt(m.group(2)), OPEN_END);
        }
        m = SINGLE.matcher(h);
        if (m.matches()) {
            int age = Integer.parseInt(m.group(2));
            return new AgeBands(m.group(1).charAt(0), age, age);
        }
        return null;
    }

    /** The share of the band's people who are under 18. */
    double childShare() {
        if (to < ADULT_AGE) {
            return 1;
        }
        if (from >= ADULT_AGE) {
            return 0;
        }
        return (double) (ADULT_AGE - from) / (to - from + 1);
    }
}
