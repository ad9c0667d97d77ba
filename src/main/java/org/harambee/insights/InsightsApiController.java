package org.harambee.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.harambee.insights.facts.Folding;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.ReplicaReads;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicators over REST: the catalog, a unit's figures beside its children's, and one indicator's trend. */
@RestController
@RequestMapping("/api/v1/insights")
@PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
@Tag(name = "Insights", description = "RE-AIM indicators from the roll-ups, small cells suppressed")
class InsightsApiController {

    /** An indicator of the catalog; {@code deepestLevel} the deepest unit level it exists at (null: every level). */
    record CatalogEntry(
            String key,
            String group,
            String kind,
            String name,
            String definition,
            String unit,
            String numerator,
            String denominator,
            Integer deepestLevel) {}

    /**
     * One figure; value null when suppressed (flagged, {@code hidden} saying why in the reader's language and
     * {@code hiddenCount} naming the hidden measure) or when there is nothing to divide by. An indicator not defined
     * at the unit's level is absent.
     */
    record FigureJson(
            String indicator,
            String kind,
            Long numerator,
            Long denominator,
            Double value,
            boolean suppressed,
            String hidden,
            String hiddenCount) {}

    /** The figures of one RE-AIM group. */
    record GroupJson(String group, List<FigureJson> indicators) {}

    /** A unit named in an answer. */
    record UnitJson(String pcode, String name, int level) {}

    /** A child unit and its figures. */
    record ChildJson(String pcode, String name, List<FigureJson> indicators) {}

    /** A unit's figures for a period. */
    record InsightsJson(
            UnitJson unit,
            String period,
            boolean exact,
            int threshold,
            List<GroupJson> groups,
            List<ChildJson> children,

            @Schema(
                    description = "The figures hold every change made before this instant; later ones follow within"
                            + " seconds")
            Instant asOf) {}

    /** One point of a trend; {@code hidden} says why a suppressed point is hidden. */
    record PointJson(
            String period, Long numerator, Long denominator, Double value, boolean suppressed, String hidden) {}

    /** One indicator of one unit over time. */
    record TrendJson(
            UnitJson unit,
            String indicator,
            String kind,
            boolean exact,
            int threshold,
            List<PointJson> points,

            @Schema(description = "The figures hold every change made before this instant")
            Instant asOf) {}

    private final IndicatorReadings readings;
    private final InsightsAccess access;
    private final Periods periods;
    private final MessageSource messages;
    private final Folding folding;
    private final ReplicaReads replica;

    InsightsApiController(
            IndicatorReadings readings,
            InsightsAccess access,
            Periods periods,
            MessageSource messages,
            Folding folding,
            ReplicaReads replica) {
        this.readings = readings;
        this.access = access;
        this.periods = periods;
        this.messages = messages;
        this.folding = folding;
        this.replica = replica;
    }

    @GetMapping("/indicators")
    @Operation(summary = "The indicator catalog: key, RE-AIM group, formula (measures) and definition")
    List<CatalogEntry> catalog(Locale locale) {
        return IndicatorCatalog.all().stream()
                .map(i -> new CatalogEntry(
                        i.key(),
                        i.group().name(),
                        i.kind().name(),
                        messages.getMessage(i.nameKey(), null, locale),
                        messages.getMessage(i.definitionKey(), null, locale),
                        messages.getMessage(i.unitKey(), null, locale),
                        i.numerator().name(),
                        i.denominator() == null ? null : i.denominator().name(),
                        i.deepestLevel() == Integer.MAX_VALUE ? null : i.deepestLevel()))
                .toList();
    }

    @GetMapping("/{pcode}")
    @Operation(
            summary = "A unit's indicators for a period (2026-03, 2026-Q3 or 2026; default the current quarter),"
                    + " grouped by RE-AIM, with its children's; suppressed unless you may see the children's records")
    InsightsJson show(@PathVariable String pcode, @RequestParam(required = false) String period, Locale locale) {
        // may come from the read replica (decision 0030); header Harambee-Replica-Lag then says how far behind it is
        return replica.read(() -> figures(pcode, period, locale));
    }

    private InsightsJson figures(String pcode, String period, Locale locale) {
        Period p = periods.parse("period", period);
        RollupReads.Unit unit = access.readable(pcode, locale.getLanguage());
        Instant asOf = folding.asOf();
        InsightsSnapshot s = readings.snapshot(unit.id(), p, access.exact(unit), locale.getLanguage());
        DashboardView view = new DashboardView(messages, locale, readings.threshold());
        List<GroupJson> groups = Arrays.stream(IndicatorCatalog.Group.values())
                .map(g -> new GroupJson(
                        g.name(), s.group(g).stream().map(f -> json(f, view)).toList()))
                .filter(g -> !g.indicators().isEmpty())
                .toList();
        List<ChildJson> children = s.children().stream()
                .map(c -> new ChildJson(
                        c.unit().pcode(),
                        c.unit().name(),
                        c.figures().stream().map(f -> json(f, view)).toList()))
                .toList();
        return new InsightsJson(unit(s.unit()), p.toString(), s.exact(), s.threshold(), groups, children, asOf);
    }

    @GetMapping("/{pcode}/trend")
    @Operation(
            summary = "One indicator of a unit over time: kind M, Q or Y (default Q); from and to periods of that"
                    + " kind (default the last 12 months, 8 quarters or 5 years)")
    TrendJson trend(
            @PathVariable String pcode,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale) {
        IndicatorCatalog.Indicator i = IndicatorCatalog.find(indicator)
                .orElseThrow(() -> new InvalidInputException(
                        List.of(new FieldProblem("indicator", "insights.indicator.unknown"))));
        List<Period> series = periods.series(kind, from, to);
        RollupReads.Unit unit = access.readable(pcode, locale.getLanguage());
        if (!i.definedAt(unit.depth())) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("indicator", "insights.indicator.notDefinedHere")));
        }
        boolean exact = access.exact(unit);
        Instant asOf = folding.asOf();
        DashboardView view = new DashboardView(messages, locale, readings.threshold());
        List<InsightsSnapshot.Figure> figures = readings.trend(unit.id(), i, series, exact);
        List<PointJson> points = new java.util.ArrayList<>();
        for (int n = 0; n < series.size(); n++) {
            InsightsSnapshot.Figure f = figures.get(n);
            points.add(new PointJson(
                    series.get(n).toString(),
                    f.numerator(),
                    f.denominator(),
                    f.value(),
                    f.suppressed(),
                    view.reason(f)));
        }
        return new TrendJson(
                new UnitJson(unit.pcode(), unit.name(), unit.depth()),
                i.key(),
                String.valueOf(series.get(0).kind()),
                exact,
                readings.threshold(),
                points,
                asOf);
    }

    private static FigureJson json(InsightsSnapshot.Figure f, DashboardView view) {
        return new FigureJson(
                f.key(),
                f.kind().name(),
                f.numerator(),
                f.denominator(),
                f.value(),
                f.suppressed(),
                view.reason(f),
                f.hidden() == null ? null : f.hidden().name());
    }

    private static UnitJson unit(InsightsSnapshot.Place place) {
        return new UnitJson(place.pcode(), place.name(), place.level());
    }
}
