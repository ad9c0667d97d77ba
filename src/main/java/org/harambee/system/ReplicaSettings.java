package org.harambee.system;

import java.time.Duration;

/**
 * How far behind the replica may be before reads go back to the primary ({@code harambee.datasource.replica.max-lag}),
 * and how often its lag is measured ({@code harambee.datasource.replica.lag-refresh}).
 */
record ReplicaSettings(Duration maxLag, Duration refresh) {

    /** A measurement older than this is not trusted (the measuring thread is late or stuck). */
    Duration trustFor() {
        return refresh.multipliedBy(3);
    }

    /**
     * How long a browser's reads stay on the primary after it wrote: a measured lag is an upper bound taken at most
     * {@link #trustFor()} ago and at most {@link #maxLag()}, so a write older than both is on the replica.
     */
    Duration primaryAfterWrite() {
        return maxLag.plus(trustFor());
    }
}
