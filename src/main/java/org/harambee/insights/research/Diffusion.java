package org.harambee.insights.research;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.harambee.access.Permission;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitQuery;
import org.harambee.geography.UnitView;
import org.harambee.insights.Measure;
import org.harambee.insights.export.Readers;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fits the Bass model to the monthly count of communities starting in each province (the COMMUNITIES_STARTED month
 * roll-ups), from the first start to the last complete month; refuses, with a reason in the reader's language, below
 * a minimum of informative data ({@link #MIN_MONTHS} months, {@link #MIN_START_MONTHS} months with a start,
 * {@link #MIN_STARTED} communities started), and draws no forecast from a poor fit ({@link #poorFit}). Counts of
 * communities are not counts of people: they are shown unsuppressed.
 */
@Service
@Transactional(readOnly = true)
public class Diffusion {

    /** Fewer months than this give no fit. */
    public static final int MIN_MONTHS = 6;

    /** Fewer months with at least one start than this give no fit: three parameters need more than three points. */
    public static final int MIN_START_MONTHS = 4;

    /** Fewer communities started so far than this give no fit. */
    public static final int MIN_STARTED = 10;

    /** A fit explaining less of the months than this draws no forecast. */
    public static final double MIN_R_SQUARED = 0.6;

    /** Months forecast after the last observed one. */
    public static final int HORIZON = 24;

    /** The depth of provinces (level 1 under the country, as in COD-AB). */
    static final int PROVINCE_LEVEL = 1;

    private final JdbcClient jdbc;
    private final Geography geography;
    private final Readers readers;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    Diffusion(JdbcClient jdbc, Geography geography, Readers readers, MessageSource messages) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.readers = readers;
        this.messages = messages;
    }

    public DiffusionViews.Diffusion of(String pcode, Locale locale) {
        UnitView unit = readers.of(pcode, Permission.VIEW_AGGREGATES, locale).unit();
        List<UnitView> provinces = new ArrayList<>();
        if (unit.level() >= PROVINCE_LEVEL) {
            provinces.add(unit);
        } else {
            geography
                    .list(
                            new UnitQuery(unit.pcode(), PROVINCE_LEVEL, null, 0, UnitQuery.MAX_SIZE),
                            locale.getLanguage())
                    .items()
                    .forEach(p -> provinces.add(geography.get(p.pcode(), locale.getLanguage())));
            provinces.sort(java.util.Comparator.comparing(UnitView::pcode));
        }
        return new DiffusionViews.Diffusion(
                unit.pcode(),
                unit.name(),
                HORIZON,
                messages.getMessage("insights.diffusion.start", null, locale),
                provinces.stream().map(p -> province(p, locale)).toList());
    }

    private DiffusionViews.Province province(UnitView province, Locale locale) {
        List<DiffusionViews.Month> months = months(province);
        String refusal = refusal(months);
        DiffusionViews.Fit fit = null;
        if (refusal == null) {
            double[] n =
                    months.stream().mapToDouble(DiffusionViews.Month::started).toArray();
            BassFitter.Fit f = BassFitter.fit(n, HORIZON);
            if (Double.isFinite(f.p()) && Double.isFinite(f.q()) && Double.isFinite(f.m()) && f.p() > 0) {
                String poor = poorFit(f);
                fit = view(
                        f,
                        YearMonth.parse(months.get(months.size() - 1).month()),
                        n,
                        poor == null ? null : messages.getMessage(poor, new Object[] {MIN_R_SQUARED}, locale));
            } else {
                refusal = "insights.diffusion.noFit";
            }
        }
        return new DiffusionViews.Province(
                province.pcode(),
                province.name(),
                months,
                fit,
                refusal,
                refusal == null
                        ? null
                        : messages.getMessage(
                                refusal, new Object[] {MIN_MONTHS, MIN_START_MONTHS, MIN_STARTED}, locale),
                fit == null ? null : DiffusionChart.of(months, fit));
    }

    /** Why the months cannot be fitted (a message key), or null when they hold enough to try. */
    static String refusal(List<DiffusionViews.Month> months) {
        if (months.isEmpty()) {
            return "insights.diffusion.noStart";
        }
        if (months.size() < MIN_MONTHS) {
            return "insights.diffusion.tooFew";
        }
        if (months.stream().filter(m -> m.started() > 0).count() < MIN_START_MONTHS) {
            return "insights.diffusion.tooFewStartMonths";
        }
        if (months.stream().mapToLong(DiffusionViews.Month::started).sum() < MIN_STARTED) {
            return "insights.diffusion.tooFewStarted";
        }
        return null;
    }

    /**
     * Why a fit is too poor to forecast from (a message key), or null: it explains too little of the months, or the
     * data cannot tell its parameters (a standard error unknown, or m's as large as half of m).
     */
    static String poorFit(BassFitter.Fit f) {
        if (!(f.rSquared() >= MIN_R_SQUARED)) {
            return "insights.diffusion.poorFit";
        }
        if (!Double.isFinite(f.seP())
                || !Double.isFinite(f.seQ())
                || !Double.isFinite(f.seM())
                || f.seM() > f.m() / 2) {
            return "insights.diffusion.uncertain";
        }
        return null;
    }

    private static DiffusionViews.Fit view(BassFitter.Fit f, YearMonth last, double[] n, String poorFit) {
        List<DiffusionViews.Forecast> forecast = new ArrayList<>();
        double cumulative = 0;
        for (double v : n) {
            cumulative += v;
        }
        for (int h = 0; poorFit == null && h < f.forecast().length; h++) {
            cumulative += f.forecast()[h];
            forecast.add(new DiffusionViews.Forecast(last.plusMonths(h + 1L).toString(), f.forecast()[h], cumulative));
        }
        List<Double> fitted = new ArrayList<>();
        for (double v : f.fitted()) {
            fitted.add(v);
        }
        return new DiffusionViews.Fit(
                f.p(),
                f.q(),
                f.m(),
                known(f.seP()),
                known(f.seQ()),
                known(f.seM()),
                f.rSquared(),
                fitted,
                forecast,
                poorFit);
    }

    private static Double known(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Starts per month from the first start to the last complete month (or the last month with a row, if later). */
    List<DiffusionViews.Month> months(UnitView unit) {
        TreeMap<YearMonth, Long> started = new TreeMap<>();
        jdbc.sql("select period_start, value from insight_unit_period where unit_id = ? and period_kind = 'M'"
                        + " and measure = ? and value > 0")
                .params(unit.id(), Measure.COMMUNITIES_STARTED.name())
                .query((rs, i) -> started.merge(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2), Long::sum))
                .list();
        List<DiffusionViews.Month> months = new ArrayList<>();
        if (started.isEmpty()) {
            return months;
        }
        YearMonth lastComplete = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        YearMonth end = started.lastKey().isAfter(lastComplete) ? started.lastKey() : lastComplete;
        for (YearMonth m = started.firstKey(); !m.isAfter(end); m = m.plusMonths(1)) {
            months.add(new DiffusionViews.Month(m.toString(), started.getOrDefault(m, 0L)));
        }
        return months;
    }
}
