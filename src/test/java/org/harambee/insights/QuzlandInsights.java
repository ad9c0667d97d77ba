package org.harambee.insights;

import java.io.UnsupportedEncodingException;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the insights tests start from: Quzland (Hill QZ01 with districts Amber QZ0101 and Birch QZ0102; Amber's
 * chiefdoms Amber North QZ010101 and Amber South QZ010102; Lake QZ02), 4,600 children in Amber, and roll-ups of
 * 2025-Q3 as the write side keeps them: Amber North sent 3 referrals (a small cell), Amber South 20, Birch 30.
 * Accounts: Amber's district coordinator, a researcher and a national coordinator of Hill province.
 */
abstract class QuzlandInsights {

    static final String AMBER = "amber-coordinator";
    static final String RESEARCHER = "hill-researcher";
    static final String NATIONAL = "hill-national";
    static final String PASSWORD = "synthetic-insights-pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void quzlandWithKnownRollups() {
        InsightsTables.freshQuzland(jdbc, jobs);
        TestAccounts.create(jdbc, AMBER, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, RESEARCHER, PASSWORD, Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, NATIONAL, PASSWORD, Role.NATIONAL_COORDINATOR, "QZ01");
        InsightsTables.population(jdbc, "QZ0101", 4600);
        stocks("QZ010101", 12, 9, 7);
        stocks("QZ010102", 10, 6, 5);
        stocks("QZ0101", 22, 15, 12);
        stocks("QZ0102", 8, 8, 8);
        stocks("QZ01", 30, 23, 20);
        // A stock of an earlier month is not the quarter's.
        InsightsTables.rollup(jdbc, "QZ0101", "2025-08", Measure.COMMUNITIES_EVER_STARTED.name(), 99);
        referrals("QZ010101", 3, 2);
        referrals("QZ010102", 20, 15);
        referrals("QZ0101", 23, 17);
        referrals("QZ0102", 30, 25);
        referrals("QZ01", 53, 42);
        InsightsTables.rollup(jdbc, "QZ0101", "2025-Q3", Measure.HARM_SELECTED.name(), 5);
        InsightsTables.rollup(jdbc, "QZ0101", "2025-Q3", Measure.WEEKS_TO_HARM.bucket(6), 3);
        InsightsTables.rollup(jdbc, "QZ0101", "2025-Q3", Measure.WEEKS_TO_HARM.bucket(11), 2);
        InsightsTables.rollup(jdbc, "QZ0101", "2025-06", Measure.COMMUNITIES_EVER_STARTED.name(), 11);
        InsightsTables.rollup(jdbc, "QZ0101", "2025-06", Measure.COMMUNITIES_REGISTERED_TOTAL.name(), 20);
    }

    private void stocks(String pcode, long registered, long started, long active) {
        InsightsTables.rollup(jdbc, pcode, "2025-09", Measure.COMMUNITIES_REGISTERED_TOTAL.name(), registered);
        InsightsTables.rollup(jdbc, pcode, "2025-09", Measure.COMMUNITIES_EVER_STARTED.name(), started);
        InsightsTables.rollup(jdbc, pcode, "2025-09", Measure.COMMUNITIES_ACTIVE.name(), active);
        InsightsTables.rollup(
                jdbc, pcode, "2025-09", Measure.COMMUNITIES_ACTIVE_STARTED.name(), Math.min(active, started));
    }

    private void referrals(String pcode, long sent, long completed) {
        InsightsTables.flow(jdbc, pcode, "2025-Q3", Measure.REFERRALS_SENT, sent);
        InsightsTables.flow(jdbc, pcode, "2025-Q3", Measure.REFERRALS_COMPLETED_30D, completed);
    }

    MvcTestResult get(String uri, String user, Role role) {
        return org.harambee.ApiRequests.get(mvc, uri, user, role);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
