package org.harambee.insights;

import java.sql.Date;
import java.time.LocalDate;
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

    /** One roll-up row of the unit with this P-code. */
    public static void rollup(JdbcClient jdbc, String pcode, String period, String measure, long value) {
        Period p = Period.parse(period);
        UUID unit = jdbc.sql("select id from geo_unit where pcode = ?")
                .param(pcode)
                .query(UUID.class)
                .single();
        jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                        + " values (?, ?, ?, ?, ?)")
                .params(unit, String.valueOf(p.kind()), Date.valueOf(p.start()), measure, value)
                .update();
    }

    /** A flow for a quarter, written for the quarter and its first month as the write side does. */
    public static void flow(JdbcClient jdbc, String pcode, String quarter, Measure measure, long value) {
        rollup(jdbc, pcode, quarter, measure.name(), value);
        LocalDate start = Period.parse(quarter).start();
        rollup(jdbc, pcode, String.format("%d-%02d", start.getYear(), start.getMonthValue()), measure.name(), value);
    }

    public static void population(JdbcClient jdbc, String pcode, long children) {
        jdbc.sql("update geo_unit set population_children = ? where pcode = ?")
                .params(children, pcode)
                .update();
    }
}
