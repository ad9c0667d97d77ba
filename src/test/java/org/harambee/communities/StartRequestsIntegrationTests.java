package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.communities.CommunityFixtures.body;
import static org.harambee.communities.CommunityFixtures.community;
import static org.harambee.communities.CommunityRegistrationIntegrationTests.errors;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The demand backlog: a community registered after a neighbour's request waits in its district's backlog until the
 * district coordinator accepts it (starting it on a given day) or declines it with a reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class StartRequestsIntegrationTests extends QuzlandCommunities {

    @Autowired
    ApplicationEvents events;

    @Test
    void aNeighbourRequestWaitsInTheDistrictBacklogUntilTheCoordinatorDecides() {
        UUID kpetema = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Kpetema", "QZ010101", null));
        UUID gbanja = api.register(
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Gbanja\",\"unit\":\"QZ010102\",\"origin\":\"NEIGHBOUR_REQUEST\","
                        + "\"sourceCommunityId\":\"" + kpetema + "\"}");
        UUID mano = api.register(
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Mano\",\"unit\":\"QZ010101\",\"origin\":\"SELF_INITIATED\"}");
        UUID largo = api.register(
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"name\":\"Largo\",\"unit\":\"QZ010201\",\"origin\":\"SELF_INITIATED\"}");

        assertThat(backlog("QZ0101")).containsExactly("Gbanja", "Mano");
        String json = body(api.get("/api/v1/communities/backlog?unit=QZ0101", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<String>read(json, "$[0].sourceCommunity.name")).isEqualTo("Kpetema");
        assertThat(JsonPath.<String>read(json, "$[0].requestedOn"))
                .isEqualTo(LocalDate.now().toString());
        assertThat(backlog("QZ01")).containsExactly("Gbanja", "Largo", "Mano");

        assertThat(errors(api.post(
                        "/api/v1/communities/" + gbanja + "/request/decline",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"reason\":\"\"}")))
                .containsOnly(Map.entry("reason", "Fill in this field."));
        assertThat(api.post(
                        "/api/v1/communities/" + largo + "/request/decline",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"reason\":\"not ours\"}"))
                .hasStatus(403);
        assertThat(backlog("QZ0101")).containsExactly("Gbanja", "Mano");

        assertThat(api.post(
                        "/api/v1/communities/" + gbanja + "/request/decline",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"reason\":\"No facilitator free before the rains\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.request.status")
                .isEqualTo("DECLINED");
        assertThat(errors(api.post(
                        "/api/v1/communities/" + mano + "/request/accept",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"startedOn\":\"" + LocalDate.now().plusDays(2) + "\"}")))
                .containsOnly(Map.entry("startedOn", "The date may not be in the future."));
        assertThat(backlog("QZ0101")).containsExactly("Mano");

        assertThat(api.post(
                        "/api/v1/communities/" + mano + "/request/accept",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"startedOn\":\"" + LocalDate.now().minusDays(1) + "\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.currentPhase")
                .isEqualTo("ENTRY");
        assertThat(backlog("QZ0101")).isEmpty();
        assertThat(errors(api.post(
                        "/api/v1/communities/" + mano + "/request/accept",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{}")))
                .containsOnly(Map.entry("request", "This community has no request waiting for a decision."));
        String declined = body(api.get("/api/v1/communities/" + gbanja, COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<String>read(declined, "$.request.declineReason"))
                .isEqualTo("No facilitator free before the rains");
        assertThat(JsonPath.<String>read(declined, "$.request.decidedBy")).isEqualTo(COORDINATOR);
        assertThat(events.stream(CommunityStarted.class))
                .singleElement()
                .extracting(CommunityStarted::communityId)
                .isEqualTo(mano);
        assertThat(jdbc.sql("select action from access_audit where record_id in (?, ?) and action like 'START%'"
                                + " order by seq")
                        .params(gbanja.toString(), mano.toString())
                        .query(String.class)
                        .list())
                .containsExactly("START_REQUEST_DECLINED", "START_REQUEST_ACCEPTED");
    }

    @Test
    void anAcceptedRequestWithoutADateWaitsForItsFirstPhase() {
        UUID mano = api.register(
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Mano\",\"unit\":\"QZ010101\",\"origin\":\"SELF_INITIATED\"}");

        assertThat(api.post(
                        "/api/v1/communities/" + mano + "/request/accept",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.request.status")
                .isEqualTo("ACCEPTED");
        assertThat(backlog("QZ0101")).isEmpty();
        assertThat(count("community_phase")).isZero();
    }

    private List<String> backlog(String unit) {
        return JsonPath.read(
                body(api.get("/api/v1/communities/backlog?unit=" + unit, NATIONAL, Role.NATIONAL_COORDINATOR)),
                "$[*].name");
    }
}
