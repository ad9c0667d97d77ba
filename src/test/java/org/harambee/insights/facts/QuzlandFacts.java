package org.harambee.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.agreements.AgreementTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.harambee.scaleup.ScaleUpTables;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the facts tests start from: Quzland with no facts, no agreements and no adoptions, accounts of a national
 * coordinator, a facilitator and a service-point officer, a social welfare office; and the API calls that make
 * records (and so events).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class QuzlandFacts {

    static final String NATIONAL = "insights-national";
    static final String FACILITATOR = "insights-facilitator";
    static final String OFFICER = "insights-officer";
    static final String PASSWORD = "synthetic-insights-pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Rebuild rebuild;

    @Autowired
    Folding folding;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    UUID welfare;

    @BeforeEach
    void quzlandWithoutFacts() {
        for (String table : List.of(
                "insight_unit_period",
                "insight_community_month",
                "insight_community",
                "insight_processed",
                "insight_unit_path",
                "insight_agreement_community",
                "insight_partner_unit",
                "insight_delta",
                "insight_future",
                "insight_partner_adoption",
                "insight_agreement_cluster")) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("update insight_fold set paused_by = null, paused_at = null").update();
        AgreementTables.clear(jdbc);
        jdbc.sql("delete from partner_adoption").update();
        ReferralFixtures.clear(jdbc);
        ScaleUpTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, NATIONAL, PASSWORD, Role.NATIONAL_COORDINATOR, "QZ");
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ");
        TestAccounts.create(jdbc, OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ");
        welfare = ReferralFixtures.servicePoint(jdbc, "Synthetic welfare office", "SOCIAL_WELFARE", "QZ", true);
        ReferralFixtures.route(jdbc, "SOCIAL_WELFARE", "QZ", welfare);
        ReferralFixtures.officer(jdbc, welfare, OFFICER);
    }

    /** The rows of a facts table once everything written so far is folded. */
    List<String> snapshot(String table) {
        folding.foldAll();
        String key = switch (table) {
            case "insight_unit_period" -> "unit_id, period_kind, period_start, measure";
            case "insight_future" -> "unit_id, measure, month";
            default -> "community_id, month, measure";
        };
        return jdbc.sql("select " + key + ", value from " + table + " order by " + key)
                .query((rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(rs.getString(i)).append(' ');
                    }
                    return row.toString().trim();
                })
                .list();
    }

    long national(String kind, String start, String measure) {
        return unit("QZ", kind, start, measure);
    }

    /**
     * A unit's figure as the reads make it (decision 0048): a flow of a quarter or year summed from its months, a
     * community running total the last total row up to the month, anything else its month row.
     */
    long unit(String pcode, String kind, String start, String measure) {
        folding.foldAll();
        LocalDate from = LocalDate.parse(start);
        if (FoldPlan.RUNNING_FROM_FLOW.containsValue(measure)) {
            return jdbc.sql(
                            "select coalesce(max(p.value), 0) from insight_unit_period p join geo_unit u"
                                    + " on u.id = p.unit_id where u.pcode = ? and p.period_kind = 'T' and p.measure = ?"
                                    + " and p.period_start = (select max(t.period_start) from insight_unit_period t"
                                    + " where t.unit_id = u.id and t.period_kind = 'T' and t.measure = ? and t.period_start <= ?)")
                    .params(pcode, measure, measure, Date.valueOf(from))
                    .query(Long.class)
                    .single();
        }
        LocalDate to = from.plusMonths(kind.equals("Y") ? 12 : kind.equals("Q") ? 3 : 1);
        return jdbc.sql(
                        "select coalesce(sum(p.value), 0) from insight_unit_period p join geo_unit u on u.id = p.unit_id"
                                + " where u.pcode = ? and p.period_kind = 'M' and p.period_start >= ? and p.period_start < ?"
                                + " and p.measure = ?")
                .params(pcode, Date.valueOf(from), Date.valueOf(to), measure)
                .query(Long.class)
                .single();
    }

    UUID register(String name, String unit, String origin, UUID source) {
        MvcTestResult created = post(
                "/api/v1/communities",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"origin\":\"" + origin + "\""
                        + (source == null ? "" : ",\"sourceCommunityId\":\"" + source + "\"") + "}");
        assertThat(created).hasStatus(201);
        return UUID.fromString(JsonPath.read(body(created), "$.id"));
    }

    void move(UUID community, String name, String unit) {
        assertThat(ApiRequests.put(
                        mvc,
                        "/api/v1/communities/" + community,
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"origin\":\"AGENCY_INITIATED\"}"))
                .hasStatus(200);
    }

    void phases(UUID community, String... phases) {
        for (String p : phases) {
            String[] parts = p.split(" ");
            assertThat(phase(community, parts[0], parts[1], null)).hasStatus(201);
        }
    }

    MvcTestResult phase(UUID community, String phase, String on, String reason) {
        return post(
                "/api/v1/communities/" + community + "/phases",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"phase\":\"" + phase + "\",\"enteredOn\":\"" + on + "\""
                        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    void meeting(UUID community, String on, int girls, int boys, int women, int men) {
        assertThat(post(
                        "/api/v1/communities/" + community + "/meetings",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"" + on + "\",\"girls\":" + girls + ",\"boys\":"
                                + boys + ",\"women\":" + women + ",\"men\":" + men + ",\"facilitation\":\"EXTERNAL\"}"))
                .hasStatus(201);
    }

    void link(UUID source, UUID target, String kind, String on) {
        assertThat(post(
                        "/api/v1/spread-links",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"sourceId\":\"" + source + "\",\"targetId\":\"" + target + "\",\"kind\":\"" + kind
                                + "\",\"occurredOn\":\"" + on + "\"}"))
                .hasStatus(201);
    }

    void scaleUp(String kind, String unit, String on) {
        assertThat(post(
                        "/api/v1/scale-up-events",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"kind\":\"" + kind + "\",\"unit\":\"" + unit + "\",\"occurredOn\":\"" + on
                                + "\",\"description\":\"Synthetic scale-up event\"}"))
                .hasStatus(201);
    }

    UUID referral(UUID community, String priority) {
        MvcTestResult created = post(
                "/api/v1/referrals",
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR,
                "{\"communityId\":\"" + community + "\",\"category\":\"SOCIAL_WELFARE\",\"priority\":\"" + priority
                        + "\",\"ageBand\":\"AGE_10_14\",\"sex\":\"FEMALE\",\"disability\":false,"
                        + "\"reason\":\"Synthetic reason\",\"childName\":\"Synthetic Child\"}");
        assertThat(created).hasStatus(201);
        UUID id = UUID.fromString(JsonPath.read(body(created), "$.referral.id"));
        assertThat(post(
                        "/api/v1/referrals/" + id + "/consent",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        "{\"caregiverConsent\":true,\"childAssent\":true,\"scope\":\"Synthetic scope\"}"))
                .hasStatus(200);
        assertThat(post(
                        "/api/v1/referrals/" + id + "/transitions",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        "{\"action\":\"SEND\"}"))
                .hasStatus(200);
        return id;
    }

    void act(UUID referral, String action) {
        assertThat(post(
                        "/api/v1/referrals/" + referral + "/transitions",
                        OFFICER,
                        Role.SERVICE_POINT_OFFICER,
                        "{\"action\":\"" + action + "\",\"note\":\"Synthetic feedback\"}"))
                .hasStatus(200);
    }

    /** The referrer confirms that the service point's feedback reached them. */
    void confirmFeedback(UUID referral) {
        assertThat(post(
                        "/api/v1/referrals/" + referral + "/transitions",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        "{\"action\":\"CONFIRM_FEEDBACK\"}"))
                .hasStatus(200);
    }

    /** A verbal agreement between these community-side parties (kind:id) and the welfare office; answers its id. */
    UUID agreement(String... parties) {
        StringBuilder json = new StringBuilder("{\"title\":\"Synthetic referral agreement\",\"purpose\":"
                + "\"Children at risk reach the welfare office\",\"formality\":\"VERBAL\",\"parties\":[");
        for (String party : parties) {
            String[] p = party.split(":");
            json.append("{\"kind\":\"")
                    .append(p[0])
                    .append("\",\"refId\":\"")
                    .append(p[1])
                    .append("\"},");
        }
        json.append("{\"kind\":\"SERVICE_POINT\",\"refId\":\"").append(welfare).append("\"}]}");
        MvcTestResult created = post("/api/v1/agreements", NATIONAL, Role.NATIONAL_COORDINATOR, json.toString());
        assertThat(created).hasStatus(201);
        return UUID.fromString(JsonPath.read(body(created), "$.id"));
    }

    /** The agreement comes into force on {@code on}, due for review in a year from today. */
    void inForce(UUID agreement, String on) {
        transition(
                agreement,
                "{\"status\":\"IN_FORCE\",\"date\":\"" + on + "\",\"reviewDate\":\""
                        + LocalDate.now().plusYears(1) + "\"}");
    }

    void ended(UUID agreement, String on) {
        transition(agreement, "{\"status\":\"ENDED\",\"date\":\"" + on + "\"}");
    }

    private void transition(UUID agreement, String json) {
        assertThat(post("/api/v1/agreements/" + agreement + "/transitions", NATIONAL, Role.NATIONAL_COORDINATOR, json))
                .hasStatus(200);
    }

    /** An organisation invited to adopt the approach in a unit, then taking the further steps given as "STEP date". */
    UUID adoption(UUID organisation, String unit, String invitedOn, String... steps) {
        MvcTestResult created = post(
                "/api/v1/adoptions",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"organisationId\":\"" + organisation + "\",\"unit\":\"" + unit + "\",\"invitedOn\":\"" + invitedOn
                        + "\"}");
        assertThat(created).hasStatus(201);
        UUID id = UUID.fromString(JsonPath.read(body(created), "$.id"));
        for (String step : steps) {
            String[] s = step.split(" ");
            assertThat(post(
                            "/api/v1/adoptions/" + id + "/steps",
                            NATIONAL,
                            Role.NATIONAL_COORDINATOR,
                            "{\"step\":\"" + s[0] + "\",\"date\":\"" + s[1] + "\"}"))
                    .hasStatus(200);
        }
        return id;
    }

    MvcTestResult post(String uri, String user, Role role, String json) {
        return ApiRequests.post(mvc, uri, user, role, json);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static YearMonth thisMonth() {
        return YearMonth.now();
    }
}
