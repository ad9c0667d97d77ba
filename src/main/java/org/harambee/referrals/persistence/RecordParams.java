package org.harambee.referrals.persistence;

import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;

/**
 * Named parameters taken by name from the components of one or more records (a parameter {@code :dueAt} is the
 * component {@code dueAt()}), in the types every database takes: enums by name, instants as timestamps.
 */
public final class RecordParams extends MapSqlParameterSource {

    private RecordParams() {}

    public static RecordParams of(Record... records) {
        RecordParams params = new RecordParams();
        for (Record r : records) {
            var source = new SimplePropertySqlParameterSource(r);
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                params.and(c.getName(), source.getValue(c.getName()));
            }
        }
        return params;
    }

    /** A value no record holds, or one to use instead of theirs. */
    public RecordParams and(String name, Object value) {
        addValue(name, value instanceof Enum<?> e ? e.name() : value instanceof Instant i ? Timestamp.from(i) : value);
        return this;
    }
}
