package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.harambee.insights.Measure;
import org.harambee.system.BufferedInserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes partner adoption from {@code partner_adoption}, with the rules of {@link PartnerFacts}: per partner and
 * unit (an adoption's unit and each ancestor, read from its path) the first invitation and the first day supporting
 * below it; then, for each month of the rebuild's calendar, the partners counted from those dates on.
 */
@Component
class PartnerRebuild {

    private final JdbcClient jdbc;
    private final UnitsRebuild units;
    private final BufferedInserts inserts;

    PartnerRebuild(JdbcClient jdbc, UnitsRebuild units, BufferedInserts inserts) {
        this.inserts = inserts;
        this.jdbc = jdbc;
        this.units = units;
    }

    /**
     * Partner adoption recomputed: the first dates per partner and unit from the adoptions, the waiting partner
     * deltas this snapshot sees dropped, and the stocks of every month up to {@code last} (later first dates wait in
     * {@code insight_future}).
     */
    void rebuild(LocalDate last) {
        inserts.flush();
        jdbc.sql("delete from insight_delta where kind = 'R'").update();
        jdbc.sql("delete from insight_partner_unit").update();
        jdbc.sql("delete from insight_partner_adoption").update();
        jdbc.sql("insert into insight_partner_adoption (adoption_id, organisation_id, unit_path, invited_on,"
                        + " supporting_on) select id, organisation_id, unit_path, invited_on, supporting_on"
                        + " from partner_adoption")
                .update();
        String unit = "cast(substring(a.unit_path, 2 + 37 * k.n, 36) as uuid)";
        jdbc.sql("insert into insight_partner_unit (organisation_id, unit_id, invited_on, supporting_on)"
                        + " select a.organisation_id, " + unit + ", min(a.invited_on), min(a.supporting_on)"
                        + " from partner_adoption a cross join " + UnitsRebuild.depths(maxDepth())
                        + " where length(a.unit_path) >= 38 + 37 * k.n group by a.organisation_id, " + unit)
                .update();
        jdbc.sql("delete from insight_unit_period where measure in (?, ?)")
                .params(Measure.PARTNERS_INVITED.name(), Measure.PARTNERS_SUPPORTING.name())
                .update();
        jdbc.sql("delete from insight_future where measure in (?, ?)")
                .params(Measure.PARTNERS_INVITED.name(), Measure.PARTNERS_SUPPORTING.name())
                .update();
        LocalDate first = jdbc.sql("select min(invited_on) from insight_partner_unit")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (first == null) {
            return;
        }
        units.calendar(Rollups.month(first), last);
        for (Measure stock : List.of(Measure.PARTNERS_INVITED, Measure.PARTNERS_SUPPORTING)) {
            String column = "p." + PartnerFacts.FIRST_DATES.get(stock);
            jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                            + " select p.unit_id, 'M', m.month, ?, count(*) from insight_partner_unit p"
                            + " join insight_month m on " + column + " <= m.last_day"
                            + " where " + column + " is not null group by p.unit_id, m.month")
                    .param(stock.name())
                    .update();
            String month = CommunityMonthsRebuild.month(column);
            jdbc.sql("insert into insight_future (unit_id, month, measure, value) select p.unit_id, " + month
                            + ", ?, count(*) from insight_partner_unit p where " + column + " > ?"
                            + " group by p.unit_id, " + month)
                    .params(stock.name(), Date.valueOf(Activity.lastDay(last)))
                    .update();
        }
    }

    private int maxDepth() {
        Integer depth = jdbc.sql("select max(depth) from geo_unit")
                .query(Integer.class)
                .optional()
                .orElse(null);
        return depth == null ? 0 : depth;
    }
}
