package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.sync.SyncFixtures.batch;
import static org.harambee.sync.SyncFixtures.meeting;
import static org.harambee.sync.SyncFixtures.phase;
import static org.harambee.sync.SyncFixtures.referral;
import static org.harambee.sync.SyncFixtures.spread;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.insights.facts.Folding;
import org.harambee.referrals.ReferralFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sync endpoint: records made offline are created once however often their batch is replayed, a refused record
 * loses none of the others and says why field by field, a phase recorded on an old base is a conflict showing both
 * sides, records outside the facilitator's area are refused; the down-sync gives a snapshot, then only what changed.
 * Quzland: Kpetema and Baoma in Hill province (QZ01), Lakeside in Lake province (QZ02).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SyncIntegrationTests {

    static final String FACILITATOR = "hill-sync-facilitator";
    static final String LAKE_FACILITATOR = "lake-sync-facilitator";
    static final String RESEARCHER = "hill-sync-researcher";
    static final String PASSWORD = "synthetic-sync-pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @MockitoSpyBean
    ChangeApplying applying;

    @MockitoSpyBean
    ClientIds clientIds;

    @Autowired
    Folding folding;

    final JsonMapper json = JsonMapper.builder().build();

    UUID kpetema;
    UUID baoma;
    UUID lakeside;
    UUID healthPost;

    @BeforeEach
    void quzlandWithThreeCommunities() {
        jdbc.sql("delete from sync_client_id").update();
        ReferralFixtures.clear(jdbc);
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ01");
        TestAccounts.create(jdbc, LAKE_FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ02");
        TestAccounts.create(jdbc, RESEARCHER, PASSWORD, Role.RESEARCHER, "QZ01");
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        baoma = CommunityTables.community(jdbc, "Baoma", "QZ010201");
        lakeside = CommunityTables.community(jdbc, "Lakeside", "QZ020101");
        healthPost = ReferralFixtures.servicePoint(jdbc, "Amber health post", "HEALTH", "QZ0101", true);
    }

    @Test
    void aReplayedBatchCreatesEachRecordOnce() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        String sent = batch(
                meeting(ids.get(0), kpetema, 12),
                phase(ids.get(1), kpetema, "ENTRY", 0),
                spread(ids.get(2), kpetema, baoma),
                referral(ids.get(3), kpetema, healthPost, null));

        JsonNode first = sync(FACILITATOR, sent);
        assertThat(outcomes(first)).containsExactly("created", "created", "created", "created");
        for (int replay = 0; replay < 3; replay++) {
            JsonNode again = sync(FACILITATOR, sent);
            assertThat(outcomes(again)).containsExactly("already_had", "already_had", "already_had", "already_had");
            for (int i = 0; i < 4; i++) {
                assertThat(again.get("results").get(i).get("serverId").asString())
                        .isEqualTo(first.get("results").get(i).get("serverId").asString());
            }
        }
        assertThat(count("community_meeting")).isEqualTo(1);
        assertThat(count("community_phase")).isEqualTo(1);
        assertThat(count("community_spread_link")).isEqualTo(1);
        assertThat(count("referral")).isEqualTo(1);
        assertThat(jdbc.sql("select status from referral").query(String.class).single())
                .isEqualTo("SENT");
        assertThat(first.get("results").get(1).get("server").get("version").asInt())
                .isEqualTo(1);
    }

    @Test
    void aRefusedRecordSaysWhyByFieldAndLosesNoneOfTheOthers() {
        UUID good = UUID.randomUUID();
        UUID negative = UUID.randomUUID();
        UUID malformed = UUID.randomUUID();
        String badDate = SyncFixtures.change(
                malformed,
                "MEETING",
                null,
                "{\"communityId\":\"" + kpetema + "\",\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"yesterday\","
                        + "\"girls\":\"many\",\"facilitation\":\"COMMUNITY\"}");
        String unknownType = "{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"HARVEST\",\"payload\":{}}";

        JsonNode answer = sync(
                FACILITATOR, batch(meeting(good, kpetema, 3), meeting(negative, kpetema, -2), badDate, unknownType));

        assertThat(outcomes(answer)).containsExactly("created", "rejected", "rejected", "rejected");
        JsonNode refused = answer.get("results").get(1);
        assertThat(refused.get("reasons").get(0).get("field").asString()).isEqualTo("girls");
        assertThat(refused.get("reasons").get(0).get("message").asString()).isNotBlank();
        assertThat(answer.get("results")
                        .get(2)
                        .get("reasons")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("girls");
        assertThat(answer.get("results")
                        .get(3)
                        .get("reasons")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("type");
        assertThat(count("community_meeting")).isEqualTo(1);
        assertThat(jdbc.sql("select client_id from sync_client_id")
                        .query(UUID.class)
                        .list())
                .containsExactly(good);
        assertThat(outcomes(sync(FACILITATOR, batch(meeting(negative, kpetema, 2)))))
                .as("a corrected record under the same id is taken")
                .containsExactly("created");
    }

    @Test
    void anIdRepeatedInABatchOrClaimedMeanwhileStillMakesEachRecordOnce() {
        UUID refusedFirst = UUID.randomUUID();
        UUID twice = UUID.randomUUID();

        JsonNode answer = sync(
                FACILITATOR,
                batch(
                        meeting(refusedFirst, kpetema, -1),
                        meeting(refusedFirst, kpetema, 2),
                        meeting(twice, kpetema, 3),
                        meeting(twice, kpetema, 3)));

        assertThat(outcomes(answer))
                .as("the first of a repeated id refused, the second taken; an id sent twice made once")
                .containsExactly("rejected", "created", "created", "already_had");
        assertThat(answer.get("results").get(3).get("serverId").asString())
                .isEqualTo(answer.get("results").get(2).get("serverId").asString());
        assertThat(count("community_meeting")).isEqualTo(2);

        UUID meanwhile = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        JsonNode made = sync(FACILITATOR, batch(meeting(meanwhile, kpetema, 4)));
        // the batch reads its ids as if before the claim of another transaction committed
        doAnswer(call -> new HashMap<UUID, ClientIds.Seen>()).when(clientIds).seen(any());

        JsonNode again = sync(FACILITATOR, batch(meeting(meanwhile, kpetema, 4), meeting(fresh, kpetema, 5)));

        assertThat(outcomes(again)).containsExactly("already_had", "created");
        assertThat(again.get("results").get(0).get("serverId").asString())
                .isEqualTo(made.get("results").get(0).get("serverId").asString());
        assertThat(count("community_meeting")).isEqualTo(4);
        assertThat(count("sync_client_id")).isEqualTo(4);
    }

    @Test
    void aPhaseRecordedOnAnOldBaseIsAConflictShowingBothSides() {
        assertThat(outcomes(sync(FACILITATOR, batch(phase(UUID.randomUUID(), kpetema, "ENTRY", 0)))))
                .containsExactly("created");

        JsonNode answer = sync(FACILITATOR, batch(phase(UUID.randomUUID(), kpetema, "ENTRY", 0)));

        JsonNode result = answer.get("results").get(0);
        assertThat(result.get("outcome").asString()).isEqualTo("conflict");
        assertThat(result.get("server").get("version").asInt()).isEqualTo(1);
        assertThat(result.get("server").get("phase").asString()).isEqualTo("ENTRY");
        assertThat(result.get("client").get("phase").asString()).isEqualTo("ENTRY");
        assertThat(count("community_phase")).isEqualTo(1);
        assertThat(count("sync_client_id")).isEqualTo(1);
        assertThat(outcomes(sync(FACILITATOR, batch(phase(UUID.randomUUID(), kpetema, "LEARNING", 1)))))
                .containsExactly("created");
    }

    @Test
    void recordsOutsideTheFacilitatorsAreaAreRefusedAndOtherRolesCannotSync() {
        JsonNode answer = sync(
                LAKE_FACILITATOR,
                batch(
                        meeting(UUID.randomUUID(), kpetema, 3),
                        referral(UUID.randomUUID(), kpetema, healthPost, null),
                        meeting(UUID.randomUUID(), lakeside, 3)));

        assertThat(outcomes(answer)).containsExactly("rejected", "rejected", "created");
        assertThat(answer.get("results")
                        .get(0)
                        .get("reasons")
                        .get(0)
                        .get("message")
                        .asString())
                .contains("outside your area");
        assertThat(count("referral")).isZero();
        assertThat(ApiRequests.post(mvc, "/api/v1/sync", RESEARCHER, Role.RESEARCHER, batch()))
                .hasStatus(403);
        assertThat(ApiRequests.get(mvc, "/api/v1/sync/changes", RESEARCHER, Role.RESEARCHER))
                .hasStatus(403);
    }

    @Test
    void aReplayedIdOfAnotherUserIsRefused() {
        UUID id = UUID.randomUUID();
        assertThat(outcomes(sync(LAKE_FACILITATOR, batch(meeting(id, lakeside, 3)))))
                .containsExactly("created");

        assertThat(outcomes(sync(FACILITATOR, batch(meeting(id, kpetema, 3))))).containsExactly("rejected");
        assertThat(count("community_meeting")).isEqualTo(1);
    }

    @Test
    void aRecordTheDatabaseCouldNotTakeNowIsToldToRetryAndLosesNoneOfTheOthers() {
        UUID first = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        failOnce(failing, true, new CannotAcquireLockException("simulated lock timeout"));
        long lastSeq = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();

        MvcTestResult result = post(batch(
                meeting(first, kpetema, 3), meeting(failing, kpetema, 4), referral(last, kpetema, healthPost, null)));

        assertThat(result).hasStatus(200);
        JsonNode answer = body(result);
        assertThat(outcomes(answer)).containsExactly("created", "retry", "created");
        JsonNode retry = answer.get("results").get(1);
        assertThat(retry.get("retryAfter").asLong()).isBetween(1L, 60L);
        assertThat(retry.get("reasons")).isEmpty();
        assertThat(retry.get("serverId").isNull()).isTrue();
        assertThat(answer.get("retryAfter").asLong())
                .isEqualTo(retry.get("retryAfter").asLong());
        assertThat(result.getResponse().getHeader("Retry-After"))
                .isEqualTo(retry.get("retryAfter").asString());
        assertThat(count("community_meeting"))
                .as("the failed record's meeting was rolled back")
                .isEqualTo(1);
        assertThat(count("referral")).isEqualTo(1);
        assertThat(jdbc.sql("select client_id from sync_client_id")
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrder(first, last);
        assertThat(jdbc.sql("select record_id from access_audit where seq > ? and action = 'MEETING_RECORDED'")
                        .param(lastSeq)
                        .query(String.class)
                        .list())
                .as("the failed record's audit line went with it, the others' were written once")
                .containsExactly(jdbc.sql("select cast(id as varchar(36)) from community_meeting")
                        .query(String.class)
                        .single());
        folding.foldAll();
        assertThat(jdbc.sql("select coalesce(sum(value), 0) from insight_community_month where community_id = ?"
                                + " and measure = 'MEETINGS'")
                        .param(kpetema)
                        .query(Long.class)
                        .single())
                .as("the failed record's roll-up deltas went with it")
                .isEqualTo(1);

        assertThat(outcomes(sync(FACILITATOR, batch(meeting(failing, kpetema, 4)))))
                .as("sent again unchanged, it is taken")
                .containsExactly("created");
        assertThat(count("community_meeting")).isEqualTo(2);
    }

    @Test
    void aRecordRolledBackAfterMakingItsCommunityActiveLeavesTheNextToMakeItActive() {
        UUID failing = UUID.randomUUID();
        failOnce(failing, true, new CannotAcquireLockException("simulated lock timeout"));

        JsonNode answer = sync(
                FACILITATOR,
                batch(
                        meeting(failing, kpetema, 4),
                        meeting(UUID.randomUUID(), kpetema, 5),
                        meeting(UUID.randomUUID(), kpetema, 6)));

        assertThat(outcomes(answer)).containsExactly("retry", "created", "created");
        folding.foldAll();
        assertThat(jdbc.sql("select month from insight_community_month where community_id = ?"
                                + " and measure = 'COMMUNITIES_ACTIVE' order by month")
                        .param(kpetema)
                        .query(LocalDate.class)
                        .list())
                .as("the months the rolled-back record made active, made active again by the next record")
                .isNotEmpty()
                .contains(LocalDate.parse(SyncFixtures.YESTERDAY).withDayOfMonth(1));
        assertThat(jdbc.sql("select coalesce(sum(value), 0) from insight_community_month where community_id = ?"
                                + " and measure = 'MEETINGS'")
                        .param(kpetema)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anUnexpectedFailureIsARetryNotARefusal() {
        UUID failing = UUID.randomUUID();
        failOnce(failing, false, new IllegalStateException("simulated defect"));

        JsonNode answer =
                sync(FACILITATOR, batch(meeting(failing, kpetema, 4), meeting(UUID.randomUUID(), kpetema, 5)));

        assertThat(outcomes(answer)).containsExactly("retry", "created");
        assertThat(outcomes(sync(FACILITATOR, batch(meeting(failing, kpetema, 4)))))
                .containsExactly("created");
    }

    @Test
    void aBatchWhoseConnectionIsLostIsAnswered503WithRetryAfterAndNothingOfItIsTaken() {
        UUID failing = UUID.randomUUID();
        failTimes(
                failing,
                false,
                new DataAccessResourceFailureException(
                        "simulated", new SQLException("An I/O error occurred while sending to the backend", "08006")),
                1);
        String sent = batch(
                meeting(UUID.randomUUID(), kpetema, 3),
                referral(UUID.randomUUID(), kpetema, healthPost, null),
                meeting(failing, kpetema, 4),
                meeting(UUID.randomUUID(), kpetema, 5));

        assertUnavailable(post(sent));
        assertThat(count("community_meeting")).isZero();
        assertThat(count("referral")).isZero();
        assertThat(count("sync_client_id")).isZero();

        assertThat(outcomes(sync(FACILITATOR, sent)))
                .as("the same batch sent again is taken whole")
                .containsExactly("created", "created", "created", "created");
    }

    @Test
    void aRecordThatFailsOnlyInTheFirstTryIsMadeWhenTheBatchIsTakenAgainWithSavepoints() {
        UUID first = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        failTimes(failing, true, new CannotAcquireLockException("simulated lock timeout"), 1);
        long lastSeq = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();

        JsonNode answer = sync(
                FACILITATOR,
                batch(
                        meeting(first, kpetema, 3),
                        meeting(failing, kpetema, 4),
                        meeting(UUID.randomUUID(), kpetema, 5)));

        assertThat(outcomes(answer)).containsExactly("created", "created", "created");
        assertThat(count("community_meeting"))
                .as("the first try rolled back whole, nothing of it written twice")
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from access_audit where seq > ? and action = 'MEETING_RECORDED'")
                        .param(lastSeq)
                        .query(Long.class)
                        .single())
                .as("one audit line a meeting")
                .isEqualTo(3);
    }

    /**
     * The record of {@code clientId} fails with {@code failure} (after its record was written, when asked) in both tries of its batch (the first without savepoints, then the one with a
     * savepoint a record, decision 0044) and is taken when sent again.
     */
    void failOnce(UUID clientId, boolean afterWriting, RuntimeException failure) {
        failTimes(clientId, afterWriting, failure, 2);
    }

    void failTimes(UUID clientId, boolean afterWriting, RuntimeException failure, int times) {
        AtomicInteger failed = new AtomicInteger();
        doAnswer(call -> {
                    if (failed.getAndIncrement() < times) {
                        if (afterWriting) {
                            call.callRealMethod();
                        }
                        throw failure;
                    }
                    return call.callRealMethod();
                })
                .when(applying)
                .apply(argThat(c -> c != null && clientId.equals(c.clientId())), any(), any());
    }

    void assertUnavailable(MvcTestResult result) {
        assertThat(result).hasStatus(503);
        assertThat(result.getResponse().getContentType()).contains("application/problem+json");
        long retryAfter = Long.parseLong(result.getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(body(result).get("retryAfter").asLong()).isEqualTo(retryAfter);
        assertThat(body(result).get("detail").asString()).isNotBlank();
    }

    @Test
    void aBatchOverTheLimitIsRefusedAsAProblem() {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i <= SyncProtocol.MAX_BATCH; i++) {
            changes.add(meeting(UUID.randomUUID(), kpetema, 1));
        }

        MvcTestResult result =
                ApiRequests.post(mvc, "/api/v1/sync", FACILITATOR, Role.COMMUNITY_FACILITATOR, batch(changes));

        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).contains("application/problem+json");
        assertThat(body(result).get("errors").get(0).get("field").asString()).isEqualTo("changes");
        assertThat(count("community_meeting")).isZero();
    }

    @Test
    void theDownSyncGivesASnapshotThenOnlyWhatChanged() {
        jdbc.sql("update community set updated_at = ?")
                .param(Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)))
                .update();
        JsonNode snapshot = changes(null);
        assertThat(snapshot.get("full").asBoolean()).isTrue();
        assertThat(names(snapshot.get("communities"))).containsExactlyInAnyOrder("Kpetema", "Baoma");
        assertThat(snapshot.get("lists").get("phases").get("ENTRY").asString()).isEqualTo("Entry");
        assertThat(snapshot.get("lists")
                        .get("meetingTypes")
                        .get("COMMUNITY_MEETING")
                        .asString())
                .isEqualTo("Community meeting");
        assertThat(snapshot.get("servicePoints").get(0).get("name").asString()).isEqualTo("Amber health post");
        assertThat(snapshot.get("servicePoints")
                        .get(0)
                        .get("communityIds")
                        .get(0)
                        .asString())
                .isEqualTo(kpetema.toString());

        sync(
                FACILITATOR,
                batch(
                        phase(UUID.randomUUID(), kpetema, "ENTRY", 0),
                        referral(UUID.randomUUID(), kpetema, healthPost, null)));
        JsonNode next = changes(snapshot.get("cursor").asString());

        assertThat(next.get("full").asBoolean()).isFalse();
        assertThat(names(next.get("communities"))).containsExactly("Kpetema");
        assertThat(next.get("communities").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(next.get("communities").get(0).get("phase").asString()).isEqualTo("ENTRY");
        assertThat(next.get("communityIds")).hasSize(2);
        assertThat(next.get("referrals").get(0).get("status").asString()).isEqualTo("SENT");
        assertThat(next.get("servicePoints").isNull())
                .as("unchanged service points are not sent again")
                .isTrue();
        assertThat(next.get("lists").isNull()).isTrue();
        assertThat(ApiRequests.get(
                        mvc, "/api/v1/sync/changes?cursor=not-a-cursor", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(400);
    }

    @Test
    void aFacilitatorWithAssignmentsGetsOnlyTheirCommunities() {
        UUID facilitator = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into capacity_facilitator (id, name, search_name, sex, inside_community, username, unit_id,"
                        + " unit_path, created_by, created_at, updated_at) select ?, 'Synthetic Facilitator',"
                        + " 'synthetic facilitator', 'FEMALE', false, ?, id, path, 'test', ?, ? from geo_unit"
                        + " where pcode = 'QZ01'")
                .params(facilitator, FACILITATOR, now, now)
                .update();
        jdbc.sql("insert into capacity_assignment (id, facilitator_id, community_id, unit_id, unit_path, starts_on,"
                        + " created_by, created_at) select ?, ?, id, unit_id, unit_path, current_date - 10, 'test', ?"
                        + " from community where id = ?")
                .params(UUID.randomUUID(), facilitator, now, baoma)
                .update();

        assertThat(names(changes(null).get("communities"))).containsExactly("Baoma");
    }

    @Test
    void tenThousandQueuedRecordsArriveOnce() {
        List<String> batches = SyncFixtures.meetingBatches(kpetema, 10_000, SyncProtocol.MAX_BATCH);
        long start = System.nanoTime();
        long created = 0;
        for (String sent : batches) {
            created += outcomes(sync(FACILITATOR, sent)).stream()
                    .filter("created"::equals)
                    .count();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "SYNC-10000: %d meetings in %d batches of %d took %d ms (%s)%n",
                created,
                batches.size(),
                SyncProtocol.MAX_BATCH,
                millis,
                getClass().getSimpleName());

        assertThat(created).isEqualTo(10_000);
        assertThat(count("community_meeting")).isEqualTo(10_000);
        assertThat(outcomes(sync(FACILITATOR, batches.get(7)))).containsOnly("already_had");
    }

    MvcTestResult post(String body) {
        return ApiRequests.post(mvc, "/api/v1/sync", FACILITATOR, Role.COMMUNITY_FACILITATOR, body);
    }

    JsonNode sync(String user, String body) {
        MvcTestResult result = ApiRequests.post(mvc, "/api/v1/sync", user, Role.COMMUNITY_FACILITATOR, body);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    JsonNode changes(String cursor) {
        MvcTestResult result = ApiRequests.get(
                mvc,
                "/api/v1/sync/changes" + (cursor == null ? "" : "?cursor=" + cursor),
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    JsonNode body(MvcTestResult result) {
        return json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    static List<String> outcomes(JsonNode answer) {
        List<String> outcomes = new ArrayList<>();
        answer.get("results").forEach(r -> outcomes.add(r.get("outcome").asString()));
        return outcomes;
    }

    static List<String> names(JsonNode communities) {
        List<String> names = new ArrayList<>();
        communities.forEach(c -> names.add(c.get("name").asString()));
        return names;
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
