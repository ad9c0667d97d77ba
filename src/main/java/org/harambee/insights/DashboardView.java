package org.harambee.insights;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * What the dashboard page shows, formatted for the reader's language: headline cards per RE-AIM group with a small
 * trend line each, and the table of the children, hidden figures written as {@code <5}.
 */
public final class DashboardView {

    /** One headline figure with its definition and the path of its trend line (an SVG path in a 100 × 30 box). */
    public record Card(String key, String kind, String display, String detail, boolean suppressed, String trendPath) {}

    /** A RE-AIM group of cards. */
    public record Group(String name, List<Card> cards) {}

    /** A column of the children's table. */
    public record Column(String key, String kind) {}

    /** A cell of the children's table. */
    public record Cell(String display, boolean suppressed, String reason) {}

    /** A child unit's row. */
    public record Row(String pcode, String name, List<Cell> cells) {}

    private final MessageSource messages;
    private final Locale locale;
    private final int threshold;

    DashboardView(MessageSource messages, Locale locale, int threshold) {
        this.messages = messages;
        this.locale = locale;
        this.threshold = threshold;
    }

    List<Group> groups(InsightsSnapshot snapshot, Map<String, List<InsightsSnapshot.Figure>> trends) {
        return Arrays.stream(IndicatorCatalog.Group.values())
                .map(g -> new Group(
                        g.name(),
                        IndicatorCatalog.of(g).stream()
                                .filter(i -> snapshot.figure(i.key()) != null)
                                .map(i -> card(i, snapshot.figure(i.key()), trends.getOrDefault(i.key(), List.of())))
                                .toList()))
                .filter(g -> !g.cards().isEmpty())
                .toList();
    }

    /** The columns of the children's table: the indicators defined at the children's level. */
    static List<Column> columns(InsightsSnapshot snapshot) {
        return IndicatorCatalog.at(snapshot.unit().level() + 1).stream()
                .map(i -> new Column(i.key(), i.kind().name()))
                .toList();
    }

    List<Row> rows(InsightsSnapshot snapshot) {
        return snapshot.children().stream()
                .map(c -> new Row(
                        c.unit().pcode(),
                        c.unit().name(),
                        c.figures().stream()
                                .map(f -> new Cell(display(f), f.suppressed(), reason(f)))
                                .toList()))
                .toList();
    }

    private Card card(
            IndicatorCatalog.Indicator indicator, InsightsSnapshot.Figure f, List<InsightsSnapshot.Figure> trend) {
        return new Card(
                indicator.key(),
                indicator.kind().name(),
                display(f),
                detail(f),
                f.suppressed(),
                trendPath(trend.stream().map(InsightsSnapshot.Figure::value).toList()));
    }

    /**
     * The figure as written in a card or a cell: "hidden" when suppressed (never a bound such as {@code <5}, which
     * would read as a share), a dash when there is nothing to show.
     */
    String display(InsightsSnapshot.Figure f) {
        if (f.suppressed()) {
            return messages.getMessage("insights.hidden", null, locale);
        }
        if (f.value() == null) {
            return messages.getMessage("insights.noData", null, locale);
        }
        return number(f.value(), f.kind());
    }

    /** A value of an indicator of this kind, written with the decimals its figures have. */
    String number(double value, IndicatorCatalog.Kind kind) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = switch (kind) {
            case SHARE, DISTRICT_SHARE -> 1;
            case PER_1000_CHILDREN_PER_QUARTER -> 2;
            default -> 0;
        };
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(decimals);
        return format.format(value);
    }

    /** A sentence of the message files in the reader's language. */
    String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Why a figure is hidden, e.g. "hidden: fewer than 5 communities…"; null when it is shown. */
    String reason(InsightsSnapshot.Figure f) {
        if (!f.suppressed()) {
            return null;
        }
        String counts = f.hidden() == null
                ? messages.getMessage("insights.counts.communities", null, locale)
                : messages.getMessage(f.hidden().countsKey(), null, locale);
        return messages.getMessage("insights.hidden.reason", new Object[] {threshold, counts}, locale);
    }

    private String detail(InsightsSnapshot.Figure f) {
        if (f.suppressed()) {
            return reason(f);
        }
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        if (f.kind() == IndicatorCatalog.Kind.MEDIAN_WEEKS && f.denominator() != null) {
            return messages.getMessage("insights.median", new Object[] {format.format(f.denominator())}, locale);
        }
        if (f.numerator() == null || f.denominator() == null) {
            return null;
        }
        return messages.getMessage(
                "insights.ratio", new Object[] {format.format(f.numerator()), format.format(f.denominator())}, locale);
    }

    /** An SVG path through the known values, broken where a value is hidden or missing; empty under two values. */
    static String trendPath(List<Double> values) {
        List<Double> known = values.stream().filter(v -> v != null).toList();
        if (known.size() < 2) {
            return "";
        }
        double min = known.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = known.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                drawing = false;
                continue;
            }
            double x = values.size() == 1 ? 50 : 100.0 * i / (values.size() - 1);
            double y = max == min ? 15 : 28 - 26 * (v - min) / (max - min);
            parts.add(String.format(Locale.ROOT, "%s%.1f %.1f", drawing ? "L" : "M", x, y));
            drawing = true;
        }
        return path.append(String.join(" ", parts)).toString();
    }
}
