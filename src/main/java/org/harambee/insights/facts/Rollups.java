package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.harambee.insights.Measure;
import org.harambee.system.BufferedInserts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The write side of the facts, inside the event's transaction (decision 0013): what a community holds (its states per
 * month, in {@code insight_community_month}) is decided here, at once; what that adds to the roll-ups of its unit and
 * every ancestor is appended to {@code insight_delta} and added there by the {@link Folding folder} within seconds. A
 * write inserts rows only: it never updates a roll-up row nor waits for another writer's.
 */
@Component
class Rollups {

    /**
     * A change for the folder: at the units of a path (scope A) or at its last unit (U), see V73 for the kinds. A
     * community's change carries the path the writer saw; the folder counts it at the path the facts hold when it
     * folds.
     */
    record Delta(UUID community, String path, char scope, char kind, LocalDate start, String measure, long value) {

        /** A change of exactly one unit, given by its path. */
        static Delta at(String unitPath, char kind, LocalDate start, String measure, long value) {
            return new Delta(null, unitPath, 'U', kind, start, measure, value);
        }
    }

    private static final String INSERT =
            "insert into insight_delta (community_id, unit_path, scope, kind, period_start,"
                    + " measure, value) values (?, ?, ?, ?, ?, ?, ?)";

    /** Keys looked up or written at once by {@link #firstTimes}. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BufferedInserts inserts;

    Rollups(JdbcClient jdbc, JdbcTemplate template, BufferedInserts inserts) {
        this.jdbc = jdbc;
        this.template = template;
        this.inserts = inserts;
    }

    /** True the first time {@code key} is seen: what it stands for may be counted now, and never again. */
    boolean firstTime(String key) {
        return jdbc.sql("insert into insight_processed (event_key) values (?) on conflict do nothing")
                        .param(key)
                        .update()
                == 1;
    }

    /**
     * {@link #firstTime} for many keys at once (a batch of registrations, decision 0040): the keys seen for the first
     * time, which are recorded as seen. The keys already there are read first, in one query a thousand keys, and the
     * others inserted as one JDBC batch; an insert that found its key written meanwhile by another transaction (a
     * driver that reports counts of a batch says so) is not a first time either.
     */
    Set<String> firstTimes(Collection<String> keys) {
        List<String> all = List.copyOf(new LinkedHashSet<>(keys));
        Set<String> first = new LinkedHashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Set<String> seen =
                    new HashSet<>(jdbc.sql("select event_key from insight_processed where event_key in (:keys)")
                            .param("keys", chunk)
                            .query(String.class)
                            .list());
            List<Object[]> fresh = new ArrayList<>();
            chunk.stream().filter(k -> !seen.contains(k)).forEach(k -> fresh.add(new Object[] {k}));
            if (fresh.isEmpty()) {
                continue;
            }
            int[] counts = template.batchUpdate(
                    "insert into insight_processed (event_key) values (?) on conflict do nothing", fresh);
            for (int i = 0; i < fresh.size(); i++) {
                if (i >= counts.length || counts[i] != 0) {
                    first.add((String) fresh.get(i)[0]);
                }
            }
        }
        return first;
    }

    /** A flow of a community on a day: its monthly counter, and its unit's and ancestors' periods (when folded). */
    void flow(UUID community, String path, LocalDate day, String measure, long value) {
        append(List.of(new Delta(community, path, 'A', 'F', month(day), measure, value)));
    }

    /** A flow that belongs to a unit rather than a community (a scale-up event). */
    void unitFlow(String path, LocalDate day, String measure, long value) {
        append(List.of(new Delta(null, path, 'A', 'F', month(day), measure, value)));
    }

    /**
     * A community enters a state for a month (active, phased out six months ago...): counted once however often it is
     * said, at the community at once, and at its unit and each ancestor when folded; answers whether it was new.
     */
    boolean enter(UUID community, String path, LocalDate month, Measure stock) {
        boolean entered = jdbc.sql("insert into insight_community_month (community_id, month, measure, value)"
                                + " values (?, ?, ?, 1) on conflict do nothing")
                        .params(community, Date.valueOf(month), stock.name())
                        .update()
                == 1;
        if (entered) {
            append(List.of(new Delta(community, path, 'A', 'M', month, stock.name(), 1)));
        }
        return entered;
    }

    /**
     * The reverse of {@link #enter}: a community no longer holds a state for a month (linked to an agreement); answers
     * whether it held it. Not for COMMUNITIES_ACTIVE, which is never taken back.
     */
    boolean leave(UUID community, String path, LocalDate month, Measure stock) {
        boolean left = jdbc.sql("delete from insight_community_month where community_id = ? and month = ?"
                                + " and measure = ?")
                        .params(community, Date.valueOf(month), stock.name())
                        .update()
                == 1;
        if (left) {
            append(List.of(new Delta(community, path, 'A', 'M', month, stock.name(), -1)));
        }
        return left;
    }

    boolean holds(UUID community, LocalDate month, Measure stock) {
        return jdbc.sql("select count(*) from insight_community_month where community_id = ? and month = ?"
                                + " and measure = ?")
                        .params(community, Date.valueOf(month), stock.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The months from {@code first} to {@code last} for which a community holds a state (one read for a window). */
    Set<LocalDate> held(UUID community, Measure stock, LocalDate first, LocalDate last) {
        return new HashSet<>(jdbc.sql("select month from insight_community_month where community_id = ?"
                        + " and measure = ? and month between ? and ?")
                .params(community, stock.name(), Date.valueOf(first), Date.valueOf(last))
                .query(LocalDate.class)
                .list());
    }

    /** The months for which a community holds a state, in order. */
    List<LocalDate> months(UUID community, Measure stock) {
        return jdbc.sql(
                        "select month from insight_community_month where community_id = ? and measure = ? order by month")
                .params(community, stock.name())
                .query(LocalDate.class)
                .list();
    }

    /**
     * Appends changes for the folder, written with the transaction's other appended rows just before it commits
     * ({@link BufferedInserts}); changes of zero are left out.
     */
    void append(List<Delta> deltas) {
        for (Delta d : deltas) {
            if (d.value() != 0) {
                inserts.insert(
                        INSERT,
                        d.community(),
                        d.path(),
                        String.valueOf(d.scope()),
                        String.valueOf(d.kind()),
                        Date.valueOf(d.start()),
                        d.measure(),
                        d.value());
            }
        }
    }

    /** Writes the deltas this transaction still holds, before it reads {@code insight_delta}. */
    void flush() {
        inserts.flush();
    }

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }
}
