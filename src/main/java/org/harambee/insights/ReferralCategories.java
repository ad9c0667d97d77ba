package org.harambee.insights;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.referrals.ServiceCategory;
import org.springframework.stereotype.Component;

/**
 * A unit's referrals of a period by the service asked for (the referrals module's {@link ServiceCategory}): sent,
 * answered within the standard time of their priority, and provided within 30 days, from the roll-ups
 * ({@link Measure#in(String)}). Each column is published with its total, which is the dashboard's own figure (all
 * referrals sent, answered on time, completed), so small cells are hidden as the dashboard hides a line of counts
 * beside its total: the small ones, and as many others as keep them from being worked out; a share is shown only
 * when both its counts are. A category that a place below has a small count of is hidden too, so that this unit's
 * count less the other places' does not give it away.
 */
@Component
class ReferralCategories {

    /** A line of the table: a category's message key and its figures as written. */
    record Line(String key, String sent, String onTime, String onTimeShare, String completed, String completedShare) {}

    /** The table: one line per category, then referrals without a category where there are any, then the total. */
    record Table(List<Line> categories, Line total) {}

    static final String NO_CATEGORY = "documents.report.referrals.noCategory";
    static final String TOTAL = "documents.report.referrals.total";

    private final IndicatorReadings readings;

    ReferralCategories(IndicatorReadings readings) {
        this.readings = readings;
    }

    Table of(UUID unitId, Period period, boolean exact, DashboardView view, Locale locale) {
        IndicatorReadings.Counts counts = readings.counts(unitId, period, exact, locale.getLanguage());
        Map<String, Long> raw = counts.raw().get(unitId);
        Map<String, Long> dashboard = counts.shown().get(unitId);
        List<ServiceCategory> categories = Arrays.asList(ServiceCategory.values());
        int n = categories.size();
        long[] sent = new long[n + 1];
        long[] onTime = new long[n + 1];
        long[] completed = new long[n + 1];
        for (int i = 0; i < n; i++) {
            String category = categories.get(i).name();
            sent[i] = raw.getOrDefault(Measure.SERVICE_SENT.in(category), 0L);
            onTime[i] = raw.getOrDefault(Measure.SERVICE_ON_TIME.in(category), 0L);
            completed[i] = raw.getOrDefault(Measure.SERVICE_COMPLETED_30D.in(category), 0L);
        }
        long sentTotal = sentTotal(raw);
        long onTimeTotal = onTimeTotal(raw);
        long completedTotal = completedTotal(raw);
        // what the categories leave of the totals: referrals recorded without one
        sent[n] = remainder(sentTotal, sent);
        onTime[n] = remainder(onTimeTotal, onTime);
        completed[n] = remainder(completedTotal, completed);
        Suppression suppression = new Suppression(readings.threshold());
        List<Map<String, Long>> below =
                counts.children().stream().map(c -> counts.raw().get(c.id())).toList();
        Long[] shownSent = shown(
                suppression,
                exact,
                sent,
                sentTotal,
                smallBelow(suppression, below, Measure.SERVICE_SENT, categories, this::sentTotal));
        Long[] shownOnTime = shown(
                suppression,
                exact,
                onTime,
                onTimeTotal,
                smallBelow(suppression, below, Measure.SERVICE_ON_TIME, categories, this::onTimeTotal));
        Long[] shownCompleted = shown(
                suppression,
                exact,
                completed,
                completedTotal,
                smallBelow(suppression, below, Measure.SERVICE_COMPLETED_30D, categories, this::completedTotal));
        // a total the dashboard hides (to protect a place below) is hidden here too: hiding more reveals nothing
        if (hidden(dashboard, Measure.REFERRALS_SENT)) {
            shownSent[n + 1] = null;
        }
        if (hidden(dashboard, Measure.REFERRALS_ON_TIME_EMERGENCY)
                || hidden(dashboard, Measure.REFERRALS_ON_TIME_URGENT)
                || hidden(dashboard, Measure.REFERRALS_ON_TIME_NORMAL)) {
            shownOnTime[n + 1] = null;
        }
        if (hidden(dashboard, Measure.REFERRALS_COMPLETED_30D)) {
            shownCompleted[n + 1] = null;
        }
        Writing writing = new Writing(view, locale);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            // the line without a category is left out when it would read 0 everywhere (a hidden 0 is written hidden)
            if (i == n
                    && Long.valueOf(0).equals(shownSent[n])
                    && Long.valueOf(0).equals(shownOnTime[n])
                    && Long.valueOf(0).equals(shownCompleted[n])) {
                break;
            }
            String key = i == n
                    ? NO_CATEGORY
                    : "referrals.category." + categories.get(i).name();
            lines.add(writing.line(key, shownSent[i], shownOnTime[i], shownCompleted[i]));
        }
        return new Table(lines, writing.line(TOTAL, shownSent[n + 1], shownOnTime[n + 1], shownCompleted[n + 1]));
    }

    private long sentTotal(Map<String, Long> raw) {
        return value(raw, Measure.REFERRALS_SENT);
    }

    private long onTimeTotal(Map<String, Long> raw) {
        return value(raw, Measure.REFERRALS_ON_TIME_EMERGENCY)
                + value(raw, Measure.REFERRALS_ON_TIME_URGENT)
                + value(raw, Measure.REFERRALS_ON_TIME_NORMAL);
    }

    private long completedTotal(Map<String, Long> raw) {
        return value(raw, Measure.REFERRALS_COMPLETED_30D);
    }

    /**
     * The parts (categories, then the remainder without one) that a place below has a small count of: shown here,
     * they would give that count away beside the other places' reports, so they are hidden whatever their size.
     */
    private static boolean[] smallBelow(
            Suppression suppression,
            List<Map<String, Long>> below,
            Measure measure,
            List<ServiceCategory> categories,
            java.util.function.ToLongFunction<Map<String, Long>> total) {
        int n = categories.size();
        boolean[] hidden = new boolean[n + 1];
        for (Map<String, Long> place : below) {
            long sum = 0;
            for (int i = 0; i < n; i++) {
                long count = place.getOrDefault(measure.in(categories.get(i).name()), 0L);
                sum += count;
                hidden[i] |= suppression.small(count);
            }
            hidden[n] |= suppression.small(Math.max(0, total.applyAsLong(place) - sum));
        }
        return hidden;
    }

    private static boolean hidden(Map<String, Long> dashboard, Measure measure) {
        return dashboard.containsKey(measure.name()) && dashboard.get(measure.name()) == null;
    }

    private static long value(Map<String, Long> raw, Measure measure) {
        return raw.getOrDefault(measure.name(), 0L);
    }

    private static long remainder(long total, long[] parts) {
        long sum = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            sum += parts[i];
        }
        return Math.max(0, total - sum);
    }

    /** The parts then the total, hidden ones null; all shown to a reader who may see exact figures. */
    private static Long[] shown(
            Suppression suppression, boolean exact, long[] parts, long total, boolean[] alsoHidden) {
        if (exact) {
            Long[] all = new Long[parts.length + 1];
            for (int i = 0; i < parts.length; i++) {
                all[i] = parts[i];
            }
            all[parts.length] = total;
            return all;
        }
        return suppression.line(parts, total, alsoHidden);
    }

    /** Counts and shares written as the dashboard writes them. */
    private record Writing(DashboardView view, Locale locale) {

        Line line(String key, Long sent, Long onTime, Long completed) {
            return new Line(
                    key, count(sent), count(onTime), share(onTime, sent), count(completed), share(completed, sent));
        }

        String count(Long value) {
            return value == null
                    ? view.message("insights.hidden")
                    : NumberFormat.getIntegerInstance(locale).format(value);
        }

        String share(Long part, Long whole) {
            if (part == null || whole == null) {
                return view.message("insights.hidden");
            }
            if (whole == 0) {
                return view.message("insights.noData");
            }
            return view.number(100.0 * part / whole, IndicatorCatalog.Kind.SHARE);
        }
    }
}
