package org.harambee.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access module's API for an administrator's home page: accounts that need someone, counted in one query. An
 * account needs attention when it is locked after failed sign-ins, asked for a password reset, or is active with a
 * role other than administrator that was given no place (such a role applies nowhere).
 */
@Service
@Transactional(readOnly = true)
public class AccountsAttention {

    public record Counts(long locked, long resetRequested, long roleWithoutPlace) {

        public long total() {
            return locked + resetRequested + roleWithoutPlace;
        }
    }

    private final JdbcClient jdbc;

    AccountsAttention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Counts now(Instant now) {
        return jdbc.sql("select"
                        + " (select count(*) from access_user where locked_until > :now) locked,"
                        + " (select count(*) from access_user where enabled = true and reset_requested_at is not null)"
                        + " reset_requested,"
                        + " (select count(distinct u.id) from access_user u join access_user_role r on r.user_id = u.id"
                        + " where u.enabled = true and r.role not in (:everywhere) and not exists (select 1 from"
                        + " access_role_scope s where s.user_id = r.user_id and s.role = r.role)) role_without_place")
                .param("now", Timestamp.from(now))
                .param("everywhere", everywhere())
                .query(Counts.class)
                .single();
    }

    private static List<String> everywhere() {
        return java.util.Arrays.stream(Role.values())
                .filter(Role::everywhere)
                .map(Role::name)
                .toList();
    }
}
