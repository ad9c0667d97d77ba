package org.harambee.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harambee.access.accounts.AccountRecords;
import org.harambee.access.signin.AccountDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Synthetic accounts for tests, written straight to the tables: a username, a password (kept with the {@code noop}
 * encoding, for tests only), one role and the P-codes of its units. Existing accounts of that name are replaced.
 */
public final class TestAccounts {

    private TestAccounts() {}

    public static UUID create(JdbcClient jdbc, String username, String password, Role role, String... pcodes) {
        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(username)
                .update();
        jdbc.sql("delete from access_user where username = ?").param(username).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into access_user (id, username, password_hash, display_name, enabled, created_at)"
                        + " values (?, ?, ?, ?, true, ?)")
                .params(id, username, "{noop}" + password, username + " (synthetic)", Timestamp.from(Instant.now()))
                .update();
        if (role != null) {
            jdbc.sql("insert into access_user_role (user_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
            for (String pcode : pcodes) {
                UUID unit = jdbc.sql("select id from geo_unit where pcode = ?")
                        .param(pcode)
                        .query(UUID.class)
                        .single();
                jdbc.sql("insert into access_role_scope (user_id, role, unit_id) values (?, ?, ?)")
                        .params(id, role.name(), unit)
                        .update();
            }
        }
        return id;
    }

    /** Signs a MockMvc request in as {@code username} with the authorities its role gives at sign-in. */
    public static RequestPostProcessor as(String username, Role role) {
        List<String> roles = role == null ? List.of() : List.of(role.name());
        return user(username)
                .authorities(AccountDetailsService.authorities(
                        new AccountRecords.Account(null, username, null, true, false, roles)));
    }

    /** The administrator that every test context starts with. */
    public static RequestPostProcessor administrator() {
        return as("admin", Role.ADMINISTRATOR);
    }
}
