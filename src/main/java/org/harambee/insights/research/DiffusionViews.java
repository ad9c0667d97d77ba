package org.harambee.insights.research;

import java.util.List;

/** The Bass diffusion of community starts, one fit per province, as the page and the API show it. */
public final class DiffusionViews {

    private DiffusionViews() {}

    /** One observed month: how many communities started in it. */
    public record Month(String month, long started) {}

    /** One forecast month: the expected new starts and the cumulative total by its end. */
    public record Forecast(String month, double started, double cumulative) {}

    /**
     * The fitted parameters: p (innovation), q (imitation), m (communities that will start in all), each with its
     * standard error (null when the data cannot tell it), R² over the observed months, the fitted count of each
     * observed month and a forecast of the months after: empty for a poor fit, {@code poorFit} then saying why in the
     * reader's language.
     */
    public record Fit(
            double p,
            double q,
            double m,
            Double seP,
            Double seQ,
            Double seM,
            double rSquared,
            List<Double> fitted,
            List<Forecast> forecast,
            String poorFit) {}

    /** A bar, the fitted line and the forecast line of the chart, in the coordinates of its view box. */
    public record Bar(double x, double y, double width, double height, String title) {}

    /** The chart of one province, drawn as inline SVG by the page (no script). */
    public record Chart(
            int width,
            int height,
            List<Bar> bars,
            String fittedPoints,
            String forecastPoints,
            long maxStarted,
            String firstMonth,
            String lastMonth) {}

    /**
     * A province: its months, and either a fit and its chart, or the message key saying why there is none and that
     * reason in the reader's language.
     */
    public record Province(
            String pcode, String name, List<Month> months, Fit fit, String refusal, String reason, Chart chart) {}

    /**
     * The provinces read for a unit: itself at a province or below it, each province under it above that; {@code
     * start} says what counts as a start.
     */
    public record Diffusion(String pcode, String name, int horizon, String start, List<Province> provinces) {}
}
