package org.harambee.geography.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * New units and their names reach PostgreSQL through {@code COPY ... FROM STDIN}, its bulk path, in the import's own
 * transaction: a national import spends most of its time inserting, and COPY does that at about twice the rate of
 * batched inserts. Other databases take the batched inserts of {@link Batches}.
 */
final class PostgresCopy {

    private static final int CHUNK = 50_000;

    /** A chunk is sent once its text holds this many characters, boundaries included. */
    private static final int CHUNK_CHARS = 8 << 20;

    private final JdbcTemplate jdbc;
    private final BoundarySpill boundaries;

    private PostgresCopy(JdbcTemplate jdbc, BoundarySpill boundaries) {
        this.jdbc = jdbc;
        this.boundaries = boundaries;
    }

    /** The bulk path when the import's connection is PostgreSQL's, otherwise null. */
    static PostgresCopy ifAvailable(JdbcTemplate jdbc, BoundarySpill boundaries) {
        Boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) con -> con.isWrapperFor(PGConnection.class));
        return Boolean.TRUE.equals(postgres) ? new PostgresCopy(jdbc, boundaries) : null;
    }

    /** Rows as {@link Batches#insertUnits} takes them: id, country id, parsed unit, parent id. */
    void units(List<Object[]> rows, Map<UUID, String> paths, Timestamp now, IntConsumer written) {
        String sql = "copy geo_unit (id, country_id, pcode, parent_id, depth, path, name, valid_from, valid_to,"
                + " population_total, population_children, geometry, geometry_hash, map_geometry, version, created_at,"
                + " updated_at, search_name)"
                + " from stdin (format csv)";
        String at = now.toInstant().toString();
        int done = 0;
        StringBuilder csv = new StringBuilder();
        int inChunk = 0;
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            ParsedUnit u = (ParsedUnit) r[2];
            String name = UnitNames.defaultName(u.names());
            line(
                    csv,
                    id,
                    r[1],
                    u.pcode(),
                    r[3],
                    u.level(),
                    paths.get(id),
                    name,
                    u.validFrom(),
                    u.validTo(),
                    u.populationTotal(),
                    u.populationChildren(),
                    u.geometry() == null ? null : boundaries.full(u.geometry()),
                    u.geometry() == null ? null : u.geometry().hash(),
                    u.geometry() == null ? null : boundaries.map(u.geometry()),
                    0,
                    at,
                    at,
                    UnitNames.searchName(u.names()));
            inChunk++;
            if (inChunk == CHUNK || csv.length() >= CHUNK_CHARS) {
                copy(sql, csv);
                done += inChunk;
                written.accept(done);
                csv.setLength(0);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            copy(sql, csv);
            written.accept(done + inChunk);
        }
    }

    /** Rows of (unit id, language, name); the folded name for searches is added here. */
    void names(List<Object[]> rows) {
        String sql = "copy geo_unit_name (unit_id, language, name, search_name) from stdin (format csv)";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            StringBuilder csv = new StringBuilder();
            for (Object[] r : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                line(csv, r[0], r[1], r[2], UnitNames.fold((String) r[2]));
            }
            copy(sql, csv);
        }
    }

    private void copy(String sql, StringBuilder csv) {
        jdbc.execute((ConnectionCallback<Long>) con -> copyIn(con, sql, csv));
    }

    private static long copyIn(Connection con, String sql, StringBuilder csv) throws SQLException {
        try {
            return con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line: null as an empty field, every value quoted with its quotes doubled. */
    private static void line(StringBuilder csv, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object v = values[i];
            if (v != null) {
                csv.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        csv.append('\n');
    }
}
