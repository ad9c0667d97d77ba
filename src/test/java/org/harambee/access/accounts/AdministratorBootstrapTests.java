package org.harambee.access.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator: from the environment, or random and shown once; never a default password. */
class AdministratorBootstrapTests {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void configuredPasswordIsUsedAndNotPrinted() {
        RecordingAccounts accounts = new RecordingAccounts(0);

        String out = console(() -> bootstrap(accounts, "a-synthetic-password").run(null));

        assertThat(accounts.created).hasSize(1);
        assertThat(encoder.matches("a-synthetic-password", accounts.created.get(0)))
                .isTrue();
        assertThat(out).doesNotContain("a-synthetic-password");
    }

    @Test
    void withoutConfigurationARandomPasswordIsPrintedOnce() {
        RecordingAccounts accounts = new RecordingAccounts(0);

        String out = console(() -> bootstrap(accounts, "").run(null));

        Matcher m = Pattern.compile("password: (.+?) ===").matcher(out);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1).split(" ")).hasSize(TemporaryPasswords.WORDS);
        assertThat(encoder.matches(m.group(1), accounts.created.get(0))).isTrue();
    }

    @Test
    void anExistingAccountMeansNothingIsCreated() {
        RecordingAccounts accounts = new RecordingAccounts(1);

        bootstrap(accounts, "").run(null);

        assertThat(accounts.created).isEmpty();
    }

    @Test
    void aShortConfiguredPasswordStopsTheStart() {
        assertThatThrownBy(() -> bootstrap(new RecordingAccounts(0), "short").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("12");
    }

    private AdministratorBootstrap bootstrap(AccountRecords accounts, String password) {
        return new AdministratorBootstrap(accounts, encoder, password);
    }

    private static String console(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** An account table that only counts and records, for a test without a database. */
    private static final class RecordingAccounts extends AccountRecords {
        private final long existing;
        final List<String> created = new ArrayList<>();

        RecordingAccounts(long existing) {
            super(null, null);
            this.existing = existing;
        }

        @Override
        long count() {
            return existing;
        }

        @Override
        public UUID create(String username, String displayName, String passwordHash, List<String> roles) {
            created.add(passwordHash);
            return UUID.randomUUID();
        }
    }
}
