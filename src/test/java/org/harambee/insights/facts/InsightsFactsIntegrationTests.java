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
import org.harambee.communities.CommunityTables;
import org.harambee.communities.MeetingHeld;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.harambee.scaleup.ScaleUpTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facts kept by the listeners, from a synthetic Quzland run through the modules' APIs, equal those a rebuild
 * computes from the source tables; and some figures worked out by hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InsightsFactsIntegrationTests {

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
                "insight_unit_path")) {
            jdbc.sql("delete from " + table).update();
        }
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

    @Test
    void listenersKeepWhatTheRebuildComputes() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        phases(
                kpetema,
                "ENTRY 2025-01-10",
                "LEARNING 2025-02-03",
                "FEEDBACK_VALIDATION 2025-03-10",
                "INCLUSIVE_PROCESS 2025-04-01",
                "HARM_SELECTION 2025-05-20",
                "ACTION_PLANNING 2025-06-02",
                "ACTION 2025-07-01",
                "REFLECTION 2025-08-15",
                "PHASE_OUT 2025-10-15");
        meeting(kpetema, "2025-03-01", 4, 3, 10, 8);
        meeting(kpetema, "2026-04-20", 0, 0, 6, 2);
        UUID gbanja = register("Gbanja", "QZ010102", "NEIGHBOUR_REQUEST", kpetema);
        phases(gbanja, "ENTRY 2025-08-20", "LEARNING 2025-09-01");
        assertThat(phase(gbanja, "ACTION", "2025-12-01", "Synthetic reason: planning done with a neighbour"))
                .hasStatus(201);
        meeting(gbanja, "2025-11-30", 7, 5, 3, 1);
        link(kpetema, gbanja, "REQUESTED_TO_START", "2025-08-01");
        UUID mano = register("Mano", "QZ010201", "AGENCY_INITIATED", null);
        phases(mano, "ENTRY 2025-05-05", "LEARNING 2025-06-06");
        meeting(mano, "2025-06-30", 2, 2, 2, 2);
        register("Tiwai", "QZ020101", "SELF_INITIATED", null);
        move(mano, "Mano", "QZ020101");
        UUID sent = referral(kpetema, "EMERGENCY");
        act(sent, "ACKNOWLEDGE");
        UUID served = referral(gbanja, "URGENT");
        act(served, "ACCEPT");
        act(served, "PROVIDE");
        act(served, "CLOSE");
        referral(kpetema, "NORMAL");
        scaleUp("VERTICAL", "QZ0101", "2025-11-03");
        scaleUp("HORIZONTAL", "QZ02", "2026-01-15");

        List<String> communityMonths = snapshot("insight_community_month");
        List<String> unitPeriods = snapshot("insight_unit_period");
        assertThat(communityMonths).hasSizeGreaterThan(40);
        assertThat(national("M", "2025-08-01", "DISTRICTS_ACTIVE")).isEqualTo(2);
        assertThat(national("M", LocalDate.now().withDayOfMonth(1).toString(), "COMMUNITIES_REGISTERED_TOTAL"))
                .isEqualTo(4);

        rebuild.run();

        assertThat(snapshot("insight_community_month")).containsExactlyElementsOf(communityMonths);
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
    }

    @Test
    void aMeetingMakesTheCommunityActiveForEachMonthEndingWithinNinetyDays() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        meeting(kpetema, "2025-01-31", 1, 1, 1, 1);

        assertThat(jdbc.sql("select month from insight_community_month where community_id = ?"
                                + " and measure = 'COMMUNITIES_ACTIVE' order by month")
                        .param(kpetema)
                        .query(LocalDate.class)
                        .list())
                .containsExactly(
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 4, 1));
        assertThat(national("M", "2025-04-01", "COMMUNITIES_ACTIVE")).isEqualTo(1);
        assertThat(national("M", "2025-05-01", "COMMUNITIES_ACTIVE")).isZero();
        assertThat(national("M", "2025-03-01", "DISTRICTS_ACTIVE")).isEqualTo(1);
        assertThat(national("Q", "2025-01-01", "PARTICIPANTS")).isEqualTo(4);
        assertThat(national("Q", "2025-01-01", "PARTICIPANTS_FEMALE")).isEqualTo(2);
    }

    @Test
    void aReplayedEventIsNotCountedTwice() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        String path = jdbc.sql("select unit_path from community where id = ?")
                .param(kpetema)
                .query(String.class)
                .single();
        MeetingHeld held = new MeetingHeld(
                UUID.randomUUID(),
                kpetema,
                null,
                path,
                "COMMUNITY_MEETING",
                LocalDate.of(2025, 6, 2),
                3,
                4,
                5,
                6,
                true);

        transaction.executeWithoutResult(s -> events.publishEvent(held));
        transaction.executeWithoutResult(s -> events.publishEvent(held));

        assertThat(national("M", "2025-06-01", "MEETINGS")).isEqualTo(1);
        assertThat(national("Y", "2025-01-01", "PARTICIPANTS")).isEqualTo(18);
        assertThat(national("M", "2025-06-01", "COMMUNITIES_ACTIVE")).isEqualTo(1);
    }

    @Test
    void aMovedCommunityTakesItsFiguresToItsNewDistrict() {
        UUID mano = register("Mano", "QZ010201", "AGENCY_INITIATED", null);
        meeting(mano, "2025-06-30", 2, 2, 2, 2);
        assertThat(unit("QZ0102", "M", "2025-06-01", "DISTRICTS_ACTIVE")).isEqualTo(1);

        move(mano, "Mano", "QZ020101");

        assertThat(unit("QZ0102", "Y", "2025-01-01", "MEETINGS")).isZero();
        assertThat(unit("QZ01", "M", "2025-06-01", "DISTRICTS_ACTIVE")).isZero();
        assertThat(unit("QZ0201", "Y", "2025-01-01", "MEETINGS")).isEqualTo(1);
        assertThat(unit("QZ02", "M", "2025-07-01", "DISTRICTS_ACTIVE")).isEqualTo(1);
        assertThat(national("M", "2025-07-01", "DISTRICTS_ACTIVE")).isEqualTo(1);
    }

    List<String> snapshot(String table) {
        String key = table.equals("insight_unit_period")
                ? "unit_id, period_kind, period_start, measure"
                : "community_id, month, measure";
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

    long unit(String pcode, String kind, String start, String measure) {
        return jdbc.sql(
                        "select coalesce(sum(p.value), 0) from insight_unit_period p join geo_unit u on u.id = p.unit_id"
                                + " where u.pcode = ? and p.period_kind = ? and p.period_start = ? and p.measure = ?")
                .params(pcode, kind, Date.valueOf(start), measure)
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
