package org.harambee.access.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.access.AuditEntry;
import org.harambee.access.AuditTrail;
import org.harambee.access.Scope;
import org.harambee.system.BufferedInserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail's lines as people look them up: newest first, filtered, limited to a reader's scope. */
@Component
public class AuditLines {

    private final JdbcClient jdbc;
    private final BufferedInserts inserts;

    public AuditLines(JdbcClient jdbc, BufferedInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /**
     * Lines newest first, filtered by {@code query} and limited to {@code scope}: a scope other than everywhere shows
     * only the lines placed in one of its units.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> list(AuditTrail.AuditQuery query, Scope scope, int page, int size) {
        List<AuditEntry> entries = new ArrayList<>();
        select(query, scope, (long) page * size, size, entries::add);
        return entries;
    }

    /** Every line that {@link #list} would show, newest first, at most {@code limit}, one at a time (for exports). */
    @Transactional(readOnly = true)
    public void each(
            AuditTrail.AuditQuery query, Scope scope, int limit, java.util.function.Consumer<AuditEntry> consumer) {
        select(query, scope, 0, limit, consumer);
    }

    private void select(
            AuditTrail.AuditQuery query,
            Scope scope,
            long offset,
            int limit,
            java.util.function.Consumer<AuditEntry> consumer) {
        inserts.flush();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.everywhere()) {
            List<String> ranges = new ArrayList<>();
            for (int i = 0; i < scope.paths().size(); i++) {
                // paths hold only hex digits, '-' and '/', none of which is special to like
                ranges.add("unit_path like :within" + i);
                params.put("within" + i, scope.paths().get(i) + "%");
            }
            where.add(ranges.isEmpty() ? "1 = 0" : "(" + String.join(" or ", ranges) + ")");
        }
        if (blankToNull(query.action()) != null) {
            where.add("action = :action");
            params.put("action", query.action().trim().toUpperCase(Locale.ROOT));
        }
        if (blankToNull(query.actor()) != null) {
            where.add("actor = :actor");
            params.put("actor", query.actor().trim().toLowerCase(Locale.ROOT));
        }
        if (query.unitPath() != null) {
            where.add("unit_path like :unitPath");
            params.put("unitPath", query.unitPath() + "%");
        }
        if (query.from() != null) {
            where.add("at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.add("at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        jdbc.sql("select seq, at, actor, remote_address, action, record_type, record_id, unit_id, unit_path,"
                        + " detail from access_audit" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(rs -> {
                    consumer.accept(AuditTrail.entry(rs));
                });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
