package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.communities.CommunityFixtures.body;
import static org.harambee.communities.CommunityRegistrationIntegrationTests.errors;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Peer spread: links between communities recorded through the API and the page, a community that asked to start
 * after hearing of another joining the backlog, and the network of a district as a tree of who inspired whom.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SpreadIntegrationTests extends QuzlandCommunities {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ApplicationEvents events;

    UUID kpetema;
    UUID gbanja;
    UUID mano;
    UUID largo;

    @BeforeEach
    void communitiesOfHillProvince() {
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        gbanja = CommunityTables.community(jdbc, "Gbanja", "QZ010101");
        mano = CommunityTables.community(jdbc, "Mano", "QZ010102");
        largo = CommunityTables.community(jdbc, "Largo", "QZ010201");
    }

    @Test
    void aCommunityThatAskedToStartAfterHearingOfAnotherJoinsTheBacklog() {
        assertThat(link(COORDINATOR, Role.DISTRICT_COORDINATOR, kpetema, gbanja, "TOLD", TODAY.minusDays(20)))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.kind")
                .isEqualTo("TOLD");
        assertThat(backlog()).isEmpty();

        assertThat(link(
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        kpetema,
                        gbanja,
                        "REQUESTED_TO_START",
                        TODAY.minusDays(3)))
                .hasStatus(201);

        String backlog =
                body(api.get("/api/v1/communities/backlog?unit=QZ0101", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(backlog, "$[*].name")).containsExactly("Gbanja");
        assertThat(JsonPath.<String>read(backlog, "$[0].requestedOn"))
                .isEqualTo(TODAY.minusDays(3).toString());
        assertThat(events.stream(SpreadLinkRecorded.class))
                .extracting(SpreadLinkRecorded::kind)
                .containsExactly(SpreadKind.TOLD, SpreadKind.REQUESTED_TO_START);
        assertThat(events.stream(SpreadLinkRecorded.class)
                        .findFirst()
                        .orElseThrow()
                        .targetUnitPath())
                .isEqualTo(unitPath("QZ010101"));
        assertThat(JsonPath.<List<String>>read(
                        body(api.get("/api/v1/communities/" + kpetema + "/timeline", RESEARCHER, Role.RESEARCHER)),
                        "$[*].kind"))
                .containsExactly("SPREAD_OUT", "SPREAD_OUT");
        assertThat(JsonPath.<List<String>>read(
                        body(api.get("/api/v1/communities/" + gbanja + "/timeline", RESEARCHER, Role.RESEARCHER)),
                        "$[*].other.name"))
                .containsExactly("Kpetema", "Kpetema");
        assertThat(count("access_audit where action = 'SPREAD_LINK_RECORDED' and record_id in"
                        + " (select cast(id as varchar(36)) from community_spread_link)"))
                .isEqualTo(2);

        assertThat(api.phase(gbanja, COORDINATOR, Role.DISTRICT_COORDINATOR, "ENTRY", TODAY, null))
                .hasStatus(201);
        assertThat(backlog()).isEmpty();
        assertThat(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "ENTRY", TODAY, null))
                .hasStatus(201);
        assertThat(link(COORDINATOR, Role.DISTRICT_COORDINATOR, gbanja, kpetema, "REQUESTED_TO_START", TODAY))
                .hasStatus(201);
        assertThat(backlog()).isEmpty();
    }

    @Test
    void badLinksAreRefusedAndNothingIsWritten() {
        UUID cedar = CommunityTables.community(jdbc, "Lakeside", "QZ020101");
        UUID cedar2 = CommunityTables.community(jdbc, "Shore", "QZ020101");
        assertThat(link(COORDINATOR, Role.DISTRICT_COORDINATOR, kpetema, gbanja, "TOLD", TODAY))
                .hasStatus(201);

        assertThat(errors(link(COORDINATOR, Role.DISTRICT_COORDINATOR, kpetema, kpetema, "GOSSIP", TODAY.plusDays(1))))
                .containsOnly(
                        Map.entry("targetId", "A community cannot inspire itself."),
                        Map.entry("kind", "Choose how the approach was passed on."),
                        Map.entry("occurredOn", "The date may not be in the future."));
        assertThat(errors(link(COORDINATOR, Role.DISTRICT_COORDINATOR, kpetema, gbanja, "TOLD", TODAY)))
                .containsOnly(Map.entry("kind", "This link is recorded already."));
        assertThat(errors(link(COORDINATOR, Role.DISTRICT_COORDINATOR, kpetema, cedar, "VISITED", TODAY)))
                .containsOnly(Map.entry("targetId", "There is no such community in your area."));
        assertThat(link(COORDINATOR, Role.DISTRICT_COORDINATOR, cedar, cedar2, "VISITED", TODAY))
                .hasStatus(403);
        assertThat(link(RESEARCHER, Role.RESEARCHER, kpetema, mano, "VISITED", TODAY))
                .hasStatus(403);
        assertThat(count("community_spread_link")).isEqualTo(1);
    }

    @Test
    void theNetworkOfADistrictShowsWhoInspiredWhomAcrossItsBorder() throws Exception {
        link(NATIONAL, Role.NATIONAL_COORDINATOR, largo, kpetema, "VISITED", TODAY.minusDays(30));
        link(NATIONAL, Role.NATIONAL_COORDINATOR, kpetema, gbanja, "TOLD", TODAY.minusDays(20));
        link(NATIONAL, Role.NATIONAL_COORDINATOR, gbanja, mano, "HOSTED_EXCHANGE", TODAY.minusDays(10));

        String network = body(api.get("/api/v1/spread-links?unit=QZ0101", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(network, "$.links[*].kind"))
                .containsExactly("VISITED", "TOLD", "HOSTED_EXCHANGE");
        assertThat(JsonPath.<List<String>>read(network, "$.nodes[?(@.name == null)].id"))
                .containsExactly(largo.toString());
        assertThat(JsonPath.<List<String>>read(
                        body(api.get("/api/v1/spread-links?unit=QZ0201", NATIONAL, Role.NATIONAL_COORDINATOR)),
                        "$.links"))
                .isEmpty();
        assertThat(api.get("/api/v1/spread-links?unit=QZ0102", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);

        MvcTestResult page = mvc.get()
                .uri("/communities/network?unit=QZ01")
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .header("Accept-Language", "en")
                .exchange();
        String html = page.getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(html).contains("4 communities, 3 links");
        assertThat(html.indexOf("class=\"depth-0\"> <a href=\"/communities/" + largo))
                .isPositive()
                .isLessThan(html.indexOf("class=\"depth-1\"> <span class=\"edge\">visited on " + TODAY.minusDays(30)))
                .isLessThan(html.indexOf("/communities/" + mano));
        assertThat(html).contains("class=\"depth-3\"> <span class=\"edge\">hosted an exchange visit from on");
    }

    @Test
    void aCommunityRegisteredAsAskingAfterHearingFromAnotherIsInTheNetwork() {
        UUID bendu = api.register(
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Bendu\",\"unit\":\"QZ010102\",\"origin\":\"NEIGHBOUR_REQUEST\","
                        + "\"sourceCommunityId\":\"" + kpetema + "\"}");

        String network = body(api.get("/api/v1/spread-links?unit=QZ0101", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(network, "$.links[*].targetId")).containsExactly(bendu.toString());
        assertThat(JsonPath.<List<String>>read(network, "$.links[*].sourceId")).containsExactly(kpetema.toString());
        assertThat(JsonPath.<List<String>>read(network, "$.links[*].kind")).containsExactly("REQUESTED_TO_START");

        assertThat(link(COORDINATOR, Role.DISTRICT_COORDINATOR, kpetema, bendu, "REQUESTED_TO_START", TODAY))
                .hasStatus(201);
        String recorded = body(api.get("/api/v1/spread-links?unit=QZ0101", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(recorded, "$.links[*].targetId")).hasSize(1);
    }

    @Test
    void theFormRecordsWhoInspiredThisCommunity() throws Exception {
        MvcTestResult saved = mvc.post()
                .uri("/communities/" + gbanja + "/spread")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .param("direction", "IN")
                .param("otherId", kpetema.toString())
                .param("kind", "VISITED")
                .param("occurredOn", TODAY.toString())
                .exchange();

        assertThat(saved).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select source_id from community_spread_link where target_id = ?")
                        .param(gbanja)
                        .query(UUID.class)
                        .single())
                .isEqualTo(kpetema);
        MvcTestResult refused = mvc.post()
                .uri("/communities/" + gbanja + "/spread")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("direction", "OUT")
                .param("kind", "TOLD")
                .param("occurredOn", TODAY.toString())
                .exchange();
        assertThat(refused.getResponse().getContentAsString()).contains("There is no such community in your area.");
        assertThat(count("community_spread_link")).isEqualTo(1);
    }

    private MvcTestResult link(String user, Role role, UUID source, UUID target, String kind, LocalDate on) {
        return api.post(
                "/api/v1/spread-links",
                user,
                role,
                "{\"sourceId\":\"" + source + "\",\"targetId\":\"" + target + "\",\"kind\":\"" + kind
                        + "\",\"occurredOn\":\"" + on + "\"}");
    }

    private List<String> backlog() {
        return JsonPath.read(
                body(api.get("/api/v1/communities/backlog", NATIONAL, Role.NATIONAL_COORDINATOR)), "$[*].name");
    }
}
