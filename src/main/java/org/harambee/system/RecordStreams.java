package org.harambee.system;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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

    /** Hands each row of {@code sql} to {@code row}, in order, without keeping any. */
    public void each(String sql, Map<String, ?> params, RowCallbackHandler row) {
        jdbc.query(sql, params, row);
    }
}
