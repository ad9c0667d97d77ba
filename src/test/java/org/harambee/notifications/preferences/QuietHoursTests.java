package org.harambee.notifications.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.harambee.notifications.Channel;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

    private static final ZoneId FREETOWN = ZoneId.of("Africa/Freetown");
    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

    @Test
    void aMessageInTheNightWaitsUntilMorningInTheDeploymentsZone() {
        Instant lateEvening =
                ZonedDateTime.of(2026, 12, 7, 22, 30, 0, 0, NAIROBI).toInstant();
        assertThat(NIGHT.sendingFrom(lateEvening, NAIROBI))
                .isEqualTo(ZonedDateTime.of(2026, 12, 8, 7, 0, 0, 0, NAIROBI).toInstant());
        Instant earlyMorning =
                ZonedDateTime.of(2026, 12, 8, 5, 15, 0, 0, NAIROBI).toInstant();
        assertThat(NIGHT.sendingFrom(earlyMorning, NAIROBI))
                .isEqualTo(ZonedDateTime.of(2026, 12, 8, 7, 0, 0, 0, NAIROBI).toInstant());
    }

    @Test
    void aMessageOutsideTheQuietHoursGoesAtOnce() {
        Instant noon = ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, FREETOWN).toInstant();
        assertThat(NIGHT.sendingFrom(noon, FREETOWN)).isEqualTo(noon);
        Instant seven = ZonedDateTime.of(2026, 12, 7, 7, 0, 0, 0, FREETOWN).toInstant();
        assertThat(NIGHT.sendingFrom(seven, FREETOWN))
                .as("the end is not quiet")
                .isEqualTo(seven);
    }

    @Test
    void quietHoursWithinADayHoldOnlyInside() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
        Instant one = ZonedDateTime.of(2026, 12, 7, 13, 0, 0, 0, FREETOWN).toInstant();
        assertThat(lunch.sendingFrom(one, FREETOWN))
                .isEqualTo(ZonedDateTime.of(2026, 12, 7, 14, 0, 0, 0, FREETOWN).toInstant());
        Instant eleven = ZonedDateTime.of(2026, 12, 7, 23, 0, 0, 0, FREETOWN).toInstant();
        assertThat(lunch.sendingFrom(eleven, FREETOWN)).isEqualTo(eleven);
    }

    @Test
    void noQuietHoursOrEqualEndsHoldNothing() {
        Instant night = ZonedDateTime.of(2026, 12, 7, 23, 0, 0, 0, FREETOWN).toInstant();
        assertThat(QuietHours.NONE.sendingFrom(night, FREETOWN)).isEqualTo(night);
        QuietHours empty = new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0));
        assertThat(empty.any()).isFalse();
        assertThat(empty.sendingFrom(night, FREETOWN)).isEqualTo(night);
    }

    @Test
    void anAccountThatChoseNothingGetsEmailAndNotices() {
        Preference defaults = Preference.defaults("amber-welfare");
        assertThat(defaults.wants(Channel.EMAIL)).isTrue();
        assertThat(defaults.wants(Channel.SMS)).isFalse();
        assertThat(defaults.inApp()).isTrue();
        assertThat(defaults.quietHours().any()).isFalse();
    }
}
