package org.harambee.system;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The turns of a node: at most {@code limit} requests at once, first come first served, a short bounded queue behind
 * them, and a refusal for whoever finds the queue full or waits longer than allowed. Never blocks for longer than the
 * wait given.
 */
final class Admissions {

    enum Outcome {
        ADMITTED,
        QUEUE_FULL,
        WAITED_TOO_LONG
    }

    private final int limit;
    private final int maxQueued;
    private final long maxWaitNanos;
    private final Semaphore turns;
    private final AtomicInteger queued = new AtomicInteger();

    Admissions(int limit, int maxQueued, long maxWaitNanos) {
        this.limit = limit;
        this.maxQueued = maxQueued;
        this.maxWaitNanos = maxWaitNanos;
        this.turns = new Semaphore(limit, true);
    }

    /** Takes a turn, or says why not; an admitted caller must {@link #leave()} exactly once. */
    Outcome enter() {
        // tryAcquire with a timeout honours fairness: a newcomer does not overtake those already waiting
        try {
            if (turns.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return Outcome.ADMITTED;
            }
            if (queued.incrementAndGet() > maxQueued) {
                queued.decrementAndGet();
                return Outcome.QUEUE_FULL;
            }
            try {
                return turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)
                        ? Outcome.ADMITTED
                        : Outcome.WAITED_TOO_LONG;
            } finally {
                queued.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.WAITED_TOO_LONG;
        }
    }

    void leave() {
        turns.release();
    }

    int inFlight() {
        return limit - turns.availablePermits();
    }

    int queued() {
        return queued.get();
    }

    int limit() {
        return limit;
    }
}
