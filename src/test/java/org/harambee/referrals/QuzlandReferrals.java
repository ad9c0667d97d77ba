package org.harambee.referrals;

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
 * What the referrals tests start from: Quzland, the community Kpetema in Amber district (QZ010101), and a referral
 * system around it. Amber's social welfare office (on the platform, its officer amber-welfare), Hill province's social
 * welfare office above it (hill-welfare), Amber's police family support unit (amber-police), and a health post not on
 * the platform; the pathway routes Amber's social welfare, health and legal referrals to them. A facilitator and a
 * district coordinator of Amber, a facilitator of Lake province.
 */
public abstract class QuzlandReferrals {

    protected static final String FACILITATOR = "amber-facilitator";
    protected static final String LAKE_FACILITATOR = "lake-facilitator";
    protected static final String OFFICER = "amber-welfare";
    protected static final String PROVINCE_OFFICER = "hill-welfare";
    protected static final String POLICE = "amber-police";
    protected static final String COORDINATOR = "amber-coordinator";
    protected static final String PASSWORD = "synthetic-referrals-pass-1";
    protected static final String CHILD_NAME = "Synthetic Childname Zyxwv";

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ImportJobs jobs;

    protected UUID kpetema;
    protected UUID amberWelfare;
    protected UUID hillWelfare;
    protected UUID amberPolice;
    protected UUID healthPost;

    @BeforeEach
    protected void quzlandWithAReferralSystem() {
        ReferralFixtures.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        TestAccounts.create(jdbc, LAKE_FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ02");
        TestAccounts.create(jdbc, OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        TestAccounts.create(jdbc, PROVINCE_OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ01");
        TestAccounts.create(jdbc, POLICE, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        TestAccounts.create(jdbc, COORDINATOR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        amberWelfare =
                ReferralFixtures.servicePoint(jdbc, "Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", true);
        hillWelfare = ReferralFixtures.servicePoint(jdbc, "Hill social welfare office", "SOCIAL_WELFARE", "QZ01", true);
        amberPolice = ReferralFixtures.servicePoint(jdbc, "Amber family support unit", "LEGAL_JUSTICE", "QZ0101", true);
        healthPost = ReferralFixtures.servicePoint(jdbc, "Amber health post", "HEALTH", "QZ0101", false);
        ReferralFixtures.route(jdbc, "SOCIAL_WELFARE", "QZ0101", amberWelfare);
        ReferralFixtures.route(jdbc, "LEGAL_JUSTICE", "QZ0101", amberPolice);
        ReferralFixtures.route(jdbc, "HEALTH", "QZ0101", healthPost);
        ReferralFixtures.officer(jdbc, amberWelfare, OFFICER);
        ReferralFixtures.officer(jdbc, hillWelfare, PROVINCE_OFFICER);
        ReferralFixtures.officer(jdbc, amberPolice, POLICE);
    }

    protected String referralJson(String category, String priority) {
        return "{\"communityId\":\"" + kpetema + "\",\"category\":\"" + category + "\",\"priority\":\"" + priority
                + "\",\"ageBand\":\"AGE_10_14\",\"sex\":\"FEMALE\",\"disability\":false,"
                + "\"reason\":\"Out of school, works at the market\",\"childName\":\"" + CHILD_NAME + "\","
                + "\"birthDate\":\"2014-03-02\",\"caregiver\":\"Synthetic Aunt\",\"contact\":\"+000 111 2222\","
                + "\"narrative\":\"Synthetic account of what happened\"}";
    }

    protected static final String CONSENT = "{\"caregiverConsent\":true,\"childAssent\":true,"
            + "\"scope\":\"Name and contact to the social welfare office\"}";

    /** A referral drafted by the Amber facilitator with consent and sent; answers its id. */
    protected UUID sent(String category, String priority) {
        UUID id = drafted(category, priority);
        assertThat(post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, CONSENT))
                .hasStatus(200);
        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null))
                .hasStatus(200);
        return id;
    }

    protected UUID drafted(String category, String priority) {
        MvcTestResult created =
                post("/api/v1/referrals", FACILITATOR, Role.COMMUNITY_FACILITATOR, referralJson(category, priority));
        assertThat(created).hasStatus(201);
        return UUID.fromString(JsonPath.read(body(created), "$.referral.id"));
    }

    protected MvcTestResult act(UUID id, String user, Role role, String action, String note) {
        return post(
                "/api/v1/referrals/" + id + "/transitions",
                user,
                role,
                "{\"action\":\"" + action + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}");
    }

    protected MvcTestResult post(String uri, String user, Role role, String json) {
        return org.harambee.ApiRequests.post(mvc, uri, user, role, json);
    }

    protected MvcTestResult get(String uri, String user, Role role) {
        return org.harambee.ApiRequests.get(mvc, uri, user, role);
    }

    protected String status(UUID id) {
        return jdbc.sql("select status from referral where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    protected static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static Map<String, String> errors(MvcTestResult result) {
        assertThat(result).hasStatus(400);
        List<Map<String, String>> errors = JsonPath.read(body(result), "$.errors");
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.get("field"), e.get("message")));
        return byField;
    }
}
