package org.harambee.scaleup;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.agreements.Agreements;
import org.harambee.capacity.Readiness;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the scale-up tests start from: Quzland (provinces QZ01 Hill and QZ02 Lake; districts QZ0101 Amber, QZ0102
 * Birch, QZ0201 Cedar; chiefdoms QZ010101, QZ010102, QZ010201, QZ020101), no plan, rollout or event, readiness and
 * agreements answered by mocks (their modules are not what these tests are about), and four accounts: a national
 * coordinator, Amber's district coordinator, a researcher of Hill province and a partner programme manager of Lake.
 */
abstract class QuzlandScaleUp {

    static final String NATIONAL = "national-planner";
    static final String AMBER = "amber-planner";
    static final String RESEARCHER = "hill-researcher";
    static final String LAKE_MANAGER = "lake-manager";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @MockitoBean
    Readiness readiness;

    @MockitoBean
    Agreements agreements;

    @BeforeEach
    void quzlandWithoutPlans() {
        ScaleUpTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, NATIONAL, "synthetic-pass-1", Role.NATIONAL_COORDINATOR, "QZ");
        TestAccounts.create(jdbc, AMBER, "synthetic-pass-1", Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, RESEARCHER, "synthetic-pass-1", Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, LAKE_MANAGER, "synthetic-pass-1", Role.PARTNER_PROGRAMME_MANAGER, "QZ02");
    }

    MvcTestResult post(String uri, String user, Role role, String json) {
        return org.harambee.ApiRequests.post(mvc, uri, user, role, json);
    }

    MvcTestResult put(String uri, String user, Role role, String json) {
        return org.harambee.ApiRequests.put(mvc, uri, user, role, json);
    }

    MvcTestResult get(String uri, String user, Role role) {
        return org.harambee.ApiRequests.get(mvc, uri, user, role);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String id(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return JsonPath.read(body(result), "$.id");
    }

    /** The field problems of a 400 answer, the first message per field. */
    static Map<String, String> errors(MvcTestResult result) {
        assertThat(result).hasStatus(400);
        List<Map<String, String>> errors = JsonPath.read(body(result), "$.errors");
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.get("field"), e.get("message")));
        return byField;
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long audited(String action) {
        return jdbc.sql("select count(*) from access_audit where action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    UUID unitId(String pcode) {
        return jdbc.sql("select id from geo_unit where pcode = ?")
                .param(pcode)
                .query(UUID.class)
                .single();
    }

    String unitPath(String pcode) {
        return jdbc.sql("select path from geo_unit where pcode = ?")
                .param(pcode)
                .query(String.class)
                .single();
    }
}
