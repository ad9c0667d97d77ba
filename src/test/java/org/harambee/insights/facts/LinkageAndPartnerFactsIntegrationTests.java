package org.harambee.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.agreements.AgreementInForce;
import org.harambee.agreements.AgreementLapsed;
import org.harambee.agreements.AgreementTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.ImportJobsAwait;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Linkage coverage and partner adoption worked out by hand: a community is linked in the months it is active and an
 * agreement in force covers the month's end; a partner counts once at a unit however many adoptions lie below it.
 */
class LinkageAndPartnerFactsIntegrationTests extends QuzlandFacts {

    @Autowired
    Horizon horizon;

    @Autowired
    ApplicationContext context;

    @Test
    void anActiveCommunityIsLinkedWhileItsAgreementIsInForceAndUnlinkedAfterItEnds() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        meeting(kpetema, "2025-01-31", 1, 1, 1, 1);
        UUID agreement = agreement("COMMUNITY:" + kpetema);

        inForce(agreement, "2025-03-01");

        assertThat(linked(kpetema)).containsExactly("2025-03-01", "2025-04-01");
        assertThat(national("M", "2025-02-01", "COMMUNITIES_ACTIVE_LINKED")).isZero();
        assertThat(unit("QZ0101", "M", "2025-03-01", "COMMUNITIES_ACTIVE_LINKED"))
                .isEqualTo(1);

        meeting(kpetema, "2025-06-10", 1, 1, 1, 1);
        assertThat(linked(kpetema))
                .containsExactly("2025-03-01", "2025-04-01", "2025-06-01", "2025-07-01", "2025-08-01");

        ended(agreement, "2025-07-15");

        assertThat(linked(kpetema)).containsExactly("2025-03-01", "2025-04-01", "2025-06-01");
        assertThat(national("M", "2025-07-01", "COMMUNITIES_ACTIVE_LINKED")).isZero();
        assertThat(national("M", "2025-07-01", "COMMUNITIES_ACTIVE")).isEqualTo(1);
        assertThat(national("M", "2025-06-01", "COMMUNITIES_ACTIVE_LINKED")).isEqualTo(1);
        List<String> unitPeriods = snapshot("insight_unit_period");
        rebuild.run();
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
    }

    @Test
    void aLapseUnlinksTheMonthsAfterItsReviewDateUnlessAnotherAgreementCovers() {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        meeting(kpetema, "2025-01-31", 1, 1, 1, 1);
        meeting(kpetema, "2025-05-20", 1, 1, 1, 1);
        UUID first = agreement("COMMUNITY:" + kpetema);
        UUID second = agreement("COMMUNITY:" + kpetema);
        inForce(first, "2025-01-01");
        inForce(second, "2025-03-01");
        assertThat(linked(kpetema)).hasSize(7);

        AgreementLapsed lapsed = lapsed(first, kpetema, LocalDate.of(2025, 2, 27));
        transaction.executeWithoutResult(s -> events.publishEvent(lapsed));
        transaction.executeWithoutResult(s -> events.publishEvent(lapsed));

        List<String> activeExceptFebruary =
                List.of("2025-01-01", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01", "2025-07-01");
        assertThat(linked(kpetema)).containsExactlyElementsOf(activeExceptFebruary);
        assertThat(national("M", "2025-02-01", "COMMUNITIES_ACTIVE_LINKED")).isZero();

        ended(second, "2025-06-15");
        assertThat(linked(kpetema)).containsExactly("2025-01-01", "2025-03-01", "2025-04-01", "2025-05-01");

        // the lapsed agreement is reviewed: in force again from the review
        transaction.executeWithoutResult(s -> events.publishEvent(new AgreementInForce(
                first,
                lapsed.unitId(),
                lapsed.unitPath(),
                List.of(kpetema),
                LocalDate.of(2025, 6, 20),
                List.of(kpetema),
                List.of())));
        assertThat(linked(kpetema)).containsExactlyElementsOf(activeExceptFebruary);
        assertThat(national("M", "2025-07-01", "COMMUNITIES_ACTIVE_LINKED")).isEqualTo(1);
    }

    @Test
    void aLateReviewLeavesTheLapseAsAGapForTheRebuildToo() {
        assertGapAfterLateReview(true);
    }

    @Test
    void aLateReviewBeforeTheLapseJobRanStillLeavesTheLapseAsAGap() {
        assertGapAfterLateReview(false);
    }

    private void assertGapAfterLateReview(boolean jobRan) {
        UUID kpetema = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        meeting(kpetema, "2025-03-15", 1, 1, 1, 1);
        meeting(kpetema, "2025-06-20", 1, 1, 1, 1);
        UUID agreement = agreement("COMMUNITY:" + kpetema);
        inForce(agreement, "2025-03-01");
        // time passes: the review date it was given is now the end of April
        jdbc.sql("update agreement set review_date = ? where id = ?")
                .params(Date.valueOf("2025-04-30"), agreement)
                .update();
        if (jobRan) {
            assertThat(AgreementTables.lapse(context, LocalDate.of(2025, 5, 2))).isEqualTo(1);
        }

        assertThat(post(
                        "/api/v1/agreements/" + agreement + "/reviews",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"reviewedOn\":\"2025-07-10\",\"outcome\":\"Synthetic review: in force again\","
                                + "\"nextReviewOn\":\"" + LocalDate.now().plusYears(1) + "\"}"))
                .hasStatus(200);

        assertThat(linked(kpetema)).containsExactly("2025-03-01", "2025-04-01", "2025-07-01", "2025-08-01");
        List<String> communityMonths = snapshot("insight_community_month");
        List<String> unitPeriods = snapshot("insight_unit_period");
        rebuild.run();
        assertThat(snapshot("insight_community_month")).containsExactlyElementsOf(communityMonths);
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
    }

    @Test
    void aClusterAgreementTiesInItsMembersWhileTheyBelong() {
        String today = LocalDate.now().toString();
        String thisMonth = LocalDate.now().withDayOfMonth(1).toString();
        UUID first = register("Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        UUID second = register("Gbanja", "QZ010102", "AGENCY_INITIATED", null);
        meeting(first, today, 1, 1, 1, 1);
        meeting(second, today, 1, 1, 1, 1);
        UUID lead = CommunityTables.organisation(jdbc, "Insights cluster lead", "NATIONAL_NGO");
        UUID cluster = UUID.fromString(com.jayway.jsonpath.JsonPath.read(
                body(post(
                        "/api/v1/clusters",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"name\":\"Synthetic Rowan cluster\",\"leadPartnerId\":\"" + lead + "\",\"memberIds\":[\""
                                + first + "\"]}")),
                "$.id"));
        inForce(agreement("CLUSTER:" + cluster), "2025-03-01");
        assertThat(linked(first)).contains(thisMonth);
        assertThat(linked(second)).isEmpty();

        assertThat(ApiRequests.put(
                        mvc,
                        "/api/v1/clusters/" + cluster,
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"name\":\"Synthetic Rowan cluster\",\"leadPartnerId\":\"" + lead + "\",\"memberIds\":[\""
                                + second + "\"]}"))
                .hasStatus(200);

        // the one that left is untied from today, so not at this month's end; the one that joined is tied in
        assertThat(linked(first)).doesNotContain(thisMonth);
        assertThat(linked(second)).contains(thisMonth);
        List<String> communityMonths = snapshot("insight_community_month");
        List<String> unitPeriods = snapshot("insight_unit_period");
        rebuild.run();
        assertThat(snapshot("insight_community_month")).containsExactlyElementsOf(communityMonths);
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
    }

    @Test
    void aDistrictMovedToAnotherProvinceTakesItsPartnersAlongAndCountsThemOnce() {
        UUID partner = CommunityTables.organisation(jdbc, "Insights moving partner", "NATIONAL_NGO");
        UUID other = CommunityTables.organisation(jdbc, "Insights staying partner", "NATIONAL_NGO");
        adoption(partner, "QZ0102", "2025-02-05", "AGREED 2025-02-06", "TRAINED 2025-03-01", "SUPPORTING 2025-06-01");
        adoption(partner, "QZ0201", "2025-04-01");
        adoption(other, "QZ0101", "2025-01-10");
        assertThat(unit("QZ01", "M", "2025-03-01", "PARTNERS_INVITED")).isEqualTo(2);
        assertThat(unit("QZ02", "M", "2025-03-01", "PARTNERS_INVITED")).isZero();

        ImportJobsAwait.importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        assertThat(unit("QZ01", "M", "2025-03-01", "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(unit("QZ01", "M", "2025-07-01", "PARTNERS_SUPPORTING")).isZero();
        assertThat(unit("QZ02", "M", "2025-03-01", "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(unit("QZ02", "M", "2025-07-01", "PARTNERS_SUPPORTING")).isEqualTo(1);
        assertThat(national("M", "2025-03-01", "PARTNERS_INVITED")).isEqualTo(2);
        List<String> unitPeriods = snapshot("insight_unit_period");
        List<String> future = snapshot("insight_future");
        rebuild.run();
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
        assertThat(snapshot("insight_future")).containsExactlyElementsOf(future);
    }

    @Test
    void aPartnerInvitedInTwoDistrictsCountsOnceAboveThem() {
        UUID partner = CommunityTables.organisation(jdbc, "Insights partner", "NATIONAL_NGO");
        adoption(partner, "QZ0101", "2025-03-10");
        adoption(partner, "QZ0102", "2025-02-05", "AGREED 2025-02-06", "TRAINED 2025-03-01", "SUPPORTING 2025-06-01");
        adoption(partner, "QZ0201", "2025-04-01");
        String now = LocalDate.now().withDayOfMonth(1).toString();

        assertThat(national("M", "2025-01-01", "PARTNERS_INVITED")).isZero();
        assertThat(national("M", "2025-02-01", "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(national("M", "2025-04-01", "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(national("M", now, "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(unit("QZ01", "M", "2025-02-01", "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(unit("QZ01", "M", "2025-03-01", "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(unit("QZ0101", "M", "2025-02-01", "PARTNERS_INVITED")).isZero();
        assertThat(unit("QZ0101", "M", "2025-03-01", "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(unit("QZ02", "M", "2025-03-01", "PARTNERS_INVITED")).isZero();
        assertThat(unit("QZ02", "M", now, "PARTNERS_INVITED")).isEqualTo(1);
        assertThat(national("M", "2025-05-01", "PARTNERS_SUPPORTING")).isZero();
        assertThat(national("M", "2025-06-01", "PARTNERS_SUPPORTING")).isEqualTo(1);
        assertThat(national("M", now, "PARTNERS_SUPPORTING")).isEqualTo(1);
        assertThat(unit("QZ0101", "M", now, "PARTNERS_SUPPORTING")).isZero();

        UUID second = CommunityTables.organisation(jdbc, "Insights second partner", "FAITH_BASED");
        adoption(second, "QZ010101", "2025-02-20");
        assertThat(national("M", "2025-02-01", "PARTNERS_INVITED")).isEqualTo(2);
        assertThat(unit("QZ0101", "M", "2025-02-01", "PARTNERS_INVITED")).isEqualTo(1);

        List<String> unitPeriods = snapshot("insight_unit_period");
        rebuild.run();
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);

        LocalDate next = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        try {
            transaction.executeWithoutResult(s -> horizon.rollTo(next));
            assertThat(national("M", next.toString(), "PARTNERS_INVITED")).isEqualTo(2);
            assertThat(national("M", next.toString(), "PARTNERS_SUPPORTING")).isEqualTo(1);
        } finally {
            jdbc.sql("update insight_horizon set month = ? where id = 1")
                    .param(Date.valueOf(LocalDate.now().withDayOfMonth(1)))
                    .update();
            jdbc.sql("delete from insight_unit_period where period_start >= ?")
                    .param(Date.valueOf(next))
                    .update();
        }
    }

    private AgreementLapsed lapsed(UUID agreement, UUID community, LocalDate reviewDate) {
        record Place(UUID unitId, String unitPath) {}
        Place place = jdbc.sql("select unit_id, unit_path from agreement where id = ?")
                .param(agreement)
                .query((rs, n) -> new Place(rs.getObject(1, UUID.class), rs.getString(2)))
                .single();
        return new AgreementLapsed(agreement, place.unitId(), place.unitPath(), List.of(community), reviewDate);
    }

    private List<String> linked(UUID community) {
        return jdbc
                .sql("select month from insight_community_month where community_id = ?"
                        + " and measure = 'COMMUNITIES_ACTIVE_LINKED' order by month")
                .param(community)
                .query(LocalDate.class)
                .list()
                .stream()
                .map(LocalDate::toString)
                .toList();
    }
}
