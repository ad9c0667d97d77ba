package org.harambee.insights.facts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The folder's figures for monitoring: how stale the indicators are (seconds the oldest waiting delta has waited) and
 * how many deltas wait. An alert on staleness catches a stopped folder or a rebuild left paused.
 */
@Component
class FoldingMetrics {

    FoldingMetrics(MeterRegistry registry, Folding folding) {
        Gauge.builder("harambee.insights.staleness", folding, Folding::staleness)
                .description("Seconds since the oldest change not yet added to the indicator roll-ups was made")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("harambee.insights.deltas.waiting", folding, Folding::waiting)
                .description("Changes waiting to be added to the indicator roll-ups")
                .register(registry);
    }
}
