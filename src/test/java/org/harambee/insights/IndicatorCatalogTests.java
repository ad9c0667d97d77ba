package org.harambee.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog's formulas over known measures, shown and hidden. */
class IndicatorCatalogTests {

    static final Period QUARTER = Period.parse("2026-Q1");

    /** Figures from a map; a measure mapped to null is hidden. */
    record Known(Map<Measure, Long> counts, long[] harm, Long children, Long districts)
            implements IndicatorCatalog.Figures {
        @Override
        public Long count(Measure measure) {
            return counts.containsKey(measure) ? counts.get(measure) : Long.valueOf(0);
        }

        @Override
        public long[] histogram(Measure measure) {
            return measure == Measure.WEEKS_TO_HARM ? harm : new long[Measure.LAST_WEEK_BUCKET + 1];
        }
    }

    static Known known(Object... pairs) {
        Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((Measure) pairs[i], pairs[i + 1] == null ? null : ((Number) pairs[i + 1]).longValue());
        }
        return new Known(counts, new long[Measure.LAST_WEEK_BUCKET + 1], 4000L, 4L);
    }

    static IndicatorCatalog.Result compute(String key, IndicatorCatalog.Figures figures, Period period) {
        return IndicatorCatalog.compute(IndicatorCatalog.find(key).orElseThrow(), figures, period);
    }

    @Test
    void coverageIsCommunitiesStartedOverRegisteredInPercent() {
        var r = compute(
                "coverage",
                known(Measure.COMMUNITIES_EVER_STARTED, 15, Measure.COMMUNITIES_REGISTERED_TOTAL, 22),
                QUARTER);
        assertThat(r).isEqualTo(new IndicatorCatalog.Result(15L, 22L, 68.2, false));
    }

    @Test
    void everySharePairsTheMeasuresOfItsDefinition() {
        var figures = known(
                Measure.COMMUNITIES_ACTIVE_STARTED,
                12,
                Measure.COMMUNITIES_ACTIVE,
                12,
                Measure.COMMUNITIES_EVER_STARTED,
                16,
                Measure.REFERRALS_ON_TIME_URGENT,
                3,
                Measure.REFERRALS_SENT_URGENT,
                4,
                Measure.MAINTAINED_12M,
                1,
                Measure.PHASED_OUT_12M,
                8,
                Measure.COMMUNITIES_ACTIVE_LINKED,
                6,
                Measure.DISTRICTS_ACTIVE,
                3);
        assertThat(compute("active-rate", figures, QUARTER).value()).isEqualTo(75.0);
        assertThat(compute("sla-urgent", figures, QUARTER).value()).isEqualTo(75.0);
        assertThat(compute("maintenance-12m", figures, QUARTER).value()).isEqualTo(12.5);
        assertThat(compute("linkage-coverage", figures, QUARTER).value()).isEqualTo(50.0);
        assertThat(compute("district-penetration", figures, QUARTER))
                .isEqualTo(new IndicatorCatalog.Result(3L, 4L, 75.0, false));
        assertThat(compute("consent-compliance", figures, QUARTER).value()).isNull();
        assertThat(compute("consent-compliance", figures, QUARTER).suppressed()).isFalse();
    }

    @Test
    void referralRateIsPerThousandChildrenBroughtToAQuarter() {
        var figures = known(Measure.REFERRALS_SENT, 10);
        assertThat(compute("referral-rate", figures, QUARTER).value()).isEqualTo(2.5);
        assertThat(compute("referral-rate", figures, Period.month(YearMonth.of(2026, 2)))
                        .value())
                .isEqualTo(7.5);
        assertThat(compute("referral-rate", figures, Period.parse("2026")).value())
                .isEqualTo(0.63);
    }

    @Test
    void timeToHarmIsTheMedianWeekOfItsHistogram() {
        long[] weeks = new long[Measure.LAST_WEEK_BUCKET + 1];
        weeks[4] = 2;
        weeks[9] = 2;
        weeks[30] = 3;
        var figures = new Known(Map.of(Measure.HARM_SELECTED, 7L), weeks, null, null);
        assertThat(compute("time-to-harm", figures, QUARTER))
                .isEqualTo(new IndicatorCatalog.Result(null, 7L, 9.0, false));
        assertThat(IndicatorCatalog.median(new long[] {0, 1, 1, 0})).isEqualTo(1.0);
        assertThat(IndicatorCatalog.median(new long[3])).isNull();
    }

    @Test
    void aRateWithAHiddenPartIsHiddenAndACountIsItsMeasure() {
        var figures =
                known(Measure.REFERRALS_COMPLETED_30D, null, Measure.REFERRALS_SENT, 9, Measure.SCALE_UP_VERTICAL, 2);
        assertThat(compute("referral-completion", figures, QUARTER))
                .isEqualTo(new IndicatorCatalog.Result(null, 9L, null, true, Measure.REFERRALS_COMPLETED_30D));
        assertThat(compute("institutionalisation", figures, QUARTER))
                .isEqualTo(new IndicatorCatalog.Result(null, null, 2.0, false));
        assertThat(compute("time-to-action", known(Measure.ACTION_STARTED, null), QUARTER)
                        .suppressed())
                .isTrue();
    }

    @Test
    void everyIndicatorHasAGroupAndTheFiveGroupsAreAllUsed() {
        assertThat(IndicatorCatalog.all())
                .extracting(IndicatorCatalog.Indicator::key)
                .doesNotHaveDuplicates();
        for (IndicatorCatalog.Group group : IndicatorCatalog.Group.values()) {
            assertThat(IndicatorCatalog.of(group)).isNotEmpty();
        }
        assertThat(IndicatorCatalog.find("institutionalisation").orElseThrow().numerator())
                .isEqualTo(Measure.SCALE_UP_VERTICAL);
    }
}
