package org.harambee.insights.research;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.geography.UnitView;
import org.harambee.insights.export.Readers;
import org.harambee.system.CsvSheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The stepped-wedge table as a tidy CSV file, one row per cluster × month, for analysis elsewhere; an export, so it
 * needs {@link Permission#EXPORT_AGGREGATES} and is audited (unit and row count only).
 */
@Component
class SteppedWedgeExport {

    static final List<String> HEADER = List.of(
            "rollout",
            "cluster",
            "wave",
            "comparison",
            "period",
            "exposed",
            "months_since_crossover",
            "referrals",
            "children");

    private final SteppedWedge wedge;
    private final Readers readers;
    private final AuditTrail audit;

    SteppedWedgeExport(SteppedWedge wedge, Readers readers, AuditTrail audit) {
        this.wedge = wedge;
        this.readers = readers;
        this.audit = audit;
    }

    void write(String pcode, Locale locale, HttpServletResponse response) throws IOException {
        UnitView unit = readers.of(pcode, Permission.EXPORT_AGGREGATES, locale).unit();
        SteppedWedgeViews.Table table = wedge.table(pcode, Permission.EXPORT_AGGREGATES, locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("stepped-wedge-" + table.pcode() + ".csv")
                        .build()
                        .toString());
        int rows = 0;
        try (CsvSheet csv = CsvSheet.forSpreadsheets(response.getOutputStream(), HEADER)) {
            for (SteppedWedgeViews.Rollout rollout : table.rollouts()) {
                for (SteppedWedgeViews.ClusterRow cluster : rollout.clusters()) {
                    for (SteppedWedgeViews.Cell cell : cluster.cells()) {
                        csv.row(
                                rollout.name(),
                                cluster.cluster(),
                                cluster.wave(),
                                cluster.comparison(),
                                cell.period(),
                                cell.exposed() ? 1 : 0,
                                cell.monthsSinceCrossover(),
                                cell.referrals(),
                                cell.children());
                        rows++;
                    }
                }
            }
        }
        audit.record(
                "INSIGHTS_EXPORTED",
                "unit",
                unit.pcode(),
                unit.id(),
                unit.path(),
                "stepped-wedge csv " + rows + " row(s)" + (table.exact() ? " exact" : " suppressed"));
    }
}
