package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The platform's own figures: read off the scrape, by one refresh, and a failing reading harms no other. */
class PlatformGaugesTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PlatformGauges gauges = new PlatformGauges(registry);

    @Test
    void aGaugeServesTheLastReadingTakenByTheRefresh() {
        AtomicInteger reads = new AtomicInteger();
        gauges.gauge("harambee.test.overdue", "Overdue things", () -> 10 + reads.incrementAndGet());

        assertThat(value("harambee.test.overdue")).isNaN();
        gauges.refresh();
        assertThat(value("harambee.test.overdue")).isEqualTo(11.0);
        assertThat(value("harambee.test.overdue"))
                .as("a scrape does not read again")
                .isEqualTo(11.0);
        gauges.refresh();
        assertThat(value("harambee.test.overdue")).isEqualTo(12.0);
    }

    @Test
    void aFailingReadingShowsAsNaNAndTheOthersAreStillRead() {
        AtomicInteger calls = new AtomicInteger();
        gauges.gauge("harambee.test.failing", "Fails after the first reading", () -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database unavailable");
            }
            return 3;
        });
        gauges.gauge("harambee.test.working", "Always works", () -> 7);

        gauges.refresh();
        gauges.refresh();

        assertThat(value("harambee.test.failing")).isNaN();
        assertThat(value("harambee.test.working")).isEqualTo(7.0);
    }

    @Test
    void aFamilyHasASeriesPerTagValueAndDropsTheOnesNoLongerRead() {
        Map<String, Integer>[] readings = new Map[] {Map.of("SENT", 4, "ACCEPTED", 2), Map.of("ACCEPTED", 5)};
        AtomicInteger round = new AtomicInteger();
        gauges.gauges("harambee.test.referrals", "By status", "status", () -> readings[round.getAndIncrement()]);

        gauges.refresh();
        assertThat(registry.get("harambee.test.referrals")
                        .tag("status", "SENT")
                        .gauge()
                        .value())
                .isEqualTo(4.0);
        gauges.refresh();

        assertThat(registry.find("harambee.test.referrals")
                        .tag("status", "SENT")
                        .gauge())
                .isNull();
        assertThat(registry.get("harambee.test.referrals")
                        .tag("status", "ACCEPTED")
                        .gauge()
                        .value())
                .isEqualTo(5.0);
    }

    private double value(String name) {
        return registry.get(name).gauge().value();
    }
}
