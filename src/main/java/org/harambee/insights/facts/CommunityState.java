package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.insights.Measure;
import org.harambee.system.TransactionCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the facts keep of each community ({@code insight_community}): its unit path, origin and first dates. */
@Component
class CommunityState {

    /** A community as the facts see it. */
    record Community(
            UUID id,
            String unitPath,
            boolean asked,
            LocalDate registeredOn,
            LocalDate startedOn,
            LocalDate phasedOutOn) {}

    /** The first dates kept per community, by column. */
    enum First {
        STARTED("started_on"),
        HARM("harm_on"),
        ACTION("action_on"),
        PHASED_OUT("phased_out_on");

        final String column;

        First(String column) {
            this.column = column;
        }
    }

    /** The communities this transaction read with their active months ({@link #active}), by id. */
    private static final String ACTIVE = "insights.community-active";

    /** A registration as {@link #registered} takes it. */
    record Registration(UUID id, String unitPath, boolean asked, LocalDate on) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionCache cache;

    CommunityState(JdbcClient jdbc, JdbcTemplate template, TransactionCache cache) {
        this.jdbc = jdbc;
        this.template = template;
        this.cache = cache;
    }

    void registered(UUID id, String unitPath, boolean asked, LocalDate on) {
        cache.evict(ACTIVE, id);
        jdbc.sql("insert into insight_community (community_id, unit_path, asked, registered_on) values (?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(id, unitPath, asked, Date.valueOf(on))
                .update();
    }

    /**
     * {@link #registered} and then {@link #get} for a batch of registrations (decision 0040), at most a thousand: the
     * rows the facts keep already are read in one query, the others inserted as one JDBC batch. Answers the unit path
     * the facts hold for each community (the stored row's, else the registration's).
     */
    Map<UUID, String> registered(List<Registration> registrations) {
        Map<UUID, String> paths = new HashMap<>();
        if (registrations.isEmpty()) {
            return paths;
        }
        registrations.forEach(r -> cache.evict(ACTIVE, r.id()));
        jdbc.sql("select community_id, unit_path from insight_community where community_id in (:ids)")
                .param("ids", registrations.stream().map(Registration::id).toList())
                .query(rs -> {
                    paths.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        List<Object[]> fresh = new ArrayList<>();
        for (Registration r : registrations) {
            if (paths.putIfAbsent(r.id(), r.unitPath()) == null) {
                fresh.add(new Object[] {r.id(), r.unitPath(), r.asked(), Date.valueOf(r.on())});
            }
        }
        if (!fresh.isEmpty()) {
            template.batchUpdate(
                    "insert into insight_community (community_id, unit_path, asked, registered_on)"
                            + " values (?, ?, ?, ?) on conflict do nothing",
                    fresh);
        }
        return paths;
    }

    /**
     * The community, or one made from an event's unit path when it was registered before the facts were kept (a
     * rebuild sets its origin and dates right).
     */
    Community get(UUID id, String unitPath) {
        return find(id).orElseGet(() -> {
            cache.evict(ACTIVE, id);
            jdbc.sql("insert into insight_community (community_id, unit_path, asked) values (?, ?, false)"
                            + " on conflict do nothing")
                    .params(id, unitPath)
                    .update();
            return find(id).orElseThrow();
        });
    }

    Optional<Community> find(UUID id) {
        return read(id, "");
    }

    /** The community, its row locked until the transaction ends (a fold of its deltas waits, or is waited for). */
    Optional<Community> lock(UUID id) {
        return read(id, " for update");
    }

    private Optional<Community> read(UUID id, String lock) {
        return jdbc.sql("select community_id, unit_path, asked, registered_on, started_on, phased_out_on"
                        + " from insight_community where community_id = ?" + lock)
                .param(id)
                .query((rs, n) -> new Community(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getBoolean(3),
                        date(rs.getDate(4)),
                        date(rs.getDate(5)),
                        date(rs.getDate(6))))
                .optional();
    }

    /** A community with the months for which it holds a state. */
    record Holding(Community community, Set<LocalDate> months) {}

    /**
     * The community (made from the event's unit path when the facts do not keep it yet) with every month it is
     * active in, read once per transaction: a batch of meetings of one community reads it once. The set of months is
     * the cached one: whoever makes the community active for a month in this transaction adds it ({@link
     * #nowActive}); a change of the community's row evicts it, a rollback to a savepoint forgets it.
     */
    Holding active(UUID id, String unitPath) {
        return cache.get(
                ACTIVE,
                id,
                key -> allActive(key).orElseGet(() -> {
                    get(key, unitPath);
                    return allActive(key).orElseThrow();
                }));
    }

    /** The community is active in {@code month} now, as this transaction knows (the cached months kept in step). */
    void nowActive(UUID id, LocalDate month) {
        if (cache.peek(ACTIVE, id) instanceof Holding holding) {
            holding.months().add(month);
        }
    }

    /** Communities' rows were changed in bulk (a unit moved): what this transaction read of them is read again. */
    void changedInBulk() {
        cache.evictAll(ACTIVE);
    }

    /** The community and every month it is active in, in one read; empty when the facts do not keep it yet. */
    private Optional<Holding> allActive(UUID id) {
        Community[] community = {null};
        Set<LocalDate> months = new HashSet<>();
        jdbc.sql("select c.community_id, c.unit_path, c.asked, c.registered_on, c.started_on, c.phased_out_on, m.month"
                        + " from insight_community c left join insight_community_month m"
                        + " on m.community_id = c.community_id and m.measure = ?"
                        + " where c.community_id = ?")
                .params(Measure.COMMUNITIES_ACTIVE.name(), id)
                .query(rs -> {
                    if (community[0] == null) {
                        community[0] = new Community(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getBoolean(3),
                                date(rs.getDate(4)),
                                date(rs.getDate(5)),
                                date(rs.getDate(6)));
                    }
                    if (rs.getDate(7) != null) {
                        months.add(rs.getDate(7).toLocalDate());
                    }
                });
        return community[0] == null ? Optional.empty() : Optional.of(new Holding(community[0], months));
    }

    void set(UUID id, First first, LocalDate on) {
        cache.evict(ACTIVE, id);
        jdbc.sql("update insight_community set " + first.column + " = ? where community_id = ?")
                .params(Date.valueOf(on), id)
                .update();
    }

    /** The community counts as registered from an earlier day (it started before it was registered here). */
    void registeredOn(UUID id, LocalDate on) {
        cache.evict(ACTIVE, id);
        jdbc.sql("update insight_community set registered_on = ? where community_id = ?")
                .params(Date.valueOf(on), id)
                .update();
    }

    void asked(UUID id, boolean asked) {
        cache.evict(ACTIVE, id);
        jdbc.sql("update insight_community set asked = ? where community_id = ?")
                .params(asked, id)
                .update();
    }

    void move(UUID id, String unitPath) {
        cache.evict(ACTIVE, id);
        jdbc.sql("update insight_community set unit_path = ? where community_id = ?")
                .params(unitPath, id)
                .update();
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
