package org.harambee.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The problems of one import as message keys and arguments, by line and column, read in the reader's language when
 * shown. Past {@link #LIMIT} the rest are counted only: a file with a thousand problems needs fixing at its source.
 */
final class ImportProblems {

    static final int LIMIT = 1000;

    /** A problem as stored. */
    record Stored(int line, String column, String code, List<Object> args) {}

    private final List<Stored> list = new ArrayList<>();
    private int count;

    void add(int line, String column, String code, Object... args) {
        count++;
        if (list.size() < LIMIT) {
            list.add(new Stored(
                    line,
                    column,
                    code,
                    Arrays.stream(args).map(ImportProblems::plain).toList()));
        }
    }

    boolean any() {
        return count > 0;
    }

    /** Whether a problem concerns the file as a whole (line 0): it could not be read, or holds nothing. */
    boolean onFile() {
        return list.stream().anyMatch(p -> p.line() == 0);
    }

    boolean full() {
        return count >= LIMIT;
    }

    int count() {
        return count;
    }

    /** The stored problems by line, the file's own first. */
    List<Stored> list() {
        List<Stored> sorted = new ArrayList<>(list);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted;
    }

    /** Arguments kept as JSON: numbers stay numbers, anything else its text. */
    private static Object plain(Object arg) {
        return arg instanceof Number || arg instanceof String || arg == null ? arg : String.valueOf(arg);
    }
}
