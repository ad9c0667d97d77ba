package org.harambee.referrals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many in-app notices a person has not read: one count on the index by (username, read_at), cheap enough for the
 * header of every page.
 */
@Service
@Transactional(readOnly = true)
public class NoticeCount {

    private final JdbcClient jdbc;

    NoticeCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unread notices of {@code username}; none for nobody. */
    public long unread(String username) {
        if (username == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from referral_notice where username = ? and read_at is null")
                .param(username)
                .query(Long.class)
                .single();
    }
}
