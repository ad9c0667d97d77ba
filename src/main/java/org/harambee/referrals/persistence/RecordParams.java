package org.harambee.referrals.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.AbstractSqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Named parameters read by name from the components of one or more records (a parameter {@code :dueAt} is the
 * component {@code dueAt()}), in the types every database takes: enums by name, instants as timestamps.
 */
public final class RecordParams extends AbstractSqlParameterSource {

    private final MapSqlParameterSource extra = new MapSqlParameterSource();
    private final List<SqlParameterSource> sources = new ArrayList<>(List.of(extra));

    private RecordParams() {}

    public static RecordParams of(Object... records) {
        RecordParams params = new RecordParams();
        for (Object r : records) {
            params.sources.add(new SimplePropertySqlParameterSource(r));
        }
        return params;
    }

    /** A value no record holds (or one to use instead of theirs). */
    public RecordParams and(String name, Object value) {
        extra.addValue(name, value);
        return this;
    }

    @Override
    public boolean hasValue(String name) {
        return sources.stream().anyMatch(s -> s.hasValue(name));
    }

    @Override
    public Object getValue(String name) {
        for (SqlParameterSource s : sources) {
            if (s.hasValue(name)) {
                return column(s.getValue(name));
            }
        }
        throw new IllegalArgumentException("No value for parameter '" + name + "'");
    }

    private static Object column(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value instanceof Instant i ? Timestamp.from(i) : value;
    }
}
