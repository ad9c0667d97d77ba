package org.harambee.insights;

import java.sql.Date;
import java.util.UUID;
import org.harambee.agreements.AgreementTables;
import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.harambee.referrals.ServicePointTables;
import org.harambee.scaleup.ScaleUpTables;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The roll-up tables in tests: emptied, and filled with known values as the write side would have kept them. */
public final class InsightsTables {

    private InsightsTables() {}

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from insight_unit_period").update();
        jdbc.sql("delete from insight_community_month").update();
        jdbc.sql("delete from insight_delta").update();
        jdbc.sql("delete from insight_future").update();
    }

    /**
     * Every table the insights tests write emptied (the roll-ups, agreements, referrals, capacity, service points,
     * scale-up, communities, units), then Quzland imported afresh.
     */
    public static void freshQuzland(JdbcClient jdbc, ImportJobs jobs) {
        clear(jdbc);
        AgreementTables.clear(jdbc);
        ReferralFixtures.clear(jdbc);
        CapacityTables.clear(jdbc);
        ServicePointTables.clear(jdbc);
        ScaleUpTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
    }

    /**
     * One roll-up row of the unit with this P-code, as the write side keeps it (decision 0048): a flow of a quarter or
     * a year at its first month (the reads sum the months), a stock at its month, and a community running total as
     * the total from that month on.
     */
    public static void rollup(JdbcClient jdbc, String pcode, String period, String measure, long value) {
        Period p = Period.parse(period);
        boolean stock = !measure.contains(":") && Measure.valueOf(measure).stock();
        if (stock && p.kind() != 'M') {
            throw new IllegalArgumentException("a stock is kept for months only: " + measure + " " + period);
        }
        boolean total = measure.equals(Measure.COMMUNITIES_REGISTERED_TOTAL.name())
                || measure.equals(Measure.COMMUNITIES_EVER_STARTED.name());
        UUID unit = jdbc.sql("select id from geo_unit where pcode = ?")
                .param(pcode)
                .query(UUID.class)
                .single();
        jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                        + " values (?, ?, ?, ?, ?)")
                .params(unit, total ? "T" : "M", Date.valueOf(p.start()), measure, value)
                .update();
    }

    /** A flow for a quarter, written at the quarter's first month. */
    public static void flow(JdbcClient jdbc, String pcode, String quarter, Measure measure, long value) {
        rollup(jdbc, pcode, quarter, measure.name(), value);
    }

    public static void population(JdbcClient jdbc, String pcode, long children) {
        jdbc.sql("update geo_unit set population_children = ? where pcode = ?")
                .params(children, pcode)
                .update();
    }
}
