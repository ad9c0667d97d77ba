package org.harambee.notifications.preferences;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code notification_preference}: one row per account that chose its channels. */
@Repository
public class PreferenceRecords {

    private record Row(
            String username, boolean email, boolean sms, boolean inApp, LocalTime quietFrom, LocalTime quietUntil) {

        Preference preference() {
            return new Preference(username, email, sms, inApp, new QuietHours(quietFrom, quietUntil));
        }
    }

    private final JdbcClient jdbc;

    PreferenceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Preference> find(String username) {
        return jdbc.sql("select username, email, sms, in_app, quiet_from, quiet_until from notification_preference"
                        + " where username = ?")
                .param(username)
                .query(Row.class)
                .optional()
                .map(Row::preference);
    }

    void save(Preference p, Instant now) {
        Time from = p.quietHours().any() ? Time.valueOf(p.quietHours().from()) : null;
        Time until = p.quietHours().any() ? Time.valueOf(p.quietHours().until()) : null;
        int updated = jdbc.sql("update notification_preference set email = ?, sms = ?, in_app = ?, quiet_from = ?,"
                        + " quiet_until = ?, updated_at = ? where username = ?")
                .params(p.email(), p.sms(), p.inApp(), from, until, Timestamp.from(now), p.username())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into notification_preference (username, email, sms, in_app, quiet_from, quiet_until,"
                            + " updated_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(p.username(), p.email(), p.sms(), p.inApp(), from, until, Timestamp.from(now))
                    .update();
        }
    }
}
