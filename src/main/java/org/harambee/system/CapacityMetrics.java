package org.harambee.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The limiter's figures: requests at work ({@code harambee.capacity.in.flight}), waiting for a turn
 * ({@code harambee.capacity.queued}), the limit, and the requests answered 503 by reason
 * ({@code harambee.capacity.refused}: queue full, waited too long, database unavailable, no free body reader; and
 * {@code body_too_slow}, a body that did not arrive in time, answered 408).
 */
@Component
class CapacityMetrics {

    enum Reason {
        QUEUE_FULL("queue_full"),
        WAITED_TOO_LONG("waited_too_long"),
        DATABASE_UNAVAILABLE("database_unavailable"),
        BODY_READERS("body_readers"),
        BODY_TOO_SLOW("body_too_slow");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }
    }

    private final Map<Reason, Counter> refused = new EnumMap<>(Reason.class);

    CapacityMetrics(MeterRegistry registry, Admissions admissions) {
        Gauge.builder("harambee.capacity.in.flight", admissions, Admissions::inFlight)
                .description("Requests being worked on that may need the database")
                .register(registry);
        Gauge.builder("harambee.capacity.queued", admissions, Admissions::queued)
                .description("Requests waiting for a turn")
                .register(registry);
        Gauge.builder("harambee.capacity.limit", admissions, Admissions::limit)
                .description("Requests worked on at once at most (harambee.capacity.max-concurrent)")
                .register(registry);
        for (Reason reason : Reason.values()) {
            refused.put(
                    reason,
                    Counter.builder("harambee.capacity.refused")
                            .description("Requests answered 503 with Retry-After")
                            .tag("reason", reason.tag)
                            .register(registry));
        }
    }

    void refused(Reason reason) {
        refused.get(reason).increment();
    }
}
