package org.harambee.geography.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Collects problems up to {@link UnitFileParser#MAX_PROBLEMS}. A broken national file can hold hundreds of thousands
 * of faults; past the cap more of them help nobody, so readers check {@link #full()} and stop early.
 */
final class Problems {

    private static final int MAX_ARGUMENT_LENGTH = 80;

    private final List<ImportProblem> problems = new ArrayList<>();
    private boolean full;
    private String table;

    /** Problems from now on belong to this sheet or layer ({@code null}: the file has one table). */
    void inTable(String name) {
        table = name;
    }

    void add(int line, String code, Object... args) {
        if (full) {
            return;
        }
        if (problems.size() == UnitFileParser.MAX_PROBLEMS) {
            problems.add(new ImportProblem(0, ImportCodes.TOO_MANY_PROBLEMS, List.of(UnitFileParser.MAX_PROBLEMS)));
            full = true;
            return;
        }
        problems.add(new ImportProblem(table, line, code, Collections.unmodifiableList(Arrays.asList(args))));
    }

    /** How many problems are listed, to take back those of a table that turns out to be skipped. */
    int size() {
        return problems.size();
    }

    /** Takes back the problems listed after {@code mark} and returns them. */
    List<ImportProblem> removeFrom(int mark) {
        List<ImportProblem> removed = new ArrayList<>(problems.subList(mark, problems.size()));
        problems.subList(mark, problems.size()).clear();
        full = false;
        return removed;
    }

    boolean full() {
        return full;
    }

    List<ImportProblem> list() {
        return Collections.unmodifiableList(problems);
    }

    /** Shortens file text quoted in a message, because a garbled cell can be megabytes long. */
    static String excerpt(String text) {
        return excerpt(text, MAX_ARGUMENT_LENGTH);
    }

    static String excerpt(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength) + "…";
    }
}
