package org.harambee.access.signin;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The turns of the adaptive password hash (bcrypt, about 70 ms of a core each, on purpose): at most
 * {@code harambee.security.password-checks.concurrent} at once (half the node's cores by default, at least one), and a
 * check that cannot have a turn within {@code harambee.security.password-checks.max-wait} is refused at once as "busy"
 * (503 with {@code Retry-After}). A flood of wrong passwords then takes at most that share of the node's cores and
 * none of its request turns for long, and everyone signed in (a session, a token or a remembered password, none of
 * which needs the hash) keeps being served.
 */
@Component
class PasswordCheckTurns {

    private final Semaphore turns;
    private final long maxWaitNanos;

    PasswordCheckTurns(
            @Value("${harambee.security.password-checks.concurrent:0}") int concurrent,
            @Value("${harambee.security.password-checks.max-wait:0ms}") Duration maxWait) {
        int n = concurrent > 0 ? concurrent : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.turns = new Semaphore(n, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** Runs a hash check in a turn, or throws {@link SignInBusyException} when none came in time. */
    <T> T check(Supplier<T> hashCheck) {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new SignInBusyException();
        }
        try {
            return hashCheck.get();
        } finally {
            turns.release();
        }
    }
}
