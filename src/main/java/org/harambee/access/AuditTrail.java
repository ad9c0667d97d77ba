package org.harambee.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail, the access module's API for every module: {@link #record} appends a line in its own transaction
 * (so that a refused or failed action is still recorded), chained by SHA-256 to the line before; {@link #verify}
 * walks the chain and names the first line that does not match.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    /** The outcome of a verification: how many lines were checked and the first broken one, if any. */
    public record Verification(long checked, Long firstBrokenSeq) {
        public boolean intact() {
            return firstBrokenSeq == null;
        }
    }

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action of the signed-in user (or "anonymous") on a record, optionally placed in a unit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String recordType, String recordId, UUID unitId, String unitPath, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        recordAs(auth == null ? "anonymous" : auth.getName(), action, recordType, recordId, unitId, unitPath, detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(
            String actor,
            String action,
            String recordType,
            String recordId,
            UUID unitId,
            String unitPath,
            String detail) {
        jdbc.sql("select id from access_audit_lock where id = 1 for update")
                .query(Integer.class)
                .single();
        record Last(long seq, String hash) {}
        Last last = jdbc.sql("select seq, hash from access_audit order by seq desc limit 1")
                .query((rs, i) -> new Last(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new Last(0, GENESIS));
        String who = actor.length() <= 100 ? actor : actor.substring(0, 100);
        AuditEntry entry = new AuditEntry(
                last.seq() + 1,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                who,
                remoteAddress(),
                action,
                recordType,
                recordId,
                unitId,
                unitPath,
                truncate(detail));
        jdbc.sql("insert into access_audit (seq, at, actor, remote_address, action, record_type, record_id, unit_id,"
                        + " unit_path, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        entry.seq(),
                        Timestamp.from(entry.at()),
                        entry.actor(),
                        entry.remoteAddress(),
                        entry.action(),
                        entry.recordType(),
                        entry.recordId(),
                        entry.unitId(),
                        entry.unitPath(),
                        entry.detail(),
                        last.hash(),
                        sha256(entry.canonical(last.hash())))
                .update();
    }

    /**
     * What to show of the trail: one action, one actor, the lines placed inside a unit's subtree ({@code unitPath}),
     * from and before an instant. Null means no filter.
     */
    public record AuditQuery(String action, String actor, String unitPath, Instant from, Instant to) {
        public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
    }

    /**
     * Lines newest first, filtered by {@code query} and limited to {@code scope}: a scope other than everywhere shows
     * only the lines placed in one of its units.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> list(AuditQuery query, Scope scope, int page, int size) {
        List<AuditEntry> entries = new ArrayList<>();
        select(query, scope, (long) page * size, size, entries::add);
        return entries;
    }

    /** Every line that {@link #list} would show, newest first, at most {@code limit}, one at a time (for exports). */
    @Transactional(readOnly = true)
    public void each(AuditQuery query, Scope scope, int limit, java.util.function.Consumer<AuditEntry> consumer) {
        select(query, scope, 0, limit, consumer);
    }

    private void select(
            AuditQuery query, Scope scope, long offset, int limit, java.util.function.Consumer<AuditEntry> consumer) {
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
                    consumer.accept(entry(rs, 0));
                });
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        long[] checked = {0};
        Long[] broken = {null};
        String[] prev = {GENESIS};
        jdbc.sql("select seq, at, actor, remote_address, action, record_type, record_id, unit_id, unit_path, detail,"
                        + " prev_hash, hash from access_audit order by seq")
                .query(rs -> {
                    if (broken[0] != null) {
                        return;
                    }
                    AuditEntry e = entry(rs, 0);
                    boolean linked = rs.getString("prev_hash").equals(prev[0]) && e.seq() == checked[0] + 1;
                    String expected = sha256(e.canonical(prev[0]));
                    if (!linked || !expected.equals(rs.getString("hash"))) {
                        broken[0] = e.seq();
                        return;
                    }
                    prev[0] = expected;
                    checked[0]++;
                });
        return new Verification(checked[0], broken[0]);
    }

    private static AuditEntry entry(ResultSet rs, int i) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("remote_address"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getString("detail"));
    }

    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
