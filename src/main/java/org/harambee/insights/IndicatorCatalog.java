package org.harambee.insights;

import static org.harambee.insights.Measure.*;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every indicator of DOMAIN section 4, with its RE-AIM group and its formula over {@link Measure}s. Each has a name and
 * a definition in the messages ({@code insights.indicator.<key>} and {@code insights.definition.<key>}),
 * shown beside the figure. Coverage counts the registered communities as its target: the platform keeps no other
 * target (docs/insights.md).
 */
public final class IndicatorCatalog {

    /** The RE-AIM dimension an indicator belongs to. */
    public enum Group {
        REACH,
        EFFECTIVENESS,
        ADOPTION,
        IMPLEMENTATION,
        MAINTENANCE
    }

    /** How an indicator is computed and shown. */
    public enum Kind {
        /** A count of events in the period: value = the numerator measure. */
        COUNT,
        /** numerator ÷ denominator, in percent. */
        SHARE,
        /** Districts with an active community ÷ the districts of the unit (from the geography), in percent. */
        DISTRICT_SHARE,
        /** numerator per 1,000 children of the unit (geo_unit.population_children), per quarter. */
        PER_1000_CHILDREN_PER_QUARTER,
        /** The median of a weekly histogram, to the week; the numerator measure counts what it is the median of. */
        MEDIAN_WEEKS
    }

    /**
     * One indicator: its key (as in the API and the messages), RE-AIM group, kind, and measures. For
     * {@link Kind#MEDIAN_WEEKS}, {@code denominator} names the histogram (stored as {@code NAME:weeks}).
     */
    public record Indicator(
            String key, Group group, Kind kind, Measure numerator, Measure denominator, int deepestLevel) {

        public Indicator(String key, Group group, Kind kind, Measure numerator, Measure denominator) {
            this(key, group, kind, numerator, denominator, Integer.MAX_VALUE);
        }

        /**
         * Whether the indicator means something for a unit at this level (country 0, province 1, district 2...): a
         * unit below its deepest level has no such figure, shown, exported or pushed; never a zero.
         */
        public boolean definedAt(int level) {
            return level <= deepestLevel;
        }

        public String nameKey() {
            return "insights.indicator." + key;
        }

        public String definitionKey() {
            return "insights.definition." + key;
        }

        /** The unit the value is shown in: %, weeks, per 1,000 children, or none for a count. */
        public String unitKey() {
            return "insights.kind." + kind.name();
        }
    }

    /**
     * What a formula reads. {@link #count} answers null for a hidden (suppressed) count and 0 for a measure never
     * written; {@link #children} and {@link #districts} are public reference figures, null when unknown.
     */
    public interface Figures {
        Long count(Measure measure);

        /** The weekly histogram of {@code measure}: index = weeks, up to {@link Measure#LAST_WEEK_BUCKET}. */
        long[] histogram(Measure measure);

        Long children();

        Long districts();
    }

    /**
     * A computed indicator; {@code suppressed} when a count it needs is hidden (then value is null), {@code hidden}
     * names that count (the numerator's when both are).
     */
    public record Result(Long numerator, Long denominator, Double value, boolean suppressed, Measure hidden) {

        public Result(Long numerator, Long denominator, Double value, boolean suppressed) {
            this(numerator, denominator, value, suppressed, null);
        }
    }

    private static final List<Indicator> ALL = List.of(
            share("coverage", Group.REACH, COMMUNITIES_EVER_STARTED, COMMUNITIES_REGISTERED_TOTAL),
            share("female-participation", Group.REACH, PARTICIPANTS_FEMALE, PARTICIPANTS),
            new Indicator(
                    "referral-rate", Group.EFFECTIVENESS, Kind.PER_1000_CHILDREN_PER_QUARTER, REFERRALS_SENT, null),
            share("referral-completion", Group.EFFECTIVENESS, REFERRALS_COMPLETED_30D, REFERRALS_SENT),
            share("feedback-closure", Group.EFFECTIVENESS, REFERRALS_FEEDBACK_REACHED, REFERRALS_ANSWERED),
            share("active-rate", Group.ADOPTION, COMMUNITIES_ACTIVE_STARTED, COMMUNITIES_EVER_STARTED),
            new Indicator(
                    "district-penetration",
                    Group.ADOPTION,
                    Kind.DISTRICT_SHARE,
                    DISTRICTS_ACTIVE,
                    null,
                    RollupReads.DISTRICT_DEPTH),
            share("partner-adoption", Group.ADOPTION, PARTNERS_SUPPORTING, PARTNERS_INVITED),
            share("spontaneous-share", Group.ADOPTION, COMMUNITIES_STARTED_SPONTANEOUS, COMMUNITIES_STARTED),
            new Indicator("time-to-harm", Group.IMPLEMENTATION, Kind.MEDIAN_WEEKS, HARM_SELECTED, WEEKS_TO_HARM),
            new Indicator("time-to-action", Group.IMPLEMENTATION, Kind.MEDIAN_WEEKS, ACTION_STARTED, WEEKS_TO_ACTION),
            share("sla-emergency", Group.IMPLEMENTATION, REFERRALS_ON_TIME_EMERGENCY, REFERRALS_SENT_EMERGENCY),
            share("sla-urgent", Group.IMPLEMENTATION, REFERRALS_ON_TIME_URGENT, REFERRALS_SENT_URGENT),
            share("sla-normal", Group.IMPLEMENTATION, REFERRALS_ON_TIME_NORMAL, REFERRALS_SENT_NORMAL),
            share("consent-compliance", Group.IMPLEMENTATION, REFERRALS_CONSENTED, REFERRALS_SENT),
            share("linkage-coverage", Group.IMPLEMENTATION, COMMUNITIES_ACTIVE_LINKED, COMMUNITIES_ACTIVE),
            share("maintenance-6m", Group.MAINTENANCE, MAINTAINED_6M, PHASED_OUT_6M),
            share("maintenance-12m", Group.MAINTENANCE, MAINTAINED_12M, PHASED_OUT_12M),
            count("institutionalisation", Group.MAINTENANCE, SCALE_UP_VERTICAL),
            count("scale-up-horizontal", Group.MAINTENANCE, SCALE_UP_HORIZONTAL),
            count("scale-up-diversification", Group.MAINTENANCE, SCALE_UP_DIVERSIFICATION),
            count("scale-up-spontaneous", Group.MAINTENANCE, SCALE_UP_SPONTANEOUS));

    private static final Map<String, Indicator> BY_KEY = new LinkedHashMap<>();

    static {
        ALL.forEach(i -> BY_KEY.put(i.key(), i));
    }

    private IndicatorCatalog() {}

    /** Every indicator, grouped by RE-AIM dimension in the order Reach, Effectiveness, Adoption, Implementation, Maintenance. */
    public static List<Indicator> all() {
        return ALL;
    }

    public static Optional<Indicator> find(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key.trim()));
    }

    public static List<Indicator> of(Group group) {
        return ALL.stream().filter(i -> i.group() == group).toList();
    }

    /** The indicators that exist for a unit at this level, in catalog order. */
    public static List<Indicator> at(int level) {
        return ALL.stream().filter(i -> i.definedAt(level)).toList();
    }

    /** The indicator's figure for a period, from what the reader may see. */
    public static Result compute(Indicator indicator, Figures figures, Period period) {
        Long numerator = figures.count(indicator.numerator());
        return switch (indicator.kind()) {
            case COUNT ->
                numerator == null
                        ? hidden(null, null, indicator.numerator())
                        : new Result(null, null, numerator.doubleValue(), false);
            case SHARE -> ratio(indicator, numerator, figures.count(indicator.denominator()), 100);
            case DISTRICT_SHARE -> ratio(indicator, numerator, figures.districts(), 100);
            case PER_1000_CHILDREN_PER_QUARTER -> perThousand(indicator, numerator, figures.children(), period);
            case MEDIAN_WEEKS ->
                numerator == null
                        ? hidden(null, null, indicator.numerator())
                        : new Result(null, numerator, median(figures.histogram(indicator.denominator())), false);
        };
    }

    /** The median of a weekly histogram, to the week (the lower middle week for an even count); null when empty. */
    public static Double median(long[] histogram) {
        long total = Arrays.stream(histogram).sum();
        if (total == 0) {
            return null;
        }
        long middle = (total + 1) / 2;
        long seen = 0;
        for (int week = 0; week < histogram.length; week++) {
            seen += histogram[week];
            if (seen >= middle) {
                return (double) week;
            }
        }
        return (double) (histogram.length - 1);
    }

    private static Result ratio(Indicator indicator, Long numerator, Long denominator, double scale) {
        if (numerator == null) {
            return hidden(null, denominator, indicator.numerator());
        }
        if (denominator == null) {
            // only a count can be hidden: the geography's district counts never are
            return hidden(numerator, null, indicator.denominator());
        }
        Double value = denominator == 0 ? null : round(scale * numerator / denominator, 1);
        return new Result(numerator, denominator, value, false);
    }

    /** A hidden figure: no value at all, never a bound read as a share. */
    private static Result hidden(Long numerator, Long denominator, Measure measure) {
        return new Result(numerator, denominator, null, true, measure);
    }

    private static Result perThousand(Indicator indicator, Long referrals, Long children, Period period) {
        if (referrals == null) {
            return hidden(null, children, indicator.numerator());
        }
        int months = period.kind() == 'M' ? 1 : period.kind() == 'Q' ? 3 : 12;
        Double value = children == null || children == 0 ? null : round(1000.0 * referrals / children * 3 / months, 2);
        return new Result(referrals, children, value, false);
    }

    private static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }

    private static Indicator share(String key, Group group, Measure numerator, Measure denominator) {
        return new Indicator(key, group, Kind.SHARE, numerator, denominator);
    }

    private static Indicator count(String key, Group group, Measure measure) {
        return new Indicator(key, group, Kind.COUNT, measure, null);
    }
}
