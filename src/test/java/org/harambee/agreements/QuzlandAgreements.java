package org.harambee.agreements;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the agreements tests start from: Quzland (QZ01 Hill with districts QZ0101 Amber and QZ0102 Birch; QZ02 Lake
 * with QZ0201 Cedar; chiefdoms QZ010101, QZ010102, QZ010201, QZ020101), the Amber river cluster of Kpetema
 * (QZ010101) led by an NGO, Amber's district social welfare office, and accounts: Amber's district coordinator, a
 * researcher of Hill, a facilitator of Lake.
 */
abstract class QuzlandAgreements {

    static final String COORDINATOR = "amber-coordinator";
    static final String RESEARCHER = "hill-researcher";
    static final String LAKE_FACILITATOR = "lake-facilitator";
    static final String PASSWORD = "synthetic-agreements-pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    UUID ngo;
    UUID kpetema;
    UUID cluster;
    UUID office;

    @BeforeEach
    void quzlandWithAClusterAndAnOffice() {
        AgreementTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, COORDINATOR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, RESEARCHER, PASSWORD, Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, LAKE_FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ02");
        ngo = CommunityTables.organisation(jdbc, "Children First", "INTERNATIONAL_NGO");
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        cluster = CommunityTables.cluster(jdbc, "Amber river cluster", ngo, kpetema);
        office = AgreementTables.servicePoint(jdbc, "Amber District Social Welfare Office", "QZ0101");
    }

    /** A signed MOU between the cluster and the office, drafted through the API; answers its id. */
    String draft() {
        MvcTestResult created = post("/api/v1/agreements", COORDINATOR, agreementJson("SIGNED_MOU", cluster, office));
        assertThat(created).hasStatus(201);
        return JsonPath.read(body(created), "$.id");
    }

    static String agreementJson(String formality, UUID cluster, UUID office) {
        return "{\"title\":\"Amber referral agreement\",\"purpose\":\"Children at risk reach the social welfare"
                + " office within a day\",\"formality\":\"" + formality + "\",\"parties\":["
                + "{\"kind\":\"CLUSTER\",\"refId\":\"" + cluster + "\"},"
                + "{\"kind\":\"SERVICE_POINT\",\"refId\":\"" + office + "\"}]}";
    }

    /** The agreement's party ids, in their order. */
    List<String> parties(String agreement) {
        return JsonPath.read(body(get("/api/v1/agreements/" + agreement, COORDINATOR)), "$.parties[*].id");
    }

    MvcTestResult post(String uri, String user, String json) {
        return mvc.post()
                .uri(uri)
                .with(TestAccounts.as(user, role(user)))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    MvcTestResult put(String uri, String user, String json) {
        return mvc.put()
                .uri(uri)
                .with(TestAccounts.as(user, role(user)))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    MvcTestResult get(String uri, String user) {
        return mvc.get()
                .uri(uri)
                .with(TestAccounts.as(user, role(user)))
                .header("Accept-Language", "en")
                .exchange();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** How many audit lines of this action the agreement has. */
    long audited(String action, Object agreement) {
        return jdbc.sql("select count(*) from access_audit where action = ? and record_id = ?")
                .params(action, agreement.toString())
                .query(Long.class)
                .single();
    }

    String unitPath(String pcode) {
        return jdbc.sql("select path from geo_unit where pcode = ?")
                .param(pcode)
                .query(String.class)
                .single();
    }

    static Role role(String user) {
        return switch (user) {
            case RESEARCHER -> Role.RESEARCHER;
            case LAKE_FACILITATOR -> Role.COMMUNITY_FACILITATOR;
            default -> Role.DISTRICT_COORDINATOR;
        };
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 400 problem's messages by field. */
    static Map<String, String> errors(MvcTestResult result) {
        assertThat(result).hasStatus(400);
        List<Map<String, String>> errors = JsonPath.read(body(result), "$.errors");
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.get("field"), e.get("message")));
        return byField;
    }
}
