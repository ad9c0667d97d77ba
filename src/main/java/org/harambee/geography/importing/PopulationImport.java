package org.harambee.geography.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A population-only import (OCHA COD-PS): each unit named by P-code gets its population, children under 18 and the
 * figures' reference year; the hierarchy, names and boundaries stay as they are. Every P-code must be stored already,
 * or nothing is written. What the file leaves out (children when it has no age bands) is kept.
 */
final class PopulationImport {

    /** The figures of a file and its problems, before anything is written. */
    record Parsed(String format, List<PopulationFigure> figures, List<ImportProblem> problems) {}

    private static final int CHUNK = 1000;

    private PopulationImport() {}

    /** Reads a CSV or Excel population file, streaming it. */
    static Parsed parse(String fileName, Path file) {
        Problems problems = new Problems();
        PopulationRows.Sink sink = new PopulationRows.Sink();
        RowReaders readers =
                (table, header, line) -> PopulationRows.detect(fileName, table, header, line, sink, problems);
        String format = null;
        try {
            UnitFileParser.Kind kind = UnitFileParser.kindOf(fileName, file, problems);
            if (kind == UnitFileParser.Kind.CSV) {
                try (InputStream in = UnitFileParser.TextStart.open(file, problems)) {
                    format = in != null && CsvTable.read(in, readers, problems) != null ? PopulationRows.FORMAT : null;
                }
            } else if (kind == UnitFileParser.Kind.XLSX) {
                format = XlsxTables.read(file, readers, problems) ? PopulationRows.FORMAT : null;
            } else if (kind != null) {
                problems.add(0, ImportCodes.POPULATION_FORMAT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(format, sink.figures, problems.list());
    }

    /**
     * Checks every P-code against the stored units and writes the figures that differ, in the caller's transaction.
     *
     * @return the outcome, or {@code null} when problems were added (then nothing was written)
     */
    static UnitWriter.Outcome write(
            JdbcClient jdbc, JdbcTemplate template, List<PopulationFigure> figures, Problems problems) {
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (int from = 0; from < figures.size(); from += CHUNK) {
            List<PopulationFigure> chunk = figures.subList(from, Math.min(figures.size(), from + CHUNK));
            Map<String, Stored> stored = stored(jdbc, chunk);
            for (PopulationFigure figure : chunk) {
                Stored unit = stored.get(figure.pcode());
                if (unit == null) {
                    problems.inTable(figure.sheet());
                    problems.add(figure.line(), ImportCodes.POPULATION_UNKNOWN_UNIT, figure.pcode());
                    continue;
                }
                Long total = figure.total() != null ? figure.total() : unit.total();
                Long children = figure.children() != null ? figure.children() : unit.children();
                if (total != null && children != null && children > total) {
                    problems.inTable(figure.sheet());
                    problems.add(
                            figure.line(),
                            ImportCodes.POPULATION_CHILDREN_EXCEED_TOTAL,
                            figure.pcode(),
                            children,
                            total);
                } else if (Objects.equals(total, unit.total())
                        && Objects.equals(children, unit.children())
                        && Objects.equals(figure.year(), unit.year())) {
                    unchanged++;
                } else {
                    updates.add(new Object[] {total, children, figure.year(), unit.id()});
                }
            }
        }
        problems.inTable(null);
        if (problems.size() > 0) {
            return null;
        }
        template.batchUpdate(
                "update geo_unit set population_total = ?, population_children = ?, population_year = ?,"
                        + " version = version + 1, updated_at = current_timestamp where id = ?",
                updates,
                CHUNK,
                (ps, r) -> {
                    ps.setObject(1, r[0], Types.BIGINT);
                    ps.setObject(2, r[1], Types.BIGINT);
                    ps.setInt(3, (Integer) r[2]);
                    ps.setObject(4, r[3]);
                });
        return new UnitWriter.Outcome(0, updates.size(), 0, unchanged);
    }

    private record Stored(java.util.UUID id, Long total, Long children, Integer year) {}

    private static Map<String, Stored> stored(JdbcClient jdbc, List<PopulationFigure> chunk) {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.sql("select pcode, id, population_total, population_children, population_year from geo_unit"
                        + " where pcode in (:pcodes)")
                .param("pcodes", chunk.stream().map(PopulationFigure::pcode).toList())
                .query(rs -> {
                    stored.put(
                            rs.getString(1),
                            new Stored(
                                    rs.getObject(2, java.util.UUID.class),
                                    rs.getObject(3, Long.class),
                                    rs.getObject(4, Long.class),
                                    rs.getObject(5, Integer.class)));
                });
        return stored;
    }
}
