package org.harambee.insights;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.insights.facts.Folding;
import org.harambee.system.DeploymentZone;
import org.harambee.system.InvalidInputException;
import org.harambee.system.ReplicaReads;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard: a unit's headline figures by RE-AIM group with their definitions and trends, a map and a table of
 * its children, a period picker, and the way down (a child) and up (the breadcrumb).
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
class InsightsController {

    static final String DASHBOARD = "insights/dashboard";
    static final String NONE = "insights/none";

    private final IndicatorReadings readings;
    private final InsightsAccess access;
    private final Periods periods;
    private final Geography geography;
    private final InsightsMap map;
    private final MessageSource messages;
    private final Folding folding;
    private final DeploymentZone zone;
    private final ReplicaReads replica;

    InsightsController(
            IndicatorReadings readings,
            InsightsAccess access,
            Periods periods,
            Geography geography,
            InsightsMap map,
            MessageSource messages,
            Folding folding,
            DeploymentZone zone,
            ReplicaReads replica) {
        this.readings = readings;
        this.access = access;
        this.periods = periods;
        this.geography = geography;
        this.map = map;
        this.messages = messages;
        this.folding = folding;
        this.zone = zone;
        this.replica = replica;
    }

    @GetMapping("/insights")
    String showTop(Locale locale) {
        return access.topUnit(locale.getLanguage())
                .map(pcode -> "redirect:/insights/" + pcode)
                .orElse(NONE);
    }

    @GetMapping("/insights/{pcode}")
    String showDashboard(
            @PathVariable String pcode, @RequestParam(required = false) String period, Locale locale, Model model) {
        // may come from the read replica (decision 0030); the layout then says how far behind it is
        return replica.read(() -> dashboard(pcode, period, locale, model));
    }

    private String dashboard(String pcode, String period, Locale locale, Model model) {
        RollupReads.Unit unit = access.readable(pcode, locale.getLanguage());
        Period p;
        try {
            p = periods.parse("period", period);
        } catch (InvalidInputException e) {
            p = periods.parse("period", null);
            model.addAttribute(
                    "periodError", messages.getMessage("insights.period.invalid", new Object[] {period}, locale));
        }
        boolean exact = access.exact(unit);
        // read before the figures: they hold at least every change made before it
        Instant asOf = folding.asOf();
        InsightsSnapshot snapshot = readings.snapshot(unit.id(), p, exact, locale.getLanguage());
        List<Period> recent = series(p);
        Map<String, List<InsightsSnapshot.Figure>> trends = readings.trends(unit.id(), recent, exact);
        DashboardView view = new DashboardView(messages, locale, readings.threshold());
        UnitView place = geography.get(unit.pcode(), locale.getLanguage());
        model.addAttribute("unit", place);
        model.addAttribute("ancestors", geography.ancestors(place, locale.getLanguage()));
        model.addAttribute("period", p.toString());
        model.addAttribute("periodKind", String.valueOf(p.kind()));
        model.addAttribute("previous", Periods.back(p, 1).toString());
        model.addAttribute("next", Periods.next(p).toString());
        model.addAttribute("month", periods.current('M').toString());
        model.addAttribute("quarter", periods.current('Q').toString());
        model.addAttribute("year", periods.current('Y').toString());
        model.addAttribute("exact", exact);
        model.addAttribute(
                "asOf",
                DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone.zone()).format(asOf));
        model.addAttribute("asOfInstant", asOf.toString());
        model.addAttribute("threshold", readings.threshold());
        model.addAttribute("groups", view.groups(snapshot, trends));
        model.addAttribute("columns", DashboardView.columns(snapshot));
        model.addAttribute("rows", view.rows(snapshot));
        model.addAttribute("mapIndicators", DashboardView.columns(snapshot));
        return DASHBOARD;
    }

    @GetMapping("/insights/{pcode}/map.json")
    ResponseEntity<String> showMapData(
            @PathVariable String pcode, @RequestParam(required = false) String period, Locale locale) {
        RollupReads.Unit unit = access.readable(pcode, locale.getLanguage());
        Period p = periods.parse("period", period);
        InsightsSnapshot snapshot = readings.snapshot(unit.id(), p, access.exact(unit), locale.getLanguage());
        DashboardView view = new DashboardView(messages, locale, readings.threshold());
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/geo+json"))
                .body(map.geoJson(geography.get(unit.pcode(), locale.getLanguage()), snapshot, view, p, locale));
    }

    private List<Period> series(Period p) {
        List<Period> list = new java.util.ArrayList<>();
        for (Period q = Periods.back(p, 7); !q.start().isAfter(p.start()); q = Periods.next(q)) {
            list.add(q);
        }
        return list;
    }
}
