package org.harambee.insights.export;

import java.io.UnsupportedEncodingException;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.insights.InsightsTables;
import org.harambee.insights.Measure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the export tests start from: Quzland, with roll-ups of 2025-Q3 for Amber (QZ0101) and its chiefdoms: Amber
 * North (QZ010101) sent 3 referrals and completed 2 (small cells), Amber South (QZ010102) sent 20 and completed 15.
 * Accounts: Amber's district coordinator (exact figures there), a researcher of Hill (suppressed), a facilitator of
 * Amber (may not export) and the administrator's kind of account (DHIS2).
 */
abstract class QuzlandExports {

    static final String AMBER = "amber-exporter";
    static final String RESEARCHER = "hill-export-researcher";
    static final String FACILITATOR = "amber-facilitator";
    static final String ADMIN = "dhis2-admin";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void quzlandWithAmberReferrals() {
        jdbc.sql("delete from insight_dhis2_element").update();
        jdbc.sql("delete from insight_dhis2_data_set_element").update();
        jdbc.sql("delete from insight_dhis2_push_conflict").update();
        jdbc.sql("delete from insight_dhis2_org_unit").update();
        jdbc.sql("delete from insight_dhis2_push").update();
        InsightsTables.freshQuzland(jdbc, jobs);
        TestAccounts.create(jdbc, AMBER, "synthetic-pass-1", Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, RESEARCHER, "synthetic-pass-1", Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, FACILITATOR, "synthetic-pass-1", Role.COMMUNITY_FACILITATOR, "QZ0101");
        TestAccounts.create(jdbc, ADMIN, "synthetic-pass-1", Role.ADMINISTRATOR);
        InsightsTables.population(jdbc, "QZ0101", 4600);
        referrals("QZ010101", 3, 2);
        referrals("QZ010102", 20, 15);
        referrals("QZ0101", 23, 17);
    }

    private void referrals(String pcode, long sent, long completed) {
        InsightsTables.flow(jdbc, pcode, "2025-Q3", Measure.REFERRALS_SENT, sent);
        InsightsTables.flow(jdbc, pcode, "2025-Q3", Measure.REFERRALS_COMPLETED_30D, completed);
    }

    MvcTestResult get(String uri, String user, Role role) {
        return org.harambee.ApiRequests.get(mvc, uri, user, role);
    }

    long audited(String action) {
        return jdbc.sql("select count(*) from access_audit where action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
