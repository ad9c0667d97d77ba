package org.harambee.insights.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.insights.Period;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes a unit's indicators (it and its children, mapped ones only) for a period to the DHIS2 server, always with
 * small cells suppressed: aggregates that leave the platform are never exact. Only indicators mapped in the period's
 * type leave, one data value set per data set. Each push, with what DHIS2's import summaries counted and the
 * conflicts they named, is kept and audited. DHIS2 imports each set on its own: when the server fails after a first
 * set, that set stays imported and pushing again updates it.
 */
@Service
public class Dhis2Push {

    /**
     * A push as kept: where, when, what was sent and what DHIS2 counted (null when it said nothing), and the conflicts
     * it named (values it refused, with its error code). Status {@code NOTHING_TO_SEND} when no value was mapped in
     * the period's type: DHIS2 was not called.
     */
    public record Pushed(
            UUID id,
            String period,
            Instant pushedAt,
            String pushedBy,
            String status,
            int sent,
            Integer imported,
            Integer updated,
            Integer ignored,
            Integer deleted,
            List<Dhis2Client.Conflict> conflicts)
            implements java.io.Serializable {}

    private final Readers readers;
    private final IndicatorExports exports;
    private final Dhis2DataValues dataValues;
    private final Dhis2Client client;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    Dhis2Push(
            Readers readers,
            IndicatorExports exports,
            Dhis2DataValues dataValues,
            Dhis2Client client,
            JdbcClient jdbc,
            AuditTrail audit,
            TransactionTemplate transaction) {
        this.transaction = transaction;
        this.readers = readers;
        this.exports = exports;
        this.dataValues = dataValues;
        this.client = client;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public boolean configured() {
        return client.configured();
    }

    public Pushed push(String pcode, String periodText, Locale locale) {
        Period period = IndicatorExports.period(periodText);
        Readers.Reader reader = readers.of(pcode, Permission.MANAGE_INTEGRATIONS, locale);
        if (!client.configured()) {
            throw new Dhis2Unavailable(HttpStatus.CONFLICT, "insights.dhis2.problem.notConfigured");
        }
        List<Dhis2DataValues.DataValueSet> sets = dataValues.sets(exports.values(reader, period, false), period);
        List<Dhis2Client.Summary> summaries = new ArrayList<>();
        List<Dhis2Client.Conflict> conflicts = new ArrayList<>();
        try {
            for (Dhis2DataValues.DataValueSet set : sets) {
                Dhis2Client.Summary summary = client.send(set);
                summaries.add(summary);
                summary.conflicts()
                        .forEach(c -> conflicts.add(
                                new Dhis2Client.Conflict(set.dataSet(), c.errorCode(), c.object(), c.message())));
            }
        } catch (Dhis2Unavailable e) {
            audit.record(
                    "DHIS2_PUSH_FAILED",
                    "unit",
                    reader.unit().pcode(),
                    reader.unit().id(),
                    reader.unit().path(),
                    period + " " + e.getStatusCode().value());
            throw e;
        }
        String by = CurrentUser.name();
        Pushed pushed = new Pushed(
                UUID.randomUUID(),
                period.toString(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                by,
                summaries.isEmpty() ? "NOTHING_TO_SEND" : worst(summaries),
                sets.stream().mapToInt(s -> s.dataValues().size()).sum(),
                sum(summaries, Dhis2Client.Summary::imported),
                sum(summaries, Dhis2Client.Summary::updated),
                sum(summaries, Dhis2Client.Summary::ignored),
                sum(summaries, Dhis2Client.Summary::deleted),
                List.copyOf(conflicts));
        // the push, its conflicts and its audit record are kept together or not at all (DHIS2 is not called within)
        transaction.executeWithoutResult(status -> {
            jdbc.sql(
                            "insert into insight_dhis2_push (id, unit_id, unit_path, period, pushed_by, pushed_at, status, sent,"
                                    + " imported, updated, ignored, deleted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            pushed.id(),
                            reader.unit().id(),
                            reader.unit().path(),
                            pushed.period(),
                            by,
                            Timestamp.from(pushed.pushedAt()),
                            truncate(pushed.status()),
                            pushed.sent(),
                            pushed.imported(),
                            pushed.updated(),
                            pushed.ignored(),
                            pushed.deleted())
                    .update();
            int position = 0;
            for (Dhis2Client.Conflict c : pushed.conflicts()) {
                jdbc.sql(
                                "insert into insight_dhis2_push_conflict (push_id, position, data_set, error_code, object, message)"
                                        + " values (?, ?, ?, ?, ?, ?)")
                        .params(pushed.id(), position++, c.dataSet(), c.errorCode(), c.object(), c.message())
                        .update();
            }
            audit.record(
                    "DHIS2_PUSHED",
                    "unit",
                    reader.unit().pcode(),
                    reader.unit().id(),
                    reader.unit().path(),
                    period + " sent " + pushed.sent() + ", " + pushed.status() + ", "
                            + pushed.conflicts().size() + " conflict(s)");
        });
        return pushed;
    }

    /** The worst status of the summaries: ERROR over WARNING over the others (SUCCESS, OK). */
    private static String worst(List<Dhis2Client.Summary> summaries) {
        String worst = summaries.get(0).status();
        for (Dhis2Client.Summary s : summaries) {
            if ("ERROR".equalsIgnoreCase(s.status())
                    || ("WARNING".equalsIgnoreCase(s.status()) && !"ERROR".equalsIgnoreCase(worst))) {
                worst = s.status();
            }
        }
        return worst;
    }

    private static Integer sum(List<Dhis2Client.Summary> summaries, Function<Dhis2Client.Summary, Integer> count) {
        Integer total = null;
        for (Dhis2Client.Summary s : summaries) {
            Integer n = count.apply(s);
            if (n != null) {
                total = total == null ? n : total + n;
            }
        }
        return total;
    }

    /** The latest pushes, newest first, with their conflicts. */
    public List<Pushed> recent(int limit) {
        List<Pushed> pushes = jdbc.sql(
                        "select id, period, pushed_at, pushed_by, status, sent, imported, updated, ignored, deleted"
                                + " from insight_dhis2_push order by pushed_at desc limit :limit")
                .param("limit", limit)
                .query((rs, i) -> new Pushed(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        (Integer) integer(rs.getObject(7)),
                        integer(rs.getObject(8)),
                        integer(rs.getObject(9)),
                        integer(rs.getObject(10)),
                        List.of()))
                .list();
        if (pushes.isEmpty()) {
            return pushes;
        }
        Map<UUID, List<Dhis2Client.Conflict>> conflicts = new HashMap<>();
        jdbc.sql("select push_id, data_set, error_code, object, message from insight_dhis2_push_conflict"
                        + " where push_id in (:ids) order by push_id, position")
                .param("ids", pushes.stream().map(Pushed::id).toList())
                .query((rs, i) -> conflicts
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Dhis2Client.Conflict(
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))))
                .list();
        return pushes.stream()
                .map(p -> new Pushed(
                        p.id(),
                        p.period(),
                        p.pushedAt(),
                        p.pushedBy(),
                        p.status(),
                        p.sent(),
                        p.imported(),
                        p.updated(),
                        p.ignored(),
                        p.deleted(),
                        conflicts.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static String truncate(String status) {
        return status.length() <= 20 ? status : status.substring(0, 20);
    }
}
