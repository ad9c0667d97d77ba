package org.harambee.insights.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.insights.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Pushes a unit's indicators (it and its children, mapped ones only) for a period to the DHIS2 server, always with
 * small cells suppressed: aggregates that leave the platform are never exact. Each push, with the counts of DHIS2's
 * import summary, is kept and audited.
 */
@Service
public class Dhis2Push {

    /** A push as kept: where, when, what was sent and what DHIS2 counted (null when it said nothing). */
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
            Integer deleted) {}

    private final Readers readers;
    private final IndicatorExports exports;
    private final Dhis2DataValues dataValues;
    private final Dhis2Client client;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Dhis2Push(
            Readers readers,
            IndicatorExports exports,
            Dhis2DataValues dataValues,
            Dhis2Client client,
            JdbcClient jdbc,
            AuditTrail audit) {
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
        Dhis2DataValues.DataValueSet set = dataValues.of(exports.values(reader, period, false));
        Dhis2Client.Summary summary;
        try {
            summary = client.send(set);
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
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        Pushed pushed = new Pushed(
                UUID.randomUUID(),
                period.toString(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                by,
                summary.status(),
                set.dataValues().size(),
                summary.imported(),
                summary.updated(),
                summary.ignored(),
                summary.deleted());
        jdbc.sql("insert into insight_dhis2_push (id, unit_id, unit_path, period, pushed_by, pushed_at, status, sent,"
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
        audit.record(
                "DHIS2_PUSHED",
                "unit",
                reader.unit().pcode(),
                reader.unit().id(),
                reader.unit().path(),
                period + " sent " + pushed.sent() + ", " + pushed.status());
        return pushed;
    }

    /** The latest pushes, newest first. */
    public List<Pushed> recent(int limit) {
        return jdbc.sql("select id, period, pushed_at, pushed_by, status, sent, imported, updated, ignored, deleted"
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
                        integer(rs.getObject(10))))
                .list();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static String truncate(String status) {
        return status.length() <= 20 ? status : status.substring(0, 20);
    }
}
