package org.harambee.insights.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Bass fitter recovers known parameters from a synthetic diffusion series, exact and noisy. */
class BassFitterTests {

    static final double P = 0.03;
    static final double Q = 0.38;
    static final double M = 500;

    /** The model's own series: each month's new adopters from the cumulative count before it. */
    static double[] series(int months) {
        double[] n = new double[months];
        double cumulative = 0;
        for (int t = 0; t < months; t++) {
            n[t] = (P + Q * cumulative / M) * (M - cumulative);
            cumulative += n[t];
        }
        return n;
    }

    @Test
    void recoversTheParametersOfAnExactSeries() {
        BassFitter.Fit fit = BassFitter.fit(series(24), 24);

        assertThat(fit.p()).isCloseTo(P, within(1e-4));
        assertThat(fit.q()).isCloseTo(Q, within(1e-3));
        assertThat(fit.m()).isCloseTo(M, within(0.5));
        assertThat(fit.rSquared()).isGreaterThan(0.9999);
        assertThat(fit.forecast()).hasSize(24);
        assertThat(java.util.Arrays.stream(fit.forecast()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void recoversTheParametersOfWholeCountsFromTheFirstTwelveMonths() {
        double[] n = series(12);
        for (int t = 0; t < n.length; t++) {
            n[t] = Math.round(n[t]);
        }

        BassFitter.Fit fit = BassFitter.fit(n, 24);

        assertThat(fit.p()).isCloseTo(P, within(0.01));
        assertThat(fit.q()).isCloseTo(Q, within(0.06));
        assertThat(fit.m()).isCloseTo(M, within(60.0));
    }

    @Test
    void staysNearTheParametersOfANoisySeries() {
        double[] n = series(30);
        Random random = new Random(42);
        for (int t = 0; t < n.length; t++) {
            n[t] = Math.max(0, Math.round(n[t] * (1 + 0.15 * random.nextGaussian())));
        }

        BassFitter.Fit fit = BassFitter.fit(n, 24);

        assertThat(fit.p()).isCloseTo(P, within(0.015));
        assertThat(fit.q()).isCloseTo(Q, within(0.12));
        assertThat(fit.m()).isCloseTo(M, within(75.0));
        assertThat(fit.rSquared()).isGreaterThan(0.8);
    }

    @Test
    void theFittedCurveFollowsTheObservedMonths() {
        double[] n = series(18);

        BassFitter.Fit fit = BassFitter.fit(n, 6);

        for (int t = 0; t < n.length; t++) {
            assertThat(fit.fitted()[t]).isCloseTo(n[t], within(0.05));
        }
    }

    @Test
    void keepsPAboveZeroQNotBelowZeroAndMAtLeastTheAdoptersSoFar() {
        // two starts, then nothing: unconstrained, the least squares answer was p = 0.5, q = -0.5, m = 2
        double[][] cases = {{1, 1, 0, 0, 0, 0}, {5, 0, 0, 0, 0, 9, 0, 0}, {0, 3, 1, 0, 7, 0, 0, 0, 1}};
        for (double[] n : cases) {
            BassFitter.Fit fit = BassFitter.fit(n, 24);
            double total = java.util.Arrays.stream(n).sum();

            assertThat(fit.p()).isPositive();
            assertThat(fit.q()).isGreaterThanOrEqualTo(0);
            assertThat(fit.m()).isGreaterThanOrEqualTo(total);
            assertThat(java.util.Arrays.stream(fit.forecast()).min().orElseThrow())
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void theStandardErrorsCoverTheTrueParametersOfANoisySeries() {
        double[] n = series(30);
        Random random = new Random(7);
        for (int t = 0; t < n.length; t++) {
            n[t] = Math.max(0, Math.round(n[t] * (1 + 0.15 * random.nextGaussian())));
        }

        BassFitter.Fit fit = BassFitter.fit(n, 24);

        assertThat(Math.abs(fit.p() - P)).isLessThan(3 * fit.seP());
        assertThat(Math.abs(fit.q() - Q)).isLessThan(3 * fit.seQ());
        // near saturation m is pinned by the adopters counted, which the noise moved away from 500
        assertThat(fit.seM()).isPositive().isLessThan(M / 2);
    }

    @Test
    void refusesBelowTheMinimumAndDrawsNoForecastFromAPoorFit() {
        java.util.List<DiffusionViews.Month> twoStarts = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            twoStarts.add(new DiffusionViews.Month("2025-0" + (t + 1), t < 2 ? 1 : 0));
        }
        assertThat(Diffusion.refusal(twoStarts)).isEqualTo("insights.diffusion.tooFewStartMonths");
        java.util.List<DiffusionViews.Month> fewStarted = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            fewStarted.add(new DiffusionViews.Month("2025-0" + (t + 1), 1));
        }
        assertThat(Diffusion.refusal(fewStarted)).isEqualTo("insights.diffusion.tooFewStarted");

        BassFitter.Fit noise = BassFitter.fit(new double[] {4, 0, 6, 0, 1, 5, 0, 3, 0, 6}, 24);
        assertThat(Diffusion.poorFit(noise)).isNotNull();
        assertThat(Diffusion.poorFit(BassFitter.fit(series(24), 24))).isNull();
    }
}
