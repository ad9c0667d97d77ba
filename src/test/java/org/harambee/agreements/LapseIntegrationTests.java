package org.harambee.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.harambee.agreements.lifecycle.Lapsing;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.ImportJobsAwait;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Reviews and lapses: an agreement past its review date reads as lapsed at once, the daily job stores the lapse once
 * even when two nodes run it together, a review brings it back into force; reminders list what is due; stored unit
 * paths follow a moved unit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class LapseIntegrationTests extends QuzlandAgreements {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Lapsing lapsing;

    @Autowired
    Agreements agreements;

    @Autowired
    ApplicationEvents events;

    @Test
    void anAgreementPastItsReviewDateLapsesVisiblyAtOnceAndIsMarkedOnceByTwoConcurrentRuns() throws Exception {
        UUID id = AgreementTables.agreement(jdbc, kpetema, "IN_FORCE");
        UUID fresh = AgreementTables.agreement(jdbc, kpetema, "IN_FORCE");
        reviewDate(id, TODAY.minusDays(1));

        assertThat(JsonPath.<String>read(body(get("/api/v1/agreements/" + id, COORDINATOR)), "$.status"))
                .isEqualTo("LAPSED");
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/agreements?status=LAPSED", COORDINATOR)), "$.items[*].id"))
                .containsExactly(id.toString());
        assertThat(agreements.inForceWithin(unitPath("QZ")))
                .extracting(AgreementRef::id)
                .containsExactly(fresh);
        assertThat(storedStatus(id)).isEqualTo("IN_FORCE");

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run(start));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> run(start));
        start.countDown();

        assertThat(first.get() + second.get()).isEqualTo(1);
        assertThat(storedStatus(id)).isEqualTo("LAPSED");
        assertThat(storedStatus(fresh)).isEqualTo("IN_FORCE");
        assertThat(audited("AGREEMENT_LAPSED", id)).isEqualTo(1);
        assertThat(lapsing.run(TODAY)).isZero();
    }

    @Test
    void aReviewBringsALapsedAgreementBackIntoForce() {
        UUID id = AgreementTables.agreement(jdbc, kpetema, "IN_FORCE");
        reviewDate(id, TODAY.minusDays(3));
        lapsing.run(TODAY);

        assertThat(errors(review(id, TODAY, TODAY.minusDays(1))))
                .containsOnly(Map.entry("nextReviewOn", "The review date must come after the start and not be past."));
        assertThat(post("/api/v1/agreements/" + id + "/reviews", COORDINATOR, review(TODAY, TODAY.plusMonths(6))))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("IN_FORCE");
        assertThat(storedStatus(id)).isEqualTo("IN_FORCE");
        assertThat(events.stream(AgreementInForce.class)).hasSize(1);
        assertThat(count("agreement_review")).isEqualTo(1);
    }

    @Test
    void remindersListReviewsAndCommitmentsDueSoonOrOverdueInTheReadersArea() {
        UUID due = AgreementTables.agreement(jdbc, kpetema, "IN_FORCE");
        UUID later = AgreementTables.agreement(jdbc, kpetema, "IN_FORCE");
        reviewDate(later, TODAY.plusDays(90));
        UUID late = AgreementTables.agreement(jdbc, kpetema, "IN_FORCE");
        reviewDate(late, TODAY.minusDays(2));
        UUID commitment = AgreementTables.commitment(jdbc, later);

        String json = body(get("/api/v1/agreements/reminders?days=40", RESEARCHER));

        assertThat(JsonPath.<List<String>>read(json, "$.reviews[*].agreementId"))
                .containsExactly(late.toString(), due.toString());
        assertThat(JsonPath.<List<Boolean>>read(json, "$.reviews[*].overdue")).containsExactly(true, false);
        assertThat(JsonPath.<List<String>>read(json, "$.commitments[*].id")).containsExactly(commitment.toString());
        assertThat(JsonPath.<List<Object>>read(
                        body(get("/api/v1/agreements/reminders?days=3", RESEARCHER)), "$.commitments"))
                .isEmpty();
        assertThat(JsonPath.<List<Object>>read(
                        body(get("/api/v1/agreements/reminders", LAKE_FACILITATOR)), "$.reviews"))
                .isEmpty();
    }

    @Test
    void storedPathsFollowAMovedUnit() throws InterruptedException {
        UUID largo = org.harambee.communities.CommunityTables.community(jdbc, "Largo", "QZ010201");
        UUID id = AgreementTables.agreement(jdbc, largo, "DRAFT");

        ImportJobsAwait.importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        await().atMost(Duration.ofSeconds(20)).until(() -> unitPath("QZ010201").equals(path(id)));
        assertThat(path(id)).isEqualTo(unitPath("QZ010201")).startsWith(unitPath("QZ02"));
    }

    private int run(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lapsing.run(TODAY);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult review(UUID id, LocalDate on, LocalDate next) {
        return post("/api/v1/agreements/" + id + "/reviews", COORDINATOR, review(on, next));
    }

    private static String review(LocalDate on, LocalDate next) {
        return "{\"reviewedOn\":\"" + on + "\",\"outcome\":\"Both sides keep their commitments\",\"nextReviewOn\":\""
                + next + "\"}";
    }

    private void reviewDate(UUID id, LocalDate date) {
        jdbc.sql("update agreement set review_date = ? where id = ?")
                .params(Date.valueOf(date), id)
                .update();
    }

    private String storedStatus(UUID id) {
        return jdbc.sql("select status from agreement where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private String path(UUID id) {
        return jdbc.sql("select unit_path from agreement where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** The scheduler calls the daily run from outside any transaction: it takes the job's lock in one of its own. */
    @Test
    void theScheduledRunLapsesAnAgreementPastItsReviewDate() {
        UUID id = AgreementTables.agreement(jdbc, kpetema, "IN_FORCE");
        reviewDate(id, java.time.LocalDate.now().minusDays(1));

        lapsing.daily();

        assertThat(storedStatus(id)).isEqualTo("LAPSED");
    }
}
