package org.harambee.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackOffTests {

    private static NotificationSettings settings(Duration first, Duration max, Duration lease, Duration timeout) {
        return new NotificationSettings(true, 100, lease, first, max, 8, timeout, "", "", "");
    }

    @Test
    void theWaitDoublesFromTheFirstUpToTheCap() {
        NotificationSettings s =
                settings(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofSeconds(20));
        assertThat(s.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.backOff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.backOff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(s.backOff(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(s.backOff(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.backOff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aLeaseShorterThanTwoGatewayTimeoutsIsRefusedAtStart() {
        assertThatThrownBy(() -> settings(
                        Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lease");
    }

    @Test
    void addressesAreMaskedInTheLog() {
        assertThat(DeliveryEntry.mask("focal.person@health.example.org")).isEqualTo("f•••@health.example.org");
        assertThat(DeliveryEntry.mask("+232 76 123 456")).isEqualTo("+23•••••••56");
        assertThat(DeliveryEntry.mask("123")).isEqualTo("•••");
        assertThat(RapidProGateway.urn("+232 (76) 123-456")).isEqualTo("tel:+23276123456");
    }
}
