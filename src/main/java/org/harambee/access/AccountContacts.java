package org.harambee.access;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way contact details leave the access module: for the notifications module, which sends an account its
 * messages by e-mail or SMS. Other modules name accounts through {@link AccountLookup}, without contact details.
 */
@Service
@Transactional(readOnly = true)
public class AccountContacts {

    private final JdbcClient jdbc;

    AccountContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountContact> of(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select username, email, phone, language, enabled as active from access_user where username = ?")
                .param(username.trim().toLowerCase(Locale.ROOT))
                .query(AccountContact.class)
                .optional();
    }
}
