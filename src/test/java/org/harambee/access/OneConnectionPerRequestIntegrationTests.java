package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.harambee.ApiRequests;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.insights.InsightsTables;
import org.harambee.referrals.ReferralFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * No request needs a second connection (decision 0016): with a pool of only two connections and six clients writing at
 * once (a community and its phases, a meeting, a referral from intake through consent, sending and acknowledgement, a
 * sync batch), every write succeeds. While the audit line took a connection of its own, two writers each held one
 * connection and waited for a second until the pool's timeout.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.datasource.hikari.connection-timeout=2000",
            "harambee.capacity.max-concurrent=64",
            "harambee.capacity.max-wait=5s"
        })
@AutoConfigureMockMvc
class OneConnectionPerRequestIntegrationTests {

    static final String COORDINATOR = "pool-coordinator";
    static final String FACILITATOR = "pool-facilitator";
    static final String OFFICER = "pool-officer";
    static final String PASSWORD = "synthetic-pool-pass-1";
    static final int CLIENTS = 6;
    static final int ROUNDS = 2;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void quzland() {
        jdbc.sql("delete from sync_client_id").update();
        InsightsTables.freshQuzland(jdbc, jobs);
        TestAccounts.create(jdbc, COORDINATOR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        TestAccounts.create(jdbc, OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        UUID welfare =
                ReferralFixtures.servicePoint(jdbc, "Synthetic pool welfare office", "SOCIAL_WELFARE", "QZ0101", true);
        ReferralFixtures.route(jdbc, "SOCIAL_WELFARE", "QZ0101", welfare);
        ReferralFixtures.officer(jdbc, welfare, OFFICER);
    }

    @Test
    void sixClientsWriteAtOnceThroughAPoolOfTwoConnections() throws Exception {
        long linesBefore = lines();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> answers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            answers.add(clients.submit(() -> {
                start.await();
                List<Integer> statuses = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    scenario("Synthetic Pool " + client + "-" + round, statuses);
                }
                return statuses;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> answer : answers) {
            statuses.addAll(answer.get(120, TimeUnit.SECONDS));
        }
        clients.shutdown();
        long millis = (System.nanoTime() - began) / 1_000_000;

        assertThat(statuses).hasSize(CLIENTS * ROUNDS * 8).allMatch(s -> s / 100 == 2, "2xx");
        assertThat(jdbc.sql("select count(*) from community where name like 'Synthetic Pool %'")
                        .query(Long.class)
                        .single())
                .isEqualTo(CLIENTS * ROUNDS);
        // every write left its line: communities, phases, meetings, referral steps and synced meetings
        assertThat(lines() - linesBefore).isGreaterThanOrEqualTo(CLIENTS * ROUNDS * 8L);
        System.out.printf("POOL-OF-2: %d clients x %d rounds of 8 writes in %d ms%n", CLIENTS, ROUNDS, millis);
    }

    private void scenario(String name, List<Integer> statuses) {
        String today = LocalDate.now().toString();
        MvcTestResult registered = post(
                "/api/v1/communities",
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"" + name + "\",\"unit\":\"QZ010101\",\"origin\":\"AGENCY_INITIATED\"}");
        statuses.add(registered.getResponse().getStatus());
        if (registered.getResponse().getStatus() != 201) {
            return;
        }
        String community = JsonPath.read(body(registered), "$.id");
        statuses.add(status(post(
                "/api/v1/communities/" + community + "/phases",
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"phase\":\"ENTRY\",\"enteredOn\":\"" + today + "\"}")));
        statuses.add(status(post(
                "/api/v1/communities/" + community + "/meetings",
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"" + today
                        + "\",\"girls\":4,\"boys\":3,\"women\":6,\"men\":5,\"facilitation\":\"EXTERNAL\"}")));
        MvcTestResult intake = post(
                "/api/v1/referrals",
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR,
                "{\"communityId\":\"" + community + "\",\"category\":\"SOCIAL_WELFARE\","
                        + "\"priority\":\"EMERGENCY\",\"ageBand\":\"AGE_10_14\",\"sex\":\"FEMALE\","
                        + "\"disability\":false,\"reason\":\"Synthetic reason\"}");
        statuses.add(intake.getResponse().getStatus());
        if (intake.getResponse().getStatus() != 201) {
            return;
        }
        String referral = JsonPath.read(body(intake), "$.referral.id");
        statuses.add(status(post(
                "/api/v1/referrals/" + referral + "/consent",
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR,
                "{\"caregiverConsent\":true,\"childAssent\":true,\"scope\":\"Synthetic scope\"}")));
        statuses.add(status(post(
                "/api/v1/referrals/" + referral + "/transitions",
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR,
                "{\"action\":\"SEND\"}")));
        statuses.add(status(post(
                "/api/v1/referrals/" + referral + "/transitions",
                OFFICER,
                Role.SERVICE_POINT_OFFICER,
                "{\"action\":\"ACKNOWLEDGE\"}")));
        statuses.add(status(post(
                "/api/v1/sync",
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR,
                "{\"changes\":[" + syncedMeeting(community) + "," + syncedMeeting(community) + "]}")));
    }

    private static String syncedMeeting(String community) {
        return "{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"MEETING\",\"baseVersion\":null,\"payload\":"
                + "{\"communityId\":\"" + community + "\",\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"girls\":2,\"boys\":4,\"women\":6,\"men\":2,"
                + "\"facilitation\":\"COMMUNITY\"}}";
    }

    private long lines() {
        return jdbc.sql("select count(*) from access_audit").query(Long.class).single();
    }

    private MvcTestResult post(String uri, String user, Role role, String json) {
        return ApiRequests.post(mvc, uri, user, role, json);
    }

    private static int status(MvcTestResult result) {
        return result.getResponse().getStatus();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
