package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
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
 * What the capacity tests start from: Quzland (districts QZ0101 Amber, QZ0102 Birch, QZ0201 Cedar), empty capacity
 * tables, a government ministry and an NGO, and accounts: a national coordinator of the country, Amber's district
 * coordinator, a researcher of Hill province (QZ01), and Amber's service point officer.
 */
abstract class QuzlandCapacity {

    static final String NATIONAL = "capacity-national";
    static final String AMBER = "capacity-amber";
    static final String RESEARCHER = "capacity-researcher";
    static final String OFFICER = "capacity-officer";
    static final String PASSWORD = "synthetic-capacity-pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    UUID ministry;
    UUID ngo;

    /** The last audit line before the test: the trail is shared by every test and never emptied. */
    long auditedBefore;

    @BeforeEach
    void quzlandWithoutTrainings() {
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, NATIONAL, PASSWORD, Role.NATIONAL_COORDINATOR, "QZ");
        TestAccounts.create(jdbc, AMBER, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, RESEARCHER, PASSWORD, Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        ministry = CommunityTables.organisation(jdbc, "Ministry of Social Welfare", "GOVERNMENT");
        ngo = CommunityTables.organisation(jdbc, "Hope Network", "NATIONAL_NGO");
        auditedBefore = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();
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

    /** A training as JSON, held yesterday at {@code unit}, covering {@code competency}. */
    static String training(String unit, String competency, String extra) {
        String yesterday = java.time.LocalDate.now().minusDays(1).toString();
        return "{\"title\":\"Referral basics\",\"competencies\":[\"" + competency + "\"],\"startsOn\":\"" + yesterday
                + "\",\"endsOn\":\"" + yesterday + "\",\"unit\":\"" + unit + "\",\"venue\":\"District hall\","
                + "\"status\":\"HELD\"" + (extra == null ? "" : "," + extra) + "}";
    }

    /** Records a training through the API, as the national coordinator, and answers its id. */
    UUID recordTraining(String json) {
        MvcTestResult created = post("/api/v1/trainings", NATIONAL, Role.NATIONAL_COORDINATOR, json);
        assertThat(created).hasStatus(201);
        return UUID.fromString(JsonPath.read(body(created), "$.id"));
    }

    /** The id of the participant added last. */
    static UUID lastParticipant(MvcTestResult result) {
        List<String> ids = JsonPath.read(body(result), "$.participants[*].id");
        return UUID.fromString(ids.get(ids.size() - 1));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long audited(String action) {
        return jdbc.sql("select count(*) from access_audit where action = ? and seq > ?")
                .params(action, auditedBefore)
                .query(Long.class)
                .single();
    }

    String unitPath(String pcode) {
        return jdbc.sql("select path from geo_unit where pcode = ?")
                .param(pcode)
                .query(String.class)
                .single();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> errors(MvcTestResult result) {
        assertThat(result).hasStatus(400);
        List<Map<String, String>> errors = JsonPath.read(body(result), "$.errors");
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.get("field"), e.get("message")));
        return byField;
    }
}
