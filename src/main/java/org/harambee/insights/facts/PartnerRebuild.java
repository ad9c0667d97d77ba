package org.harambee.insights.facts;

import java.time.LocalDate;
import java.util.List;
import org.harambee.insights.Measure;
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

    PartnerRebuild(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first dates per partner and unit; {@code depths} is the table of path depths ({@code k (n)}). */
    void units(String depths) {
        String unit = "cast(substring(a.unit_path, 2 + 37 * k.n, 36) as uuid)";
        jdbc.sql("insert into insight_partner_unit (organisation_id, unit_id, invited_on, supporting_on)"
                        + " select a.organisation_id, " + unit + ", min(a.invited_on), min(a.supporting_on)"
                        + " from partner_adoption a cross join " + depths
                        + " where length(a.unit_path) >= 38 + 37 * k.n group by a.organisation_id, " + unit)
                .update();
    }

    /** The first month a partner counts in, if any: the rebuild's calendar starts there at the latest. */
    LocalDate firstMonth() {
        LocalDate first = jdbc.sql("select min(invited_on) from insight_partner_unit")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        return first == null ? null : Rollups.month(first);
    }

    /** The stocks for every month of {@code insight_month}. */
    void stocks() {
        for (Measure stock : List.of(Measure.PARTNERS_INVITED, Measure.PARTNERS_SUPPORTING)) {
            String first = "p." + PartnerFacts.FIRST_DATES.get(stock);
            jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                            + " select p.unit_id, 'M', m.month, ?, count(*) from insight_partner_unit p"
                            + " join insight_month m on " + first + " <= m.last_day"
                            + " where " + first + " is not null group by p.unit_id, m.month")
                    .param(stock.name())
                    .update();
        }
    }
}
