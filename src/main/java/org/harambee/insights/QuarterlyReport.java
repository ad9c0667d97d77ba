package org.harambee.insights;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.agreements.Agreements;
import org.harambee.capacity.Readiness;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.system.DeploymentZone;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the quarterly report of a unit holds (decision 0035): the dashboard's headline figures with their definitions,
 * the last four quarters of each, the places below on a map and with their figures, the referrals by the service
 * asked for, and, for readers who may see the programme there, the agreements in force and the readiness of the area. Every figure is read and written as the dashboard
 * reads and writes it ({@link IndicatorReadings}, {@link DashboardView}), so a hidden count is hidden here too. Each
 * report is recorded in the audit trail, as an export is.
 */
@Component
class QuarterlyReport {

    /** Quarters shown in each indicator's trend, the reported one last. */
    static final int TREND_QUARTERS = 4;

    private final IndicatorReadings readings;
    private final InsightsAccess access;
    private final Periods periods;
    private final Geography geography;
    private final MessageSource messages;
    private final Scopes scopes;
    private final Agreements agreements;
    private final Readiness readiness;
    private final DeploymentZone zone;
    private final AuditTrail audit;
    private final QuarterlyMap map;
    private final ReferralCategories referralCategories;

    QuarterlyReport(
            IndicatorReadings readings,
            InsightsAccess access,
            Periods periods,
            Geography geography,
            MessageSource messages,
            Scopes scopes,
            Agreements agreements,
            Readiness readiness,
            DeploymentZone zone,
            AuditTrail audit,
            QuarterlyMap map,
            ReferralCategories referralCategories) {
        this.readings = readings;
        this.access = access;
        this.periods = periods;
        this.geography = geography;
        this.messages = messages;
        this.scopes = scopes;
        this.agreements = agreements;
        this.readiness = readiness;
        this.zone = zone;
        this.audit = audit;
        this.map = map;
        this.referralCategories = referralCategories;
    }

    /** Places per table of the places' figures: columns are places, so that every indicator keeps its row. */
    static final int PLACES_PER_TABLE = 5;

    /** The headline indicator the map is shaded by, where the places below have it. */
    static final String MAP_INDICATOR = "coverage";

    /** The report's model; a period that is not a quarter is refused beside {@code period}. */
    Map<String, Object> of(String pcode, String period, Instant asOf, Locale locale) {
        RollupReads.Unit unit = access.readable(pcode, locale.getLanguage());
        Period quarter = periods.parse("period", period);
        if (quarter.kind() != 'Q') {
            throw new InvalidInputException(List.of(new FieldProblem("period", "documents.report.quarterOnly")));
        }
        boolean exact = access.exact(unit);
        InsightsSnapshot snapshot = readings.snapshot(unit.id(), quarter, exact, locale.getLanguage());
        List<Period> recent = new ArrayList<>();
        for (int back = TREND_QUARTERS - 1; back >= 0; back--) {
            recent.add(Periods.back(quarter, back));
        }
        Map<String, List<InsightsSnapshot.Figure>> trends = readings.trends(unit.id(), recent, exact);
        DashboardView view = new DashboardView(messages, locale, readings.threshold());
        Map<String, List<String>> trendCells = new LinkedHashMap<>();
        trends.forEach((key, figures) ->
                trendCells.put(key, figures.stream().map(view::display).toList()));

        Map<String, Object> model = new LinkedHashMap<>();
        UnitView place = geography.get(unit.pcode(), locale.getLanguage());
        model.put("unit", place);
        model.put("period", quarter.toString());
        model.put("from", quarter.start());
        model.put("to", quarter.end().minusDays(1));
        model.put("exact", exact);
        model.put("threshold", readings.threshold());
        model.put(
                "asOf",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone.zone())
                        .format(asOf));
        model.put("groups", view.groups(snapshot, trends));
        model.put("trendPeriods", recent.stream().map(Period::toString).toList());
        model.put("trendCells", trendCells);
        List<DashboardView.Column> columns = DashboardView.columns(snapshot);
        model.put("columns", columns);
        model.put("placeTables", chunks(view.rows(snapshot)));
        if (!columns.isEmpty() && !snapshot.children().isEmpty()) {
            QuarterlyMap.Printed printed = map.of(place, snapshot, mapIndicator(columns), view, locale);
            model.put("map", printed);
            model.put(PdfDocuments.DRAWINGS, printed.drawings());
        }
        model.put("referralCategories", referralCategories.of(unit.id(), quarter, exact, view, locale));
        // programme records, not figures about children: shown to those who may see the programme there
        boolean programme = scopes.permits(Permission.VIEW_PROGRAMME, unit.path());
        model.put("programme", programme);
        if (programme) {
            model.put("agreementsInForce", agreements.inForceWithin(unit.path()).size());
            model.put("readiness", readiness.evaluate(unit.id()));
        }
        // a report leaves the platform as an export does: recorded alike (which unit and quarter, never a figure)
        audit.record(
                "INSIGHTS_REPORT_PRINTED",
                "unit",
                unit.pcode(),
                unit.id(),
                unit.path(),
                "PDF " + quarter + (exact ? " exact" : " suppressed"));
        return model;
    }

    /** The indicator the map is shaded by: coverage where the places below have it, else their first. */
    static String mapIndicator(List<DashboardView.Column> columns) {
        return columns.stream()
                .map(DashboardView.Column::key)
                .filter(MAP_INDICATOR::equals)
                .findFirst()
                .orElse(columns.get(0).key());
    }

    static List<List<DashboardView.Row>> chunks(List<DashboardView.Row> rows) {
        List<List<DashboardView.Row>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += PLACES_PER_TABLE) {
            chunks.add(rows.subList(i, Math.min(rows.size(), i + PLACES_PER_TABLE)));
        }
        return chunks;
    }
}
