package org.harambee.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.geography.UnitNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a unit's indicators and its children's from the roll-ups: a handful of queries whatever the number of
 * children (the unit, its children, their districts, and one read of all their roll-up rows). Who may see exact
 * figures is the caller's decision ({@link InsightsAccess}); otherwise {@link SmallCells} hides small counts.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorReadings implements IndicatorReading {

    private final RollupReads rollups;
    private final int threshold;
    /** Periods are the deployment's: its time zone says which month is running. */
    private final Clock clock = Clock.systemDefaultZone();

    IndicatorReadings(RollupReads rollups, @Value("${harambee.insights.suppression-threshold:5}") int threshold) {
        this.rollups = rollups;
        this.threshold = threshold;
    }

    /** The threshold below which a count is hidden. */
    public int threshold() {
        return threshold;
    }

    @Override
    public List<IndicatorValue> values(UUID unitId, Period period, boolean withChildren, boolean exact) {
        InsightsSnapshot snapshot = snapshot(unitId, period, exact, "en");
        List<IndicatorValue> values = new ArrayList<>(values(snapshot.unit(), snapshot.figures(), period));
        if (withChildren) {
            snapshot.children().forEach(c -> values.addAll(values(c.unit(), c.figures(), period)));
        }
        return values;
    }

    /** The unit's figures for the period beside its children's; names in {@code language} where the unit has one. */
    public InsightsSnapshot snapshot(UUID unitId, Period period, boolean exact, String language) {
        Counts counts = counts(unitId, period, exact, language);
        RollupReads.Unit unit = counts.unit();
        List<RollupReads.Unit> children = counts.children();
        Map<UUID, Map<String, Long>> raw = counts.raw();
        Map<UUID, Map<String, Long>> shown = counts.shown();
        Map<UUID, Long> districts = rollups.districts(unit, children);
        List<InsightsSnapshot.Child> rows = children.stream()
                .map(c -> new InsightsSnapshot.Child(
                        place(c), figures(new Source(raw.get(c.id()), shown.get(c.id()), c, districts), period)))
                .toList();
        return new InsightsSnapshot(
                place(unit),
                period,
                exact,
                threshold,
                figures(new Source(raw.get(unit.id()), shown.get(unit.id()), unit, districts), period),
                rows);
    }

    /**
     * The stored counts of a unit and its children for the period, by unit and measure name, as stored ({@code raw},
     * every stored name) and as the dashboard shows them ({@code shown}: the measures' counts, null when hidden).
     */
    record Counts(
            RollupReads.Unit unit,
            List<RollupReads.Unit> children,
            Map<UUID, Map<String, Long>> raw,
            Map<UUID, Map<String, Long>> shown) {}

    Counts counts(UUID unitId, Period period, boolean exact, String language) {
        RollupReads.Unit unit =
                rollups.unit(unitId, language).orElseThrow(() -> new UnitNotFoundException(unitId.toString()));
        List<RollupReads.Unit> children = rollups.children(unit.id(), language, period.start());
        List<UUID> ids = new ArrayList<>();
        ids.add(unit.id());
        children.forEach(c -> ids.add(c.id()));
        Map<UUID, Map<String, Long>> raw = rollups.values(ids, period, stockMonth(period));
        return new Counts(unit, children, raw, exact ? raw : suppressed(unit, children, raw));
    }

    /** One indicator of one unit over consecutive periods of a kind, oldest first. */
    public List<InsightsSnapshot.Figure> trend(
            UUID unitId, IndicatorCatalog.Indicator indicator, List<Period> periods, boolean exact) {
        return trends(unitId, periods, exact).get(indicator.key());
    }

    /** Every indicator of one unit over consecutive periods of a kind, oldest first, by key: one query. */
    public Map<String, List<InsightsSnapshot.Figure>> trends(UUID unitId, List<Period> periods, boolean exact) {
        RollupReads.Unit unit =
                rollups.unit(unitId, "en").orElseThrow(() -> new UnitNotFoundException(unitId.toString()));
        Map<String, List<InsightsSnapshot.Figure>> trends = new java.util.LinkedHashMap<>();
        List<IndicatorCatalog.Indicator> defined = IndicatorCatalog.at(unit.depth());
        defined.forEach(i -> trends.put(i.key(), new ArrayList<>()));
        if (periods.isEmpty()) {
            return trends;
        }
        // whole years: a period is hidden or shown as its year's linked table of months and quarters says
        LocalDate from = periods.get(0).start().withDayOfYear(1);
        LocalDate to =
                periods.get(periods.size() - 1).end().minusDays(1).plusYears(1).withDayOfYear(1);
        List<RollupReads.Row> rows = rollups.series(unit.id(), periods.get(0).kind(), from, to);
        Map<UUID, Long> districts = rollups.districts(unit, List.of());
        Suppression suppression = new Suppression(threshold);
        Set<PeriodCells.Key> linked = exact ? Set.of() : PeriodCells.hidden(suppression, rows);
        for (Period period : periods) {
            LocalDate stock = stockMonth(period).atDay(1);
            Map<String, Long> raw = new HashMap<>();
            for (RollupReads.Row row : rows) {
                boolean wanted = RollupReads.isStock(row.measure())
                        ? row.kind() == 'M' && row.start().equals(stock)
                        : row.kind() == period.kind() && row.start().equals(period.start());
                if (wanted) {
                    raw.put(row.measure(), row.value());
                }
            }
            Map<String, Long> shown =
                    exact ? raw : SmallCells.apply(suppression, raw, List.of()).unit();
            linked.stream()
                    .filter(k -> k.kind() == period.kind() && k.start().equals(period.start()))
                    .forEach(k -> shown.put(k.measure(), null));
            Source source = new Source(raw, shown, unit, districts);
            defined.forEach(i -> trends.get(i.key()).add(figure(i, source, period)));
        }
        return trends;
    }

    /** Where a stock is read: the period's last month, or the current month while the period runs. */
    YearMonth stockMonth(Period period) {
        YearMonth now = YearMonth.now(clock);
        YearMonth last = period.lastMonth();
        YearMonth month = last.isAfter(now) ? now : last;
        YearMonth first = YearMonth.from(period.start());
        return month.isBefore(first) ? first : month;
    }

    private Map<UUID, Map<String, Long>> suppressed(
            RollupReads.Unit unit, List<RollupReads.Unit> children, Map<UUID, Map<String, Long>> raw) {
        SmallCells.Visible visible = SmallCells.apply(
                new Suppression(threshold),
                raw.get(unit.id()),
                children.stream().map(c -> raw.get(c.id())).toList());
        Map<UUID, Map<String, Long>> shown = new HashMap<>();
        shown.put(unit.id(), visible.unit());
        for (int i = 0; i < children.size(); i++) {
            shown.put(children.get(i).id(), visible.children().get(i));
        }
        return shown;
    }

    /** The figures of the indicators defined at the unit's level: the others are left out, never written as zero. */
    private static List<InsightsSnapshot.Figure> figures(Source source, Period period) {
        return IndicatorCatalog.at(source.unit().depth()).stream()
                .map(i -> figure(i, source, period))
                .toList();
    }

    private static InsightsSnapshot.Figure figure(IndicatorCatalog.Indicator indicator, Source source, Period period) {
        IndicatorCatalog.Result r = IndicatorCatalog.compute(indicator, source, period);
        return new InsightsSnapshot.Figure(
                indicator.key(),
                indicator.group(),
                indicator.kind(),
                r.numerator(),
                r.denominator(),
                r.value(),
                r.suppressed(),
                r.hidden());
    }

    private static List<IndicatorValue> values(
            InsightsSnapshot.Place place, List<InsightsSnapshot.Figure> figures, Period period) {
        return figures.stream()
                .map(f -> new IndicatorValue(
                        f.key(),
                        place.id(),
                        place.pcode(),
                        place.name(),
                        period,
                        f.numerator(),
                        f.denominator(),
                        f.value(),
                        f.suppressed(),
                        f.hidden()))
                .toList();
    }

    private static InsightsSnapshot.Place place(RollupReads.Unit unit) {
        return new InsightsSnapshot.Place(unit.id(), unit.pcode(), unit.name(), unit.depth());
    }

    /** A unit's figures as a formula reads them: counts as shown (null when hidden), histograms as stored. */
    private record Source(
            Map<String, Long> raw, Map<String, Long> shown, RollupReads.Unit unit, Map<UUID, Long> districtCounts)
            implements IndicatorCatalog.Figures {

        @Override
        public Long count(Measure measure) {
            return shown.containsKey(measure.name()) ? shown.get(measure.name()) : Long.valueOf(0L);
        }

        @Override
        public long[] histogram(Measure measure) {
            long[] weeks = new long[Measure.LAST_WEEK_BUCKET + 1];
            String prefix = measure.name() + ":";
            raw.forEach((name, value) -> {
                if (name.startsWith(prefix)) {
                    int week = Integer.parseInt(name.substring(prefix.length()));
                    weeks[Math.max(0, Math.min(week, Measure.LAST_WEEK_BUCKET))] += value;
                }
            });
            return weeks;
        }

        @Override
        public Long children() {
            return unit.children();
        }

        @Override
        public Long districts() {
            return districtCounts.get(unit.id());
        }
    }
}
