package org.harambee.access.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in that checks the adaptive hash (bcrypt, about 70 ms on purpose) once, then for a few minutes
 * remembers that this password was right, as a salted SHA-256 digest held only in this node's memory. An HTTP Basic
 * client sends its password with every request; without this, every API call would pay the hash again. The memory
 * is forgotten when the stored hash changes (a new password), when the account is disabled, and after
 * {@link #TTL}; a Caffeine cache holds at most {@link #MAX_ENTRIES} accounts and, when full, drops those least often
 * used. A wrong password always goes to the adaptive hash and counts towards a pause ({@link LoginAttempts}); so
 * does any password of a paused account, and an unknown username (the provider's own dummy hash), so that the time
 * of the answer does not tell which accounts exist or are paused.
 */
@Component
public class VerifiedPasswords implements AuthenticationProvider {

    public static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Verified(String storedHash, byte[] digest) {}

    private final UserDetailsService users;
    private final LoginAttempts attempts;
    private final DaoAuthenticationProvider hashCheck;
    private final Cache<String, Verified> verified;
    private final byte[] salt = new byte[32];
    private final Clock clock;
    private final PasswordEncoder encoder;
    private final PasswordCheckTurns turns;
    private volatile String pausedHash;

    @Autowired
    VerifiedPasswords(
            UserDetailsService users, LoginAttempts attempts, PasswordEncoder encoder, PasswordCheckTurns turns) {
        this(users, attempts, encoder, turns, Clock.systemUTC());
    }

    VerifiedPasswords(UserDetailsService users, LoginAttempts attempts, PasswordEncoder encoder, Clock clock) {
        this(users, attempts, encoder, new PasswordCheckTurns(0, java.time.Duration.ofSeconds(10)), clock);
    }

    VerifiedPasswords(
            UserDetailsService users,
            LoginAttempts attempts,
            PasswordEncoder encoder,
            PasswordCheckTurns turns,
            Clock clock) {
        this.turns = turns;
        this.users = users;
        this.attempts = attempts;
        this.hashCheck = new DaoAuthenticationProvider(users);
        this.hashCheck.setPasswordEncoder(encoder);
        this.clock = clock;
        this.encoder = encoder;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(TTL)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            throw new BadCredentialsException("no password");
        }
        LoginAttempts.State state = attempts.of(username);
        if (state.lockedAt(clock.instant())) {
            // the same hash work as a wrong password, so that the answer's time does not tell the account is paused
            turns.check(() -> encoder.matches(credentials.toString(), pausedHash()));
            throw new BadCredentialsException("paused after repeated failures");
        }
        byte[] digest = digest(username, credentials.toString());
        Verified known = verified.getIfPresent(username);
        if (known != null && MessageDigest.isEqual(known.digest(), digest)) {
            UserDetails user = users.loadUserByUsername(username);
            if (user.getPassword().equals(known.storedHash())) {
                if (!user.isEnabled()) {
                    verified.invalidate(username);
                    throw new DisabledException("account disabled");
                }
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
            verified.invalidate(username);
        }
        Authentication result;
        try {
            result = turns.check(() -> hashCheck.authenticate(authentication));
        } catch (BadCredentialsException e) {
            attempts.failed(username, state, clock.instant());
            throw e;
        }
        if (state.failures() > 0) {
            attempts.succeeded(username);
        }
        UserDetails user = (UserDetails) result.getPrincipal();
        verified.put(username, new Verified(storedHash(user, username), digest));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A hash of a random password, made once, to check a paused account's password against. */
    private String pausedHash() {
        if (pausedHash == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            pausedHash = encoder.encode(HexFormat.of().formatHex(random));
        }
        return pausedHash;
    }

    /** The provider erases the password from its result, so the stored hash is read again. */
    private String storedHash(UserDetails user, String username) {
        return user.getPassword() != null
                ? user.getPassword()
                : users.loadUserByUsername(username).getPassword();
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
