package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the service point tests start from: Quzland (provinces QZ01 Hill and QZ02 Lake; districts QZ0101 Amber, QZ0102
 * Birch, QZ0201 Cedar; chiefdoms QZ010101 Amber North, QZ010102, QZ010201, QZ020101), no service point, and accounts:
 * Amber's and Cedar's district coordinators, a facilitator of the chiefdom QZ010101, service point officers of Amber
 * and Cedar, a researcher of Hill province and the national coordinator.
 */
abstract class QuzlandServicePoints {

    static final String COORDINATOR = "amber-coordinator";
    static final String CEDAR_COORDINATOR = "cedar-coordinator";
    static final String FACILITATOR = "amber-north-facilitator";
    static final String OFFICER = "amber-officer";
    static final String CEDAR_OFFICER = "cedar-officer";
    static final String RESEARCHER = "hill-researcher";
    static final String NATIONAL = "national-coordinator";
    static final String PASSWORD = "synthetic-services-pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void quzlandWithoutServicePoints() {
        ServicePointTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, COORDINATOR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, CEDAR_COORDINATOR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0201");
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ010101");
        TestAccounts.create(jdbc, OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        TestAccounts.create(jdbc, CEDAR_OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0201");
        TestAccounts.create(jdbc, RESEARCHER, PASSWORD, Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, NATIONAL, PASSWORD, Role.NATIONAL_COORDINATOR, "QZ");
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

    MvcTestResult delete(String uri, String user, Role role) {
        return mvc.delete().uri(uri).with(TestAccounts.as(user, role)).exchange();
    }

    /** Adds a service point through the API as Amber's coordinator and answers its id; the call must succeed. */
    UUID register(String name, String category, String unit, String extra) {
        MvcTestResult result = post(
                "/api/v1/service-points", COORDINATOR, Role.DISTRICT_COORDINATOR, json(name, category, unit, extra));
        assertThat(result).hasStatus(201);
        return UUID.fromString(JsonPath.read(body(result), "$.id"));
    }

    static String json(String name, String category, String unit, String extra) {
        return "{\"name\":\"" + name + "\",\"category\":\"" + category + "\",\"unit\":\"" + unit + "\""
                + (extra == null ? "" : "," + extra) + "}";
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The field problems of a 400 answer, field → message. */
    static Map<String, String> errors(MvcTestResult result) {
        assertThat(result).hasStatus(400);
        List<Map<String, String>> errors = JsonPath.read(body(result), "$.errors");
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.get("field"), e.get("message")));
        return byField;
    }

    List<String> names(String uri, String user, Role role) {
        MvcTestResult result = get(uri, user, role);
        assertThat(result).hasStatusOk();
        return JsonPath.read(body(result), "$.items[*].name");
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    String unitPath(String pcode) {
        return jdbc.sql("select path from geo_unit where pcode = ?")
                .param(pcode)
                .query(String.class)
                .single();
    }

    List<String> audited(String action) {
        return jdbc.sql("select record_id from access_audit where action = ? order by seq")
                .param(action)
                .query(String.class)
                .list();
    }
}
