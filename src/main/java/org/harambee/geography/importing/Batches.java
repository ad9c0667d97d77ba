package org.harambee.geography.importing;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The batched statements of an import, each reporting how many units it has written so far. Boundaries are read back
 * from the spill file one row at a time as a batch is bound, and a batch holds at most {@link #MAX_BATCH_BYTES} of
 * them, so that a file of a few huge boundaries does not gather them all in memory.
 */
final class Batches {

    /** A batch of boundaries is sent once it holds this much text. */
    static final long MAX_BATCH_BYTES = 16L << 20;

    private final JdbcTemplate jdbc;
    private final BoundarySpill boundaries;
    private final int size;
    private final IntConsumer progress;
    private int written;

    /** Progress is worth a write of the job row every this many units, not every batch. */
    private static final int REPORT_EVERY = 10_000;

    private final PostgresCopy copy;
    private int reported;

    Batches(JdbcTemplate jdbc, int size, BoundarySpill boundaries, IntConsumer progress) {
        this.copy = PostgresCopy.ifAvailable(jdbc, boundaries);
        this.jdbc = jdbc;
        this.boundaries = boundaries;
        this.size = size;
        this.progress = progress;
    }

    void insertUnits(List<Object[]> rows, Map<UUID, String> paths, Timestamp now) {
        if (copy != null) {
            int before = written;
            copy.units(rows, paths, now, n -> report(before + n, true));
            return;
        }
        run(
                "insert into geo_unit (id, country_id, pcode, parent_id, depth, path, name, valid_from, valid_to,"
                        + " population_total, population_children, geometry, geometry_hash, map_geometry, version,"
                        + " created_at, updated_at, search_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?,"
                        + " ?, ?)",
                rows,
                true,
                (ps, r) -> {
                    UUID id = (UUID) r[0];
                    ParsedUnit u = (ParsedUnit) r[2];
                    ps.setObject(1, id);
                    ps.setObject(2, r[1]);
                    ps.setString(3, u.pcode());
                    ps.setObject(4, r[3]);
                    ps.setInt(5, u.level());
                    ps.setString(6, paths.get(id));
                    ps.setString(7, UnitNames.defaultName(u.names()));
                    setDate(ps, 8, u.validFrom());
                    setDate(ps, 9, u.validTo());
                    setLong(ps, 10, u.populationTotal());
                    setLong(ps, 11, u.populationChildren());
                    setBoundary(ps, 12, u.geometry());
                    ps.setTimestamp(15, now);
                    ps.setTimestamp(16, now);
                    ps.setString(17, UnitNames.searchName(u.names()));
                });
    }

    void updateUnits(List<Object[]> rows, Map<UUID, String> paths, Timestamp now) {
        run(
                "update geo_unit set country_id = ?, parent_id = ?, path = ?, name = ?, valid_from = ?, valid_to = ?,"
                        + " population_total = ?, population_children = ?, geometry = coalesce(?, geometry),"
                        + " geometry_hash = coalesce(?, geometry_hash), map_geometry = coalesce(?, map_geometry),"
                        + " version = version + 1, updated_at = ?, search_name = ? where id = ?",
                rows,
                true,
                (ps, r) -> {
                    UUID id = (UUID) r[0];
                    ParsedUnit u = (ParsedUnit) r[2];
                    ps.setObject(1, r[1]);
                    ps.setObject(2, r[3]);
                    ps.setString(3, paths.get(id));
                    ps.setString(4, UnitNames.defaultName(u.names()));
                    setDate(ps, 5, u.validFrom());
                    setDate(ps, 6, u.validTo());
                    setLong(ps, 7, u.populationTotal());
                    setLong(ps, 8, u.populationChildren());
                    setBoundary(ps, 9, (Boundary) r[4]);
                    ps.setTimestamp(12, now);
                    ps.setString(13, UnitNames.searchName(u.names()));
                    ps.setObject(14, id);
                });
    }

    void updatePaths(List<Object[]> rows, Timestamp now) {
        run("update geo_unit set path = ?, updated_at = ? where id = ?", rows, false, (ps, r) -> {
            ps.setString(1, (String) r[0]);
            ps.setTimestamp(2, now);
            ps.setObject(3, r[1]);
        });
    }

    void history(List<Object[]> rows, UUID importId, Timestamp now) {
        run(
                "insert into geo_unit_history (id, unit_id, changed_at, import_id, change_kind, old_parent_id, old_path,"
                        + " old_name, old_valid_from, old_valid_to, old_language) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                false,
                (ps, r) -> {
                    ps.setObject(1, r[0]);
                    ps.setObject(2, r[1]);
                    ps.setTimestamp(3, now);
                    ps.setObject(4, importId);
                    ps.setString(5, (String) r[2]);
                    ps.setObject(6, r[3]);
                    ps.setString(7, (String) r[4]);
                    ps.setString(8, (String) r[5]);
                    setDate(ps, 9, (LocalDate) r[6]);
                    setDate(ps, 10, (LocalDate) r[7]);
                    ps.setString(11, (String) r[8]);
                });
    }

    /**
     * Replaces all names of each unit given; names of units not in the list stay as they are. New units have no names
     * to delete, which spares a national import 650,000 pointless deletes.
     */
    void replaceNames(List<ParsedUnit> units, Map<String, UUID> ids, Set<UUID> newUnits) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (ParsedUnit u : units) {
            UUID id = ids.get(u.pcode());
            if (!newUnits.contains(id)) {
                deletes.add(new Object[] {id});
            }
            u.names().forEach((language, name) -> inserts.add(new Object[] {id, language, name}));
        }
        run("delete from geo_unit_name where unit_id = ?", deletes, false, (ps, r) -> ps.setObject(1, r[0]));
        if (copy != null) {
            copy.names(inserts);
            return;
        }
        run(
                "insert into geo_unit_name (unit_id, language, name, search_name) values (?, ?, ?, ?)",
                inserts,
                false,
                (ps, r) -> {
                    ps.setObject(1, r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setString(3, (String) r[2]);
                    ps.setString(4, UnitNames.fold((String) r[2]));
                });
    }

    private interface Setter {
        void set(PreparedStatement ps, Object[] row) throws SQLException;
    }

    private void run(String sql, List<Object[]> rows, boolean countsUnits, Setter setter) {
        int from = 0;
        while (from < rows.size()) {
            int to = from;
            long bytes = 0;
            while (to < rows.size() && to - from < size && (to == from || bytes < MAX_BATCH_BYTES)) {
                bytes += boundaryBytes(rows.get(to++));
            }
            List<Object[]> chunk = rows.subList(from, to);
            jdbc.batchUpdate(sql, chunk, chunk.size(), setter::set);
            if (countsUnits) {
                report(written + chunk.size(), to >= rows.size());
            }
            from = to;
        }
    }

    /** Unit rows carry their boundary fifth; other rows carry none. */
    private static long boundaryBytes(Object[] row) {
        return row.length > 4 && row[4] instanceof Boundary b ? (long) b.length() + b.mapLength() : 0;
    }

    /** Binds the full text, hash and map text of a boundary at {@code index} and the two after it. */
    private void setBoundary(PreparedStatement ps, int index, Boundary boundary) throws SQLException {
        ps.setString(index, boundary == null ? null : boundaries.full(boundary));
        ps.setString(index + 1, boundary == null ? null : boundary.hash());
        ps.setString(index + 2, boundary == null ? null : boundaries.map(boundary));
    }

    private void report(int units, boolean last) {
        written = units;
        if (last || written - reported >= REPORT_EVERY) {
            reported = written;
            progress.accept(written);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
