package org.harambee.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a query's rows one at a time, {@link #FETCH} at a time from the database, for exports that must not hold a
 * whole list in memory. PostgreSQL keeps a cursor (and so fetches in batches) only inside a transaction: callers read
 * in a read-only one. Each module still writes its own SQL on its own tables.
 */
@Component
public class RecordStreams {

    static final int FETCH = 500;

    private final NamedParameterJdbcTemplate jdbc;

    RecordStreams(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /**
     * Hands the rows of {@code sql} to {@code batch} in lists of at most {@link #FETCH}, in order: for rows that need
     * names another module gives (places, parties), asked once a batch, never once a row. At most one batch is held.
     */
    public <T> void inBatches(String sql, Map<String, ?> params, RowMapper<T> mapper, Consumer<List<T>> batch) {
        List<T> rows = new ArrayList<>(FETCH);
        jdbc.query(sql, params, (RowCallbackHandler) rs -> {
            rows.add(mapper.mapRow(rs, rows.size()));
            if (rows.size() == FETCH) {
                batch.accept(List.copyOf(rows));
                rows.clear();
            }
        });
        if (!rows.isEmpty()) {
            batch.accept(List.copyOf(rows));
        }
    }

    /** Hands each row of {@code sql} to {@code row}, in order, without keeping any. */
    public void each(String sql, Map<String, ?> params, RowCallbackHandler row) {
        jdbc.query(sql, params, row);
    }
}
