package org.harambee.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * How far behind the primary the replica is, measured every {@code harambee.datasource.replica.lag-refresh} on a
 * thread of its own and served from memory, so that a request never asks. The primary's WAL position is sampled
 * each time; the replica is as fresh as the newest sample its replayed position has reached (0 when it has replayed
 * everything the primary had), which is an upper bound that an idle primary does not inflate, unlike the age of the
 * last replayed transaction alone. Gauges {@code harambee_replica_lag_seconds} (NaN while the replica cannot be read)
 * and {@code harambee_replica_used} (1 while reads go to it).
 */
class ReplicaLag {

    private record Sample(Instant at, long lsn) {}

    /** The last measurement: {@code reason} is null while the replica answers. */
    record State(Instant at, double seconds, String reason) {}

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaSettings settings;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final ScheduledExecutorService measuring = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "replica-lag");
        thread.setDaemon(true);
        return thread;
    });
    private volatile State state = new State(Instant.EPOCH, Double.NaN, "not measured yet");

    ReplicaLag(DataSource primary, DataSource replica, ReplicaSettings settings) {
        this.primary = primary;
        this.replica = replica;
        this.settings = settings;
    }

    void register(MeterRegistry registry) {
        Gauge.builder("harambee.replica.lag", this, l -> l.state.reason() == null ? l.state.seconds() : Double.NaN)
                .baseUnit("seconds")
                .description("How far the read replica is behind the primary")
                .register(registry);
        Gauge.builder("harambee.replica.used", this, l -> l.usable() ? 1 : 0)
                .description("1 while dashboards, lists and exports read from the replica, 0 while on the primary")
                .register(registry);
    }

    /**
     * Measures on a thread of its own: on the shared scheduler a long job (a gauge refresh, a rebuild) would delay the
     * measurement past {@link ReplicaSettings#trustFor()} and send every reading to the primary meanwhile.
     */
    void start() {
        long every = Math.max(50, settings.refresh().toMillis());
        measuring.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    void close() {
        measuring.shutdownNow();
    }

    synchronized void refresh() {
        Instant now = Instant.now();
        try {
            long primaryLsn = primaryLsn();
            Replayed replayed = replayed();
            samples.addLast(new Sample(now, primaryLsn));
            Instant keepFrom = now.minus(settings.primaryAfterWrite().multipliedBy(2));
            while (samples.size() > 1 && samples.peekFirst().at().isBefore(keepFrom)) {
                samples.removeFirst();
            }
            state = new State(now, lag(now, replayed), null);
        } catch (SQLException | RuntimeException e) {
            // caught whatever it is: an exception would end the scheduled measurements for good
            state = new State(now, Double.NaN, DatabaseUnavailable.summary(e));
        }
    }

    private double lag(Instant now, Replayed replayed) {
        if (replayed.lsn() < 0) {
            return 0; // not a standby: it is its own primary
        }
        Sample reached = null;
        for (Sample s : samples) {
            if (s.lsn() <= replayed.lsn()) {
                reached = s;
            }
        }
        if (reached != null) {
            return reached.at().equals(now) ? 0 : seconds(reached.at(), now);
        }
        double sinceFirst = seconds(samples.peekFirst().at(), now);
        return Double.isNaN(replayed.lastReplayAge()) ? sinceFirst : Math.max(sinceFirst, replayed.lastReplayAge());
    }

    /** Replicas fail: a failed connection takes reads back to the primary until the next measurement. */
    void markDown(String reason) {
        state = new State(Instant.now(), Double.NaN, reason);
    }

    /** The replica answers, is within the allowed lag, and was measured recently enough to trust. */
    boolean usable() {
        State s = state;
        return s.reason() == null
                && s.seconds() <= settings.maxLag().toMillis() / 1000.0
                && Duration.between(s.at(), Instant.now()).compareTo(settings.trustFor()) <= 0;
    }

    State state() {
        return state;
    }

    /** For the health details: whether reads go to the replica, and why not. */
    String describe() {
        State s = state;
        if (s.reason() != null) {
            return "not used: " + s.reason();
        }
        String behind = String.format(java.util.Locale.ROOT, "%.1f s behind", s.seconds());
        if (usable()) {
            return "in use, " + behind;
        }
        return s.seconds() > settings.maxLag().toMillis() / 1000.0
                ? "not used: " + behind + ", more than " + settings.maxLag().toSeconds() + " s"
                : "not used: not measured since " + s.at();
    }

    private long primaryLsn() throws SQLException {
        try (Connection c = primary.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            return lsn(rs.getString(1));
        }
    }

    private record Replayed(long lsn, double lastReplayAge) {}

    private Replayed replayed() throws SQLException {
        try (Connection c = replica.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text,"
                        + " extract(epoch from now() - pg_last_xact_replay_timestamp())")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return new Replayed(-1, 0);
            }
            double age = rs.getDouble(3);
            return new Replayed(lsn(rs.getString(2)), rs.wasNull() ? Double.NaN : Math.max(0, age));
        }
    }

    /** A WAL position as PostgreSQL writes it, {@code 16/B374D848}. */
    static long lsn(String text) {
        int slash = text.indexOf('/');
        return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
