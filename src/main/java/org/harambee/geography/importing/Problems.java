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

    void add(int line, String code, Object... args) {
        if (full) {
            return;
        }
        if (problems.size() == UnitFileParser.MAX_PROBLEMS) {
            problems.add(new ImportProblem(0, ImportCodes.TOO_MANY_PROBLEMS, List.of(UnitFileParser.MAX_PROBLEMS)));
            full = true;
            return;
        }
        problems.add(new ImportProblem(line, code, Collections.unmodifiableList(Arrays.asList(args))));
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
