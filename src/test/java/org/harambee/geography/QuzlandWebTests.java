package org.harambee.geography;

import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Web tests that start from the fictional country Quzland, freshly imported before each test, with a reader whose scope
 * is the whole country.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class QuzlandWebTests {

    /** A researcher whose scope is the whole of Quzland. */
    static final String READER = "reader";

    static final String READER_PASSWORD = "synthetic-reader-pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void importQuzland() {
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, READER, READER_PASSWORD, Role.RESEARCHER, "QZ");
    }
}
