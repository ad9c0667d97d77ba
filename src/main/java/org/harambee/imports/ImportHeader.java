package org.harambee.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.harambee.system.ImportColumn;
import org.harambee.system.RecordImporter;

/**
 * The columns a kind's file may have: the importer's own and, for a placed kind, {@code pcode}, {@code place} and
 * {@code parent}. Header cells are compared in lower case, with spaces and hyphens as underscores and a trailing
 * {@code *} (the template's mark of a required column) left out, so that {@code "Population total *"} is
 * {@code population_total}.
 */
final class ImportHeader {

    static final String PCODE = "pcode";
    static final String PLACE = "place";
    static final String PARENT = "parent";

    private final List<ImportColumn> columns;
    private final boolean placed;

    ImportHeader(RecordImporter<?> importer) {
        this.columns = importer.columns();
        this.placed = importer.placed();
    }

    /** Every column of the template, in order: the place columns first for a placed kind. */
    List<ImportColumn> columns() {
        List<ImportColumn> all = new ArrayList<>();
        if (placed) {
            all.add(ImportColumn.optional(PCODE, "SL040101"));
            all.add(ImportColumn.optional(PLACE, "Kpetema"));
            all.add(ImportColumn.optional(PARENT, "Nongowa"));
        }
        all.addAll(columns);
        return all;
    }

    List<String> names() {
        return columns().stream().map(ImportColumn::name).toList();
    }

    static String normalise(String cell) {
        if (cell == null) {
            return "";
        }
        String name = Normalizer.normalize(cell, Normalizer.Form.NFC)
                .replace("\uFEFF", "")
                .strip();
        if (name.endsWith("*")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    boolean knowsAny(List<String> names) {
        Set<String> known = new HashSet<>(names());
        return names.stream().anyMatch(known::contains);
    }

    /** Reports unknown, repeated and missing columns of the header on {@code line}. */
    void check(List<String> names, int line, ImportProblems problems) {
        Set<String> known = new HashSet<>(names());
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                problems.add(line, name, "recordImports.header.unknownColumn", name, String.join(", ", names()));
            } else if (!seen.add(name)) {
                problems.add(line, name, "recordImports.header.repeated", name);
            }
        }
        for (ImportColumn column : columns) {
            if (column.required() && !seen.contains(column.name())) {
                problems.add(line, column.name(), "recordImports.header.missing", column.name());
            }
        }
        if (placed && !seen.contains(PCODE) && !seen.contains(PLACE)) {
            problems.add(line, PCODE, "recordImports.header.noPlace");
        }
    }
}
