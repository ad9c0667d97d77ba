package org.harambee.access.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Remembering a verified password spares the adaptive hash, and forgets at every change that matters. */
class VerifiedPasswordsTests {

    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder countingEncoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(user("synthetic-pass-0001", true));
    private final MutableClock clock = new MutableClock();
    private final MemoryAttempts attempts = new MemoryAttempts();
    private final VerifiedPasswords provider = new VerifiedPasswords(users, attempts, countingEncoder, clock);

    @Test
    void aRightPasswordIsHashedOnceThenRemembered() {
        assertThat(signIn("synthetic-pass-0001").isAuthenticated()).isTrue();
        assertThat(signIn("synthetic-pass-0001").isAuthenticated()).isTrue();

        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsAlwaysHashedAndRefused() {
        signIn("synthetic-pass-0001");

        assertThatThrownBy(() -> signIn("not-the-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void aNewPasswordMakesTheOldOneFail() {
        signIn("synthetic-pass-0001");

        users.updateUser(user("synthetic-pass-0002", true));

        assertThatThrownBy(() -> signIn("synthetic-pass-0001")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("synthetic-pass-0002").isAuthenticated()).isTrue();
    }

    @Test
    void aDisabledAccountIsRefusedEvenWhenRemembered() {
        signIn("synthetic-pass-0001");
        String hash = users.loadUserByUsername("fatmata").getPassword();

        users.updateUser(User.withUsername("fatmata")
                .password(hash)
                .disabled(true)
                .roles("ADMINISTRATOR")
                .build());

        assertThatThrownBy(() -> signIn("synthetic-pass-0001")).isInstanceOf(DisabledException.class);
    }

    @Test
    void theMemoryLastsFiveMinutes() {
        signIn("synthetic-pass-0001");
        clock.now = clock.now.plus(VerifiedPasswords.TTL).plusSeconds(1);

        signIn("synthetic-pass-0001");

        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void fiveFailuresPauseTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < LoginAttempts.FREE_ATTEMPTS; i++) {
            assertThatThrownBy(() -> signIn("not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("synthetic-pass-0001")).isInstanceOf(BadCredentialsException.class);

        clock.now =
                clock.now.plus(LoginAttempts.pause(LoginAttempts.FREE_ATTEMPTS)).plusSeconds(1);
        assertThat(signIn("synthetic-pass-0001").isAuthenticated()).isTrue();
        assertThat(attempts.state.failures()).isZero();
    }

    @Test
    void aPausedAccountPaysTheHashLikeAWrongPassword() {
        for (int i = 0; i < LoginAttempts.FREE_ATTEMPTS; i++) {
            assertThatThrownBy(() -> signIn("not-the-password")).isInstanceOf(BadCredentialsException.class);
        }
        int before = hashChecks.get();

        assertThatThrownBy(() -> signIn("not-the-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("synthetic-pass-0001")).isInstanceOf(BadCredentialsException.class);

        assertThat(hashChecks.get() - before).isEqualTo(2);
    }

    @Test
    void anUnknownUsernamePaysTheHashLikeAWrongPassword() {
        assertThatThrownBy(() -> provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("nobody-here", "not-the-password")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void eachFailureAfterThePauseDoublesItUpToAnHour() {
        assertThat(LoginAttempts.pause(5)).hasMinutes(1);
        assertThat(LoginAttempts.pause(6)).hasMinutes(2);
        assertThat(LoginAttempts.pause(8)).hasMinutes(8);
        assertThat(LoginAttempts.pause(40)).isEqualTo(LoginAttempts.LONGEST_PAUSE);
    }

    private Authentication signIn(String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("fatmata", password));
    }

    private User user(String password, boolean enabled) {
        return (User) User.withUsername("fatmata")
                .password(bcrypt.encode(password))
                .disabled(!enabled)
                .roles("ADMINISTRATOR")
                .build();
    }

    /** One account's sign-in state, in memory. */
    private static final class MemoryAttempts extends LoginAttempts {
        State state = State.CLEAR;

        MemoryAttempts() {
            super(null);
        }

        @Override
        State of(String username) {
            return state;
        }

        @Override
        void failed(String username, State before, Instant now) {
            int failures = before.failures() + 1;
            state = new State(failures, failures < FREE_ATTEMPTS ? null : now.plus(pause(failures)));
        }

        @Override
        void succeeded(String username) {
            state = State.CLEAR;
        }
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
