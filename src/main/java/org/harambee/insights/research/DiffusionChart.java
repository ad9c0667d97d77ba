package org.harambee.insights.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out the chart of a diffusion fit in a fixed view box: a bar per observed month, the fitted counts as a line
 * over them and the forecast as a second line after them. The page scales the view box to its width.
 */
final class DiffusionChart {

    static final int WIDTH = 600;
    static final int HEIGHT = 220;
    static final int PAD = 10;

    private DiffusionChart() {}

    static DiffusionViews.Chart of(List<DiffusionViews.Month> months, DiffusionViews.Fit fit) {
        int slots = months.size() + fit.forecast().size();
        double max = 1;
        for (DiffusionViews.Month m : months) {
            max = Math.max(max, m.started());
        }
        for (double v : fit.fitted()) {
            max = Math.max(max, v);
        }
        for (DiffusionViews.Forecast f : fit.forecast()) {
            max = Math.max(max, f.started());
        }
        double slot = (WIDTH - 2.0 * PAD) / slots;
        double scale = (HEIGHT - 2.0 * PAD) / max;
        List<DiffusionViews.Bar> bars = new ArrayList<>();
        StringBuilder fitted = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            DiffusionViews.Month m = months.get(i);
            double h = m.started() * scale;
            bars.add(new DiffusionViews.Bar(
                    round(PAD + i * slot + slot * 0.1),
                    round(HEIGHT - PAD - h),
                    round(slot * 0.8),
                    round(h),
                    m.month() + ": " + m.started()));
            point(fitted, PAD + (i + 0.5) * slot, HEIGHT - PAD - fit.fitted().get(i) * scale);
        }
        StringBuilder forecast = new StringBuilder();
        point(
                forecast,
                PAD + (months.size() - 0.5) * slot,
                HEIGHT - PAD - fit.fitted().get(months.size() - 1) * scale);
        for (int h = 0; h < fit.forecast().size(); h++) {
            point(
                    forecast,
                    PAD + (months.size() + h + 0.5) * slot,
                    HEIGHT - PAD - fit.forecast().get(h).started() * scale);
        }
        String last = fit.forecast().isEmpty()
                ? months.get(months.size() - 1).month()
                : fit.forecast().get(fit.forecast().size() - 1).month();
        return new DiffusionViews.Chart(
                WIDTH,
                HEIGHT,
                bars,
                fitted.toString().trim(),
                forecast.toString().trim(),
                Math.round(max),
                months.get(0).month(),
                last);
    }

    private static void point(StringBuilder points, double x, double y) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
