package org.harambee.insights.facts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The few statements of the facts that PostgreSQL and H2 write differently, in one place. PostgreSQL adds to a counter
 * with {@code insert ... on conflict do update}, which is atomic under concurrent writers; H2 (the embedded pilot
 * database) with a standard {@code merge}. Both understand {@code on conflict do nothing}.
 */
@Component
class FactSql {

    private final boolean postgres;

    FactSql(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database", e);
        }
    }

    boolean postgres() {
        return postgres;
    }

    /** Adds to a unit's counter: parameters unit, period kind, period start, measure, delta. */
    String addToUnit() {
        if (postgres) {
            return "insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                    + " values (?, ?, ?, ?, ?) on conflict (unit_id, period_kind, period_start, measure)"
                    + " do update set value = insight_unit_period.value + excluded.value";
        }
        return "merge into insight_unit_period t using (values (cast(? as uuid), cast(? as char(1)), cast(? as date),"
                + " cast(? as varchar(40)), cast(? as bigint))) s (unit_id, period_kind, period_start, measure, value)"
                + " on t.unit_id = s.unit_id and t.period_kind = s.period_kind and t.period_start = s.period_start"
                + " and t.measure = s.measure when matched then update set value = t.value + s.value"
                + " when not matched then insert (unit_id, period_kind, period_start, measure, value)"
                + " values (s.unit_id, s.period_kind, s.period_start, s.measure, s.value)";
    }

    /** Adds to a community's counter: parameters community, month, measure, delta. */
    String addToCommunity() {
        if (postgres) {
            return "insert into insight_community_month (community_id, month, measure, value) values (?, ?, ?, ?)"
                    + " on conflict (community_id, measure, month)"
                    + " do update set value = insight_community_month.value + excluded.value";
        }
        return "merge into insight_community_month t using (values (cast(? as uuid), cast(? as date),"
                + " cast(? as varchar(40)), cast(? as bigint))) s (community_id, month, measure, value)"
                + " on t.community_id = s.community_id and t.month = s.month and t.measure = s.measure"
                + " when matched then update set value = t.value + s.value"
                + " when not matched then insert (community_id, month, measure, value)"
                + " values (s.community_id, s.month, s.measure, s.value)";
    }

    /** Adds to a running change beyond the horizon: parameters unit, month, measure, delta. */
    String addToFuture() {
        if (postgres) {
            return "insert into insight_future (unit_id, month, measure, value) values (?, ?, ?, ?)"
                    + " on conflict (unit_id, measure, month) do update set value = insight_future.value + excluded.value";
        }
        return "merge into insight_future t using (values (cast(? as uuid), cast(? as date), cast(? as varchar(40)),"
                + " cast(? as bigint))) s (unit_id, month, measure, value)"
                + " on t.unit_id = s.unit_id and t.month = s.month and t.measure = s.measure"
                + " when matched then update set value = t.value + s.value"
                + " when not matched then insert (unit_id, month, measure, value)"
                + " values (s.unit_id, s.month, s.measure, s.value)";
    }

    /**
     * Sets the session's time zone, in which dates of instants are read, for the rest of the transaction (PostgreSQL)
     * or until {@link #sessionZoneReset()} (H2). A fixed offset is named as the {@code Etc/GMT} zone both understand.
     */
    String sessionZone(ZoneId zone) {
        String name = zone.getId();
        if (zone instanceof ZoneOffset offset) {
            if (offset.getTotalSeconds() % 3600 != 0) {
                throw new IllegalArgumentException("harambee.time-zone: name a region, not an offset in minutes");
            }
            int hours = offset.getTotalSeconds() / 3600;
            name = hours == 0 ? "UTC" : "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
        }
        if (!name.matches("[A-Za-z0-9/_+-]+")) {
            throw new IllegalArgumentException("harambee.time-zone: not a zone name");
        }
        return (postgres ? "set local time zone '" : "set time zone '") + name + "'";
    }

    /**
     * What a rebuild step sets for its own transaction on PostgreSQL: memory enough for its sorts and hash tables to
     * stay off disk (the server's default of 4 MB is sized for many small queries, a step is one large one at a time);
     * and the cost of a random page read as on solid-state storage, so that a district's statements reach the large
     * fact tables through their indexes for its few thousand rows rather than scanning them whole, which the default
     * (a rotating disk's) prefers as soon as the planner overestimates a district's share. H2: nothing.
     */
    List<String> rebuildSettings() {
        return postgres
                ? List.of("set local work_mem = '" + REBUILD_WORK_MEM + "'", "set local random_page_cost = 1.1")
                : List.of();
    }

    /** A step's sort and hash memory on PostgreSQL: one step runs at a time, beside the nodes' small queries. */
    static final String REBUILD_WORK_MEM = "256MB";

    /**
     * Brings the planner's statistics of {@code tables} up to date (PostgreSQL; H2 plans by index regardless): after a
     * step filled a work table, so that it reads the source tables through their indexes for a chunk's few rows instead
     * of scanning them whole; and of the facts before steps that rewrite many of them.
     */
    List<String> analyze(String... tables) {
        return postgres ? Arrays.stream(tables).map(t -> "analyze " + t).toList() : List.of();
    }

    /**
     * An empty work table for the step: on PostgreSQL the connection's own copy, emptied at each commit, so that steps on
     * several connections at once each fill their own (a temporary table of the same name comes first in the search path
     * and hides the shared one); H2 (one step at a time) empties the shared table.
     */
    List<String> emptyWorkTable(String table, String columns) {
        String empty = "delete from " + table;
        return postgres
                ? List.of(
                        "create temporary table if not exists " + table + " (" + columns + ") on commit delete rows",
                        empty)
                : List.of(empty);
    }

    /** What puts the session's time zone back after {@link #sessionZone}: nothing on PostgreSQL. */
    String sessionZoneReset() {
        return postgres ? null : "set time zone local";
    }

    /** Whole days from {@code from} to {@code to} (two date expressions). */
    String days(String from, String to) {
        return postgres ? "(" + to + " - " + from + ")" : "datediff('DAY', " + from + ", " + to + ")";
    }
}
