package org.harambee.geography.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of an OCHA population table (COD-PS): the P-code of the row's deepest unit (any COD-AB P-code column
 * family, or a plain P-code column), the total ({@code T_TL} or {@code Total}, else {@code F_TL} plus {@code M_TL},
 * else the sum of the age bands), the children under 18 summed from the age bands ({@link AgeBands}), and the
 * reference year from a {@code Year} column, else from the sheet name, else from the file name.
 */
final class PopulationRows implements RowReader {

    static final String FORMAT = "cod-ps";

    private static final Pattern LEVEL_PCODE = Pattern.compile("adm(?:in)?(\\d{1,2})pcode?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final int MAX_LEVELS = 100;

    private final String[] header;
    private final int[] pcodes;
    private final int total;
    private final int female;
    private final int male;
    private final int year;
    private final Integer tableYear;
    private final Map<Integer, AgeBands> bands;
    private final boolean bothSexesInBands;
    private final List<PopulationFigure> figures;
    private final Map<String, Integer> lineByPcode;
    private final String sheet;
    private final Problems problems;

    private PopulationRows(String[] header, Columns c, String sheet, Integer tableYear, Sink sink, Problems problems) {
        this.header = header;
        this.pcodes = c.pcodes;
        this.total = c.total;
        this.female = c.female;
        this.male = c.male;
        this.year = c.year;
        this.bands = c.bands;
        this.bothSexesInBands = c.bands.values().stream().anyMatch(b -> b.sex() == 't');
        this.sheet = sheet;
        this.tableYear = tableYear;
        this.figures = sink.figures;
        this.lineByPcode = sink.lineByPcode;
        this.problems = problems;
    }

    /** Where the figures of every table of one file go; a P-code given twice is reported. */
    static final class Sink {
        final List<PopulationFigure> figures = new ArrayList<>();
        final Map<String, Integer> lineByPcode = new HashMap<>();
    }

    private static final class Columns {
        int[] pcodes = new int[0];
        int total = -1;
        int female = -1;
        int male = -1;
        int year = -1;
        final Map<Integer, AgeBands> bands = new HashMap<>();
    }

    /** The reader for a header, or {@code null} after reporting what it lacks. */
    static RowReader detect(String fileName, String table, String[] header, int line, Sink sink, Problems problems) {
        Columns c = new Columns();
        int[] byLevel = new int[MAX_LEVELS];
        java.util.Arrays.fill(byLevel, -1);
        int deepest = -1;
        int plainPcode = -1;
        for (int i = 0; i < header.length; i++) {
            String key = Layouts.key(header[i]);
            Matcher level = LEVEL_PCODE.matcher(key);
            if (level.matches()) {
                int n = Integer.parseInt(level.group(1));
                byLevel[n] = byLevel[n] < 0 ? i : byLevel[n];
                deepest = Math.max(deepest, n);
            } else if (key.equals("pcode") && plainPcode < 0) {
                plainPcode = i;
            } else if (key.equals("ttl") || key.equals("total") || key.equals("poptotal") || key.equals("population")) {
                c.total = c.total < 0 ? i : c.total;
            } else if (key.equals("ftl")) {
                c.female = i;
            } else if (key.equals("mtl")) {
                c.male = i;
            } else if (key.equals("year") || key.equals("referenceyear") || key.equals("refyear")) {
                c.year = i;
            } else if (AgeBands.of(header[i]) != null) {
                c.bands.put(i, AgeBands.of(header[i]));
            }
        }
        List<Integer> pcodeColumns = new ArrayList<>();
        for (int n = 0; n <= deepest; n++) {
            if (byLevel[n] >= 0) {
                pcodeColumns.add(byLevel[n]);
            }
        }
        if (pcodeColumns.isEmpty() && plainPcode >= 0) {
            pcodeColumns.add(plainPcode);
        }
        c.pcodes = pcodeColumns.stream().mapToInt(Integer::intValue).toArray();
        if (c.pcodes.length == 0) {
            problems.add(line, ImportCodes.HEADER_MISSING_PCODE, 0);
            return null;
        }
        if (c.total < 0 && (c.female < 0 || c.male < 0) && c.bands.isEmpty()) {
            problems.add(line, ImportCodes.POPULATION_HEADER);
            return null;
        }
        Integer tableYear = yearIn(table);
        tableYear = tableYear != null ? tableYear : yearIn(fileName);
        if (c.year < 0 && tableYear == null) {
            problems.add(line, ImportCodes.POPULATION_NO_YEAR);
            return null;
        }
        return new PopulationRows(header, c, table, tableYear, sink, problems);
    }

    private static Integer yearIn(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = YEAR.matcher(name);
        Integer found = null;
        while (m.find()) {
            found = Integer.valueOf(m.group(1));
        }
        return found;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public void read(Row row, Boundary geometry) {
        String pcode = "";
        for (int column : pcodes) {
            if (!row.cell(column).isEmpty()) {
                pcode = row.cell(column).toUpperCase(Locale.ROOT);
            }
        }
        if (pcode.isEmpty()) {
            problems.add(row.line(), ImportCodes.ROW_NO_PCODE);
            return;
        }
        Integer rowYear = year(row);
        if (rowYear == null) {
            return;
        }
        Counts counts = new Counts(row);
        Long people = counts.total();
        Long children = counts.children();
        if (!counts.ok) {
            return;
        }
        if (people != null && children != null && children > people) {
            problems.add(row.line(), ImportCodes.POPULATION_CHILDREN_EXCEED_TOTAL, pcode, children, people);
            return;
        }
        Integer earlier = lineByPcode.putIfAbsent(pcode, row.line());
        if (earlier != null) {
            problems.add(row.line(), ImportCodes.PCODE_DUPLICATE, pcode, earlier);
            return;
        }
        figures.add(new PopulationFigure(row.line(), sheet, pcode, people, children, rowYear));
    }

    private Integer year(Row row) {
        String text = year < 0 ? "" : row.cell(year);
        if (text.isEmpty()) {
            if (tableYear == null) {
                problems.add(row.line(), ImportCodes.POPULATION_NO_YEAR);
            }
            return tableYear;
        }
        String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (!digits.matches("(19|20)\\d\\d")) {
            problems.add(row.line(), ImportCodes.POPULATION_YEAR_INVALID, Problems.excerpt(text));
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** The counts of one row; estimates may carry decimals, which are rounded once summed. */
    private final class Counts {
        private final Row row;
        boolean ok = true;

        Counts(Row row) {
            this.row = row;
        }

        Long total() {
            Double t = number(total);
            if (t == null && female >= 0 && male >= 0) {
                Double f = number(female);
                Double m = number(male);
                t = f == null || m == null ? null : f + m;
            }
            if (t == null && !bands.isEmpty()) {
                t = sumBands(false);
            }
            return t == null ? null : Math.round(t);
        }

        Long children() {
            if (bands.isEmpty()) {
                return null;
            }
            Double sum = sumBands(true);
            return sum == null ? null : Math.round(sum);
        }

        private Double sumBands(boolean childrenOnly) {
            double sum = 0;
            boolean any = false;
            for (Map.Entry<Integer, AgeBands> band : bands.entrySet()) {
                AgeBands b = band.getValue();
                // Totals per band when the file has them; otherwise women and men, which add up to them.
                if (bothSexesInBands != (b.sex() == 't')) {
                    continue;
                }
                Double value = number(band.getKey());
                if (value != null) {
                    sum += childrenOnly ? value * b.childShare() : value;
                    any = true;
                }
            }
            return any ? sum : null;
        }

        private Double number(int column) {
            String text = column < 0 ? "" : row.cell(column).replace(",", "").replace(" ", "");
            if (text.isEmpty()) {
                return null;
            }
            try {
                double value = new BigDecimal(text).doubleValue();
                if (value >= 0 && value < 1e15) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(row.line(), ImportCodes.POPULATION_INVALID, header[column], Problems.excerpt(text));
            ok = false;
            return null;
        }
    }
}
