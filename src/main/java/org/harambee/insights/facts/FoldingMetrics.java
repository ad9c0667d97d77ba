package org.harambee.insights.facts;

import org.harambee.system.PlatformGauges;
import org.springframework.stereotype.Component;

/**
 * The folder's figures for monitoring: how stale the indicators are (seconds the oldest waiting delta has waited) and
 * how many deltas wait. An alert on staleness catches a stopped folder or a rebuild left paused.
 */
@Component
class FoldingMetrics {

    FoldingMetrics(PlatformGauges gauges, Folding folding) {
        gauges.gauge(
                "harambee.insights.staleness",
                "Seconds since the oldest change not yet added to the indicator roll-ups was made",
                folding::staleness);
        gauges.gauge(
                "harambee.insights.deltas.waiting",
                "Changes waiting to be added to the indicator roll-ups",
                folding::waiting);
    }
}
