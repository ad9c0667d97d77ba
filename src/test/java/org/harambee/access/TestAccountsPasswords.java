package org.harambee.access;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Sets a known password on a synthetic account, with the {@code noop} encoding (tests only). */
final class TestAccountsPasswords {

    private TestAccountsPasswords() {}

    static void set(JdbcClient jdbc, String username, String password) {
        jdbc.sql("update access_user set password_hash = ? where username = ?")
                .params("{noop}" + password, username)
                .update();
    }
}
