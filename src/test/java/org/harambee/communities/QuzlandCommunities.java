package org.harambee.communities;

import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What the communities tests start from: Quzland (provinces QZ01 Hill and QZ02 Lake; districts QZ0101 Amber, QZ0102
 * Birch, QZ0201 Cedar; chiefdoms QZ010101, QZ010102, QZ010201, QZ020101, the lowest level), no community, and four
 * accounts: a district coordinator of Amber, a facilitator of Lake province, a researcher of Hill province and a
 * national coordinator of the whole country.
 */
public abstract class QuzlandCommunities {

    protected static final String COORDINATOR = "amber-coordinator";
    static final String LAKE_FACILITATOR = "lake-facilitator";
    static final String RESEARCHER = "hill-researcher";
    static final String NATIONAL = "national-coordinator";
    static final String PASSWORD = "synthetic-communities-pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    CommunityFixtures api;

    @BeforeEach
    protected void quzlandWithoutCommunities() {
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, COORDINATOR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, LAKE_FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ02");
        TestAccounts.create(jdbc, RESEARCHER, PASSWORD, Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, NATIONAL, PASSWORD, Role.NATIONAL_COORDINATOR, "QZ");
        api = new CommunityFixtures(mvc);
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    protected String unitPath(String pcode) {
        return jdbc.sql("select path from geo_unit where pcode = ?")
                .param(pcode)
                .query(String.class)
                .single();
    }
}
