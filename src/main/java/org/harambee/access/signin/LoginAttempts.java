package org.harambee.access.signin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per account, with a back-off: after {@value #FREE_ATTEMPTS} failures in a row the account refuses
 * every password for a minute, and each further failure doubles the pause, up to an hour. A success clears it. Unknown
 * usernames are not recorded, and the answer to a locked account is the same as to a wrong password, so nobody learns
 * which accounts exist.
 */
@Repository
public class LoginAttempts {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    /** The state of one account's sign-ins. */
    public record State(int failures, Instant lockedUntil) {

        static final State CLEAR = new State(0, null);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    private final JdbcClient jdbc;

    public LoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    State of(String username) {
        return jdbc.sql("select failed_logins, locked_until from access_user where username = ?")
                .param(normalise(username))
                .query((rs, i) -> {
                    Timestamp until = rs.getTimestamp(2);
                    return new State(rs.getInt(1), until == null ? null : until.toInstant());
                })
                .optional()
                .orElse(State.CLEAR);
    }

    void failed(String username, State before, Instant now) {
        int failures = before.failures() + 1;
        Instant until = failures < FREE_ATTEMPTS ? null : now.plus(pause(failures));
        jdbc.sql("update access_user set failed_logins = ?, locked_until = ? where username = ?")
                .params(failures, until == null ? null : Timestamp.from(until), normalise(username))
                .update();
    }

    void succeeded(String username) {
        jdbc.sql("update access_user set failed_logins = 0, locked_until = null where username = ?")
                .param(normalise(username))
                .update();
    }

    public static Duration pause(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 6);
        Duration pause = Duration.ofMinutes(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
