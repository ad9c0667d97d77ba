package org.harambee.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many requests a node works on at once ({@code harambee.capacity.*}, docs/operations.md): at most
 * {@code maxConcurrent} requests that may need the database run together, up to {@code maxQueued} more wait at most
 * {@code maxWait} for a turn, and the rest are answered 503 at once with a {@code Retry-After} of 1 to
 * {@code retryAfterMax} seconds, spread so that refused clients do not all come back in the same second. Bodies read
 * before a turn ({@link BodyReads}): at most {@code bodyReaders} at once, each within {@code bodyReadTimeout} plus a
 * second for every {@code bodyMinRate} bytes received.
 */
@ConfigurationProperties("harambee.capacity")
record CapacitySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("16") int maxConcurrent,
        @DefaultValue("48") int maxQueued,
        @DefaultValue("250ms") Duration maxWait,
        @DefaultValue("5s") Duration retryAfterMax,
        @DefaultValue("512KB") DataSize bodyFirstLimit,
        @DefaultValue("32") int bodyReaders,
        @DefaultValue("20s") Duration bodyReadTimeout,
        @DefaultValue("500B") DataSize bodyMinRate) {

    CapacitySettings {
        if (maxConcurrent < 1
                || maxQueued < 0
                || maxWait.isNegative()
                || retryAfterMax.toSeconds() < 1
                || bodyReaders < 1
                || bodyReadTimeout.toMillis() < 1
                || bodyMinRate.toBytes() < 0) {
            throw new IllegalArgumentException("harambee.capacity: max-concurrent and body-readers must be at least 1,"
                    + " max-queued, max-wait and body-min-rate not negative, retry-after-max at least 1s,"
                    + " body-read-timeout positive");
        }
    }
}
