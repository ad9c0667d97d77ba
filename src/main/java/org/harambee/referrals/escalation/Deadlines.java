package org.harambee.referrals.escalation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.harambee.referrals.Priority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long a service point has to answer a referral of each priority (ISO-8601 durations from configuration). */
@Component
public class Deadlines {

    private final Map<Priority, Duration> deadlines = new EnumMap<>(Priority.class);

    Deadlines(
            @Value("${harambee.referrals.deadline.emergency:PT24H}") String emergency,
            @Value("${harambee.referrals.deadline.urgent:PT72H}") String urgent,
            @Value("${harambee.referrals.deadline.normal:P14D}") String normal) {
        deadlines.put(Priority.EMERGENCY, Duration.parse(emergency));
        deadlines.put(Priority.URGENT, Duration.parse(urgent));
        deadlines.put(Priority.NORMAL, Duration.parse(normal));
    }

    public Duration of(Priority priority) {
        return deadlines.get(priority);
    }
}
