package org.harambee.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.communities.CommunityTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Agreements through the API: a signed MOU between a cluster and the district social welfare office with two
 * commitments comes into force once both parties signed; invalid input and a commitment of a non-party are refused
 * field by field and change nothing; agreements outside the user's area are forbidden.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AgreementsIntegrationTests extends QuzlandAgreements {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ApplicationEvents events;

    @Autowired
    Agreements agreements;

    @Test
    void aSignedAgreementOfAClusterAndTheSocialWelfareOfficeWithTwoCommitmentsComesIntoForceOnceSigned() {
        String id = draft();
        List<String> parties = parties(id);
        assertThat(JsonPath.<String>read(body(get("/api/v1/agreements/" + id, COORDINATOR)), "$.unit.pcode"))
                .isEqualTo("QZ010101");
        assertThat(commit(id, "Refer children at risk the same day", parties.get(0), TODAY.plusDays(20)))
                .hasStatus2xxSuccessful();
        assertThat(commit(id, "Acknowledge each referral within 72 hours", parties.get(1), TODAY.plusDays(40)))
                .hasStatus2xxSuccessful();
        assertThat(step(id, "MEETING", TODAY.minusDays(30))).hasStatus2xxSuccessful();
        assertThat(sign(id, parties.get(0), "Fatmata Kamara")).hasStatus2xxSuccessful();

        assertThat(errors(inForce(id, TODAY.plusMonths(6))))
                .containsOnly(Map.entry(
                        "signatories",
                        "A signed memorandum comes into force once every party has signed; not yet signed:"
                                + " Synthetic test office Amber District Social Welfare Office."));
        assertThat(sign(id, parties.get(1), "Joseph Bangura")).hasStatus2xxSuccessful();
        MvcTestResult inForce = inForce(id, TODAY.plusMonths(6));

        assertThat(inForce).hasStatusOk();
        String json = body(inForce);
        assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("IN_FORCE");
        assertThat(JsonPath.<List<String>>read(json, "$.parties[*].name"))
                .containsExactly("Amber river cluster", "Synthetic test office Amber District Social Welfare Office");
        assertThat(JsonPath.<List<String>>read(json, "$.commitments[*].owner"))
                .containsExactly("Amber river cluster", "Synthetic test office Amber District Social Welfare Office");
        assertThat(JsonPath.<List<String>>read(json, "$.signatories[*].name"))
                .containsExactly("Fatmata Kamara", "Joseph Bangura");
        assertThat(JsonPath.<List<String>>read(json, "$.steps[*].kind")).containsExactly("MEETING");
        assertThat(events.stream(AgreementInForce.class)).singleElement().satisfies(e -> {
            assertThat(e.agreementId()).isEqualTo(UUID.fromString(id));
            assertThat(e.communityIds()).containsExactly(kpetema);
        });
        assertThat(agreements.inForceWithin(unitPath("QZ01")))
                .extracting(AgreementRef::title)
                .containsExactly("Amber referral agreement");
        assertThat(agreements.communitiesWithAgreementInForce(null)).containsExactly(kpetema);
        assertThat(agreements.inForceWithin(unitPath("QZ02"))).isEmpty();
        assertThat(audited("AGREEMENT_IN_FORCE", id)).isEqualTo(1);
        assertThat(get("/api/v1/agreements/" + id, RESEARCHER)).hasStatusOk();
        assertThat(get("/api/v1/agreements/" + id, LAKE_FACILITATOR)).hasStatus(403);
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/agreements?status=IN_FORCE&unit=QZ0101", RESEARCHER)), "$.items[*].id"))
                .containsExactly(id);
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/agreements?party=" + cluster, RESEARCHER)), "$.items[*].id"))
                .containsExactly(id);
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/agreements?party=" + kpetema, RESEARCHER)), "$.items[*].id"))
                .isEmpty();
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndChangesNothing() {
        String json = "{\"title\":\" \",\"purpose\":\"x\",\"formality\":\"HANDSHAKE\",\"endDate\":\"2026-13-01\","
                + "\"parties\":[{\"kind\":\"CLUSTER\",\"refId\":\"" + cluster + "\"}]}";

        assertThat(errors(post("/api/v1/agreements", COORDINATOR, json)))
                .containsOnly(
                        Map.entry("title", "This field is required."),
                        Map.entry("formality", "Choose from the list."),
                        Map.entry("endDate", "Give a date as year-month-day."),
                        Map.entry("parties", "An agreement needs at least two parties."));
        assertThat(errors(post("/api/v1/agreements", COORDINATOR, agreementJson("VERBAL", cluster, UUID.randomUUID()))))
                .containsOnly(Map.entry("parties[1].refId", "There is no such party."));
        assertThat(count("agreement")).isZero();
        assertThat(count("agreement_party")).isZero();
    }

    @Test
    void aCommitmentOwnedByANonPartyIsRefusedAndChangesNothing() {
        String id = draft();
        UUID other = AgreementTables.agreement(jdbc, kpetema, "DRAFT");

        assertThat(errors(commit(
                        id,
                        "Train the committee",
                        AgreementTables.firstParty(jdbc, other).toString(),
                        null)))
                .containsOnly(Map.entry("ownerPartyId", "Choose one of the agreement’s parties."));
        assertThat(errors(commit(id, " ", null, null)))
                .containsOnly(
                        Map.entry("description", "This field is required."),
                        Map.entry("ownerPartyId", "Choose from the list."));
        assertThat(count("agreement_commitment")).isZero();
    }

    @Test
    void aPartyLeavesADraftOnlyWhenNothingNamesItAndTwoSidesRemain() {
        String id = draft();
        List<String> parties = parties(id);
        assertThat(post(
                        "/api/v1/agreements/" + id + "/parties",
                        COORDINATOR,
                        "{\"kind\":\"PARTNER\",\"refId\":\"" + ngo + "\"}"))
                .hasStatusOk();
        assertThat(errors(post(
                        "/api/v1/agreements/" + id + "/parties",
                        COORDINATOR,
                        "{\"kind\":\"PARTNER\",\"refId\":\"" + ngo + "\"}")))
                .containsOnly(Map.entry("party", "This party is named already."));
        String partner = parties(id).get(2);
        assertThat(sign(id, parties.get(1), "Joseph Bangura")).hasStatus2xxSuccessful();

        assertThat(errors(delete("/api/v1/agreement-parties/" + parties.get(1))))
                .containsOnly(
                        Map.entry("party", "A signatory or a commitment names this party; it cannot be removed."));
        assertThat(errors(delete("/api/v1/agreement-parties/" + parties.get(0))))
                .containsOnly(Map.entry("party", "Name at least one community or cluster."));
        assertThat(delete("/api/v1/agreement-parties/" + partner)).hasStatusOk();
        assertThat(parties(id)).containsExactlyElementsOf(parties);
        assertThat(audited("AGREEMENT_PARTY_REMOVED", id)).isEqualTo(1);
    }

    @Test
    void agreementsOutsideTheUsersAreaAreForbidden() {
        UUID cedar = CommunityTables.community(jdbc, "Lakeside", "QZ020101");
        String json = agreementJson("VERBAL", cluster, office)
                .replace("\"CLUSTER\",\"refId\":\"" + cluster, "\"COMMUNITY\",\"refId\":\"" + cedar);

        assertThat(post("/api/v1/agreements", COORDINATOR, json)).hasStatus(403);
        assertThat(post("/api/v1/agreements", RESEARCHER, agreementJson("VERBAL", cluster, office)))
                .hasStatus(403);
        UUID lakeside = AgreementTables.agreement(jdbc, cedar, "IN_FORCE");
        assertThat(commit(
                        lakeside.toString(),
                        "x",
                        AgreementTables.firstParty(jdbc, lakeside).toString(),
                        null))
                .hasStatus(403);
        assertThat(count("agreement")).isEqualTo(1);
        assertThat(count("agreement_commitment")).isZero();
    }

    @Test
    void aServicePointOrOrganisationOutsideTheUsersReachIsRefused() {
        UUID cedarOffice = AgreementTables.servicePoint(jdbc, "Cedar District Social Welfare Office", "QZ0201");
        UUID closed = CommunityTables.organisation(jdbc, "Closed Network", "NATIONAL_NGO");
        jdbc.sql("update partner_organisation set active = false where id = ?")
                .param(closed)
                .update();

        assertThat(post("/api/v1/agreements", COORDINATOR, agreementJson("VERBAL", cluster, cedarOffice)))
                .hasStatus(403)
                .hasContentTypeCompatibleWith("application/problem+json");
        String withClosed = agreementJson("VERBAL", cluster, office)
                .replace("\"SERVICE_POINT\",\"refId\":\"" + office, "\"PARTNER\",\"refId\":\"" + closed);
        assertThat(post("/api/v1/agreements", COORDINATOR, withClosed)).hasStatus(400);
        String id = draft();
        assertThat(post(
                        "/api/v1/agreements/" + id + "/parties",
                        COORDINATOR,
                        "{\"kind\":\"SERVICE_POINT\",\"refId\":\"" + cedarOffice + "\"}"))
                .hasStatus(403);
        assertThat(parties(id)).hasSize(2);
    }

    @Test
    void anInForceAgreementEndsAndThenChangesNoMore() {
        String id = draft();
        List<String> parties = parties(id);
        sign(id, parties.get(0), "A");
        sign(id, parties.get(1), "B");
        assertThat(inForce(id, TODAY.plusMonths(3))).hasStatusOk();

        assertThat(post(
                        "/api/v1/agreements/" + id + "/transitions",
                        COORDINATOR,
                        "{\"status\":\"ENDED\",\"date\":\"" + TODAY + "\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("ENDED");
        assertThat(errors(commit(id, "Late", parties.get(0), null)))
                .containsOnly(Map.entry("status", "This agreement has ended; it cannot change."));
        assertThat(events.stream(AgreementEnded.class)).hasSize(1);
    }

    MvcTestResult delete(String uri) {
        return mvc.delete()
                .uri(uri)
                .with(org.harambee.access.TestAccounts.as(COORDINATOR, role(COORDINATOR)))
                .header("Accept-Language", "en")
                .exchange();
    }

    MvcTestResult commit(String agreement, String description, String owner, LocalDate due) {
        return post(
                "/api/v1/agreements/" + agreement + "/commitments",
                COORDINATOR,
                "{\"description\":\"" + description + "\""
                        + (owner == null ? "" : ",\"ownerPartyId\":\"" + owner + "\"")
                        + (due == null ? "" : ",\"dueOn\":\"" + due + "\"") + "}");
    }

    MvcTestResult sign(String agreement, String party, String name) {
        return post(
                "/api/v1/agreements/" + agreement + "/signatories",
                COORDINATOR,
                "{\"partyId\":\"" + party + "\",\"name\":\"" + name + "\",\"title\":\"Chair\",\"signedOn\":\""
                        + TODAY.minusDays(1) + "\"}");
    }

    MvcTestResult step(String agreement, String kind, LocalDate on) {
        return post(
                "/api/v1/agreements/" + agreement + "/steps",
                COORDINATOR,
                "{\"kind\":\"" + kind + "\",\"occurredOn\":\"" + on + "\",\"who\":\"Chiefdom council\"}");
    }

    MvcTestResult inForce(String agreement, LocalDate review) {
        return post(
                "/api/v1/agreements/" + agreement + "/transitions",
                COORDINATOR,
                "{\"status\":\"IN_FORCE\",\"date\":\"" + TODAY + "\",\"reviewDate\":\"" + review + "\"}");
    }
}
