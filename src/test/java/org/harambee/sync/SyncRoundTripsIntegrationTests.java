package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.sync.SyncFixtures.batch;
import static org.harambee.sync.SyncFixtures.meeting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a synced meeting sends to the database inside its batch, counted rather than timed: the difference between a
 * batch of 40 meetings and one of 10 is what 30 meetings cost, whatever the request itself costs (its token, scope,
 * the batch's lookups and client ids). A meeting costs its row and its insights first-time key: the batch is first
 * tried without a savepoint between its records (decision 0044); what it looks up (its community's facts included) is read once for the batch, and its audit
 * line and roll-up deltas go as JDBC batches (decisions 0021, 0039).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RoundTrips.class)
class SyncRoundTripsIntegrationTests {

    static final String FACILITATOR = "hill-trips-facilitator";
    static final String PASSWORD = "synthetic-trips-pass-1";

    /** The meeting and its insights first-time key. */
    static final int PER_MEETING = 2;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    RoundTrips roundTrips;

    final JsonMapper json = JsonMapper.builder().build();

    UUID kpetema;
    UUID baoma;

    @BeforeEach
    void quzlandWithTwoCommunities() {
        jdbc.sql("delete from sync_client_id").update();
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ01");
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        baoma = CommunityTables.community(jdbc, "Baoma", "QZ010201");
    }

    @Test
    void aSyncedMeetingCostsItsRowAndItsKey() {
        sync(meetings(5, kpetema));

        List<String> ten = roundTrips.during(() -> sync(meetings(10, kpetema)));
        List<String> forty = roundTrips.during(() -> sync(meetings(40, kpetema)));

        assertThat((forty.size() - ten.size()) / 30.0)
                .as("round trips a meeting; 40 meetings sent %s", tally(forty))
                .isLessThanOrEqualTo(PER_MEETING);
    }

    @Test
    void meetingsOfSeveralCommunitiesCostNoMoreEach() {
        sync(meetings(4, kpetema));
        sync(meetings(4, baoma));

        List<String> ten = roundTrips.during(() -> sync(meetings(10, kpetema, baoma)));
        List<String> forty = roundTrips.during(() -> sync(meetings(40, kpetema, baoma)));

        assertThat((forty.size() - ten.size()) / 30.0)
                .as("round trips a meeting; 40 meetings sent %s", tally(forty))
                .isLessThanOrEqualTo(PER_MEETING);
    }

    @Test
    void aReplayedBatchCostsTheSameWhateverItsSize() {
        String ten = meetings(10, kpetema);
        String forty = meetings(40, kpetema);
        sync(ten);
        sync(forty);

        List<String> tenAgain = roundTrips.during(() -> sync(ten));
        List<String> fortyAgain = roundTrips.during(() -> sync(forty));

        assertThat(fortyAgain)
                .as("40 meetings replayed sent %s", tally(fortyAgain))
                .hasSameSizeAs(tenAgain);
    }

    /** {@code count} new meetings, taking the communities in turn. */
    static String meetings(int count, UUID... communities) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(meeting(UUID.randomUUID(), communities[i % communities.length], 1 + i % 20));
        }
        return batch(changes);
    }

    void sync(String body) {
        MvcTestResult result = ApiRequests.post(mvc, "/api/v1/sync", FACILITATOR, Role.COMMUNITY_FACILITATOR, body);
        assertThat(result).hasStatus(200);
        JsonNode answer =
                json.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
        answer.get("results")
                .forEach(r -> assertThat(r.get("outcome").asString()).isIn("created", "already_had"));
    }

    /** How often each statement was sent, for a failure's message. */
    static Map<String, Long> tally(List<String> sent) {
        return sent.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
