package org.harambee.access.accounts;

import java.util.List;
import org.harambee.access.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the administrator {@code admin}: with the password from
 * {@code HARAMBEE_ADMIN_PASSWORD}, or with a random one printed once to the console (never to the log file, never
 * stored in clear). There is no default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdministratorBootstrap implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRecords accounts;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    public AdministratorBootstrap(
            AccountRecords accounts, PasswordEncoder encoder, @Value("${harambee.admin-password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.configuredPassword = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = configuredPassword.isBlank() ? TemporaryPasswords.next() : configuredPassword;
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "HARAMBEE_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        accounts.create("admin", "Administrator", encoder.encode(password), List.of(Role.ADMINISTRATOR.name()));
        if (configuredPassword.isBlank()) {
            System.out.printf(
                    "%n=== Harambee: administrator 'admin' created with password: %s ===%n"
                            + "=== It is shown only this once; change it after signing in. ===%n%n",
                    password);
        }
    }
}
