package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.communities.CommunityFixtures.body;
import static org.harambee.communities.CommunityFixtures.community;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Registering communities through the API: at a unit of the lowest level, inside the registering user's area, with
 * a partner checked through the partners module; listings filtered by subtree, phase and partner; bad input refused
 * whole with a message per field; each registration audited and published.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CommunityRegistrationIntegrationTests extends QuzlandCommunities {

    @Autowired
    ApplicationEvents events;

    @Test
    void aCoordinatorRegistersCommunitiesInTheirDistrictAndListsThemByPlacePhaseAndPartner() {
        UUID hope = CommunityTables.organisation(jdbc, "Hope Network", "INTERNATIONAL_NGO");
        UUID kpetema = api.register(
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                community(
                        "Kpetema",
                        "qz010101",
                        "\"populationTotal\":1200,\"populationChildren\":540,\"partnerId\":\"" + hope + "\","
                                + "\"facilitators\":[{\"name\":\"Fatmata Sesay\",\"insideCommunity\":true},"
                                + "{\"name\":\"Joseph Koroma\",\"insideCommunity\":false}]"));
        UUID gbanja = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Gbanja", "QZ010102", null));

        MvcTestResult shown = api.get("/api/v1/communities/" + kpetema, RESEARCHER, Role.RESEARCHER);
        assertThat(shown)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.unit.pcode")
                .isEqualTo("QZ010101");
        String json = body(shown);
        assertThat((String) JsonPath.read(json, "$.name")).isEqualTo("Kpetema");
        assertThat((String) JsonPath.read(json, "$.unit.name")).isEqualTo("Amber North");
        assertThat((Integer) JsonPath.read(json, "$.populationTotal")).isEqualTo(1200);
        assertThat((Integer) JsonPath.read(json, "$.populationChildren")).isEqualTo(540);
        assertThat((List<String>) JsonPath.read(json, "$.facilitators[*].name"))
                .containsExactly("Fatmata Sesay", "Joseph Koroma");
        assertThat((List<Boolean>) JsonPath.read(json, "$.facilitators[*].insideCommunity"))
                .containsExactly(true, false);
        assertThat((String) JsonPath.read(json, "$.partner.name")).isEqualTo("Synthetic test partner Hope Network");
        assertThat((String) JsonPath.read(json, "$.origin")).isEqualTo("AGENCY_INITIATED");
        assertThat((Object) JsonPath.read(json, "$.currentPhase")).isNull();
        assertThat((Object) JsonPath.read(json, "$.request")).isNull();

        assertThat(names("/api/v1/communities?unit=QZ0101")).containsExactly("Gbanja", "Kpetema");
        assertThat(names("/api/v1/communities?unit=QZ010102")).containsExactly("Gbanja");
        assertThat(names("/api/v1/communities?partner=" + hope)).containsExactly("Kpetema");
        assertThat(names("/api/v1/communities?q=kpe")).containsExactly("Kpetema");
        assertThat(names("/api/v1/communities?phase=NONE")).containsExactly("Gbanja", "Kpetema");

        assertThat(api.phase(gbanja, COORDINATOR, Role.DISTRICT_COORDINATOR, "ENTRY", LocalDate.now(), null))
                .hasStatus(201);
        assertThat(names("/api/v1/communities?phase=ENTRY")).containsExactly("Gbanja");
        assertThat(names("/api/v1/communities?phase=NONE")).containsExactly("Kpetema");
        assertThat(api.get("/api/v1/communities?phase=SOMETIME", RESEARCHER, Role.RESEARCHER))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("phase");

        assertThat(jdbc.sql("select unit_path from access_audit where action = 'COMMUNITY_CREATED' and record_id = ?")
                        .param(kpetema.toString())
                        .query(String.class)
                        .single())
                .isEqualTo(unitPath("QZ010101"));
        assertThat(events.stream(CommunityRegistered.class))
                .extracting(
                        CommunityRegistered::communityId, CommunityRegistered::unitPath, CommunityRegistered::partnerId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(kpetema, unitPath("QZ010101"), hope),
                        org.assertj.core.groups.Tuple.tuple(gbanja, unitPath("QZ010102"), null));
    }

    @Test
    void badInputIsRefusedWholeWithAMessagePerFieldAndNothingIsWritten() {
        UUID kpetema = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Kpetema", "QZ010101", null));
        long before = count("community");
        long assigned = count("capacity_assignment");

        MvcTestResult refused = api.post(
                "/api/v1/communities",
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"\",\"unit\":\"QZ0101\",\"populationTotal\":-5,\"populationChildren\":3,"
                        + "\"partnerId\":\"" + UUID.randomUUID() + "\",\"origin\":\"NEIGHBOUR_REQUEST\","
                        + "\"facilitators\":[{\"name\":\" \"}]}");

        assertThat(refused).hasStatus(400);
        assertThat(errors(refused))
                .containsEntry("name", "Fill in this field.")
                .containsEntry("unit", "Amber (QZ0101) has places below it: choose a place of the lowest level.")
                .containsEntry("populationTotal", "May not be negative.")
                .containsEntry("partnerId", "There is no such organisation.")
                .containsEntry("sourceCommunityId", "Choose the neighbour the community heard from.")
                .containsEntry("facilitators[0].name", "Fill in this field.");
        assertThat(errors(api.post(
                        "/api/v1/communities",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        community("kpetema", "QZ010101", "\"populationTotal\":10,\"populationChildren\":11"))))
                .containsOnly(
                        Map.entry("name", "A community of this name is registered in Amber North already."),
                        Map.entry("populationChildren", "There cannot be more children than people."));
        assertThat(errors(api.post(
                        "/api/v1/communities",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        community("Mano", "QZ999999", "\"sourceCommunityId\":\"" + kpetema + "\""))))
                .containsOnly(
                        Map.entry("unit", "No place has the P-code QZ999999."),
                        Map.entry(
                                "sourceCommunityId",
                                "A neighbour is named only for a request after hearing from a neighbour."));
        assertThat(count("community")).isEqualTo(before);
        assertThat(count("capacity_assignment")).isEqualTo(assigned);
    }

    @Test
    void nobodyReadsOrWritesCommunitiesOutsideTheirArea() {
        UUID amber = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Kpetema", "QZ010101", null));
        UUID birch = api.register(NATIONAL, Role.NATIONAL_COORDINATOR, community("Largo", "QZ010201", null));
        UUID cedar = api.register(LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR, community("Mano", "QZ020101", null));

        assertThat(api.post(
                        "/api/v1/communities",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        community("Outside", "QZ010201", null)))
                .hasStatus(403);
        assertThat(api.post("/api/v1/communities", RESEARCHER, Role.RESEARCHER, community("Readers", "QZ010101", null)))
                .hasStatus(403);
        assertThat(api.get("/api/v1/communities/" + birch, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(api.put(
                        "/api/v1/communities/" + cedar,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        community("Mano", "QZ020101", null)))
                .hasStatus(403);
        assertThat(api.phase(cedar, COORDINATOR, Role.DISTRICT_COORDINATOR, "ENTRY", LocalDate.now(), null))
                .hasStatus(403);
        assertThat(api.get("/api/v1/communities/" + UUID.randomUUID(), COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(404);
        assertThat(api.get("/api/v1/communities?unit=QZ0201", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);

        assertThat(ids("/api/v1/communities", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .containsExactly(amber.toString());
        assertThat(ids("/api/v1/communities", RESEARCHER, Role.RESEARCHER))
                .containsExactlyInAnyOrder(amber.toString(), birch.toString());
        assertThat(ids("/api/v1/communities", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .containsExactly(cedar.toString());
        assertThat(count("community_phase")).isZero();
    }

    @Test
    void aCorrectionMovesACommunityWithinTheAreaAndIsAudited() {
        UUID kpetema = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Kpetema", "QZ010101", null));

        assertThat(api.put(
                        "/api/v1/communities/" + kpetema,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        community("Kpetema Town", "QZ010102", "\"populationTotal\":900")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.unit.pcode")
                .isEqualTo("QZ010102");
        assertThat(api.put(
                        "/api/v1/communities/" + kpetema,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        community("Kpetema Town", "QZ010201", null)))
                .hasStatus(403);

        assertThat(jdbc.sql("select unit_path from community where id = ?")
                        .param(kpetema)
                        .query(String.class)
                        .single())
                .isEqualTo(unitPath("QZ010102"));
        assertThat(events.stream(CommunityMoved.class)).singleElement().satisfies(moved -> {
            assertThat(moved.oldUnitPath()).isEqualTo(unitPath("QZ010101"));
            assertThat(moved.newUnitPath()).isEqualTo(unitPath("QZ010102"));
        });
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'COMMUNITY_UPDATED' and record_id = ?")
                        .param(kpetema.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private List<String> names(String uri) {
        MvcTestResult result = api.get(uri, RESEARCHER, Role.RESEARCHER);
        assertThat(result).hasStatusOk();
        return JsonPath.read(body(result), "$.items[*].name");
    }

    private List<String> ids(String uri, String user, Role role) {
        MvcTestResult result = api.get(uri, user, role);
        assertThat(result).hasStatusOk();
        return JsonPath.read(body(result), "$.items[*].id");
    }

    static Map<String, String> errors(MvcTestResult result) {
        assertThat(result).hasStatus(400);
        List<Map<String, String>> errors = JsonPath.read(body(result), "$.errors");
        Map<String, String> byField = new java.util.LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.get("field"), e.get("message")));
        return byField;
    }
}
