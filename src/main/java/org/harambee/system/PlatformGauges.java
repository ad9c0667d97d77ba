package org.harambee.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where a module publishes the platform's own figures (referrals by status, overdue referrals, the notification
 * backlog, import jobs, roll-up staleness...) as Prometheus gauges. A reading usually asks the database, so it is
 * never taken while Prometheus scrapes: every {@code harambee.metrics.gauge-refresh} (30 s) one background thread
 * takes all readings and the gauges serve the last values. A reading that fails (logged, without its data) leaves a
 * single gauge at NaN and takes a family's series away until it works again; it does not stop the others. Every node takes the same readings, so aggregate them across nodes with {@code max}.
 * Names start with {@code harambee.}; tags never carry personal data.
 *
 * <pre>
 * gauges.gauge("harambee.referrals.overdue", "Referrals past their deadline", referrals::countOverdue);
 * gauges.gauges("harambee.referrals.open", "Open referrals by status", "status", referrals::countOpenByStatus);
 * </pre>
 */
@Component
public class PlatformGauges {

    private static final Logger log = LoggerFactory.getLogger(PlatformGauges.class);

    private final MeterRegistry registry;
    private final List<Runnable> readings = new CopyOnWriteArrayList<>();

    PlatformGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One figure, e.g. the number of overdue referrals. */
    public void gauge(String name, String description, Supplier<? extends Number> reading) {
        AtomicReference<Double> last = new AtomicReference<>(Double.NaN);
        Gauge.builder(name, last, AtomicReference::get).description(description).register(registry);
        readings.add(() -> {
            Number value = read(name, reading);
            last.set(value == null ? Double.NaN : value.doubleValue());
        });
    }

    /** A figure per value of one tag, e.g. referrals by status; a value no longer read disappears. */
    public void gauges(String name, String description, String tag, Supplier<Map<String, ? extends Number>> reading) {
        MultiGauge gauge = MultiGauge.builder(name).description(description).register(registry);
        readings.add(() -> {
            Map<String, ? extends Number> values = read(name, reading);
            gauge.register(
                    values == null
                            ? List.of()
                            : values.entrySet().stream()
                                    .map(e -> MultiGauge.Row.of(Tags.of(tag, e.getKey()), e.getValue()))
                                    .toList(),
                    true);
        });
    }

    @Scheduled(
            initialDelayString = "${harambee.metrics.gauge-first-refresh:5s}",
            fixedDelayString = "${harambee.metrics.gauge-refresh:30s}")
    public void refresh() {
        readings.forEach(Runnable::run);
    }

    private static <T> T read(String name, Supplier<? extends T> reading) {
        try {
            return reading.get();
        } catch (RuntimeException ex) {
            log.warn("Gauge {} could not be read: {}", name, DatabaseUnavailable.summary(ex));
            return null;
        }
    }
}
