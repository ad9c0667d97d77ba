package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityMoved;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.UnitMoved;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Facilitators: recorded inside the writer's area, their phone shown only to those who may change them and never
 * audited, assigned to communities, their trainings and competencies derived from the trainings they completed; and
 * the stored unit paths follow moved units and communities.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FacilitatorsIntegrationTests extends QuzlandCapacity {

    @Test
    void aFacilitatorIsRecordedAssignedAndTrainedInWhatTheyCompleted() {
        UUID kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        MvcTestResult created = post(
                "/api/v1/facilitators",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Fatmata Sesay\",\"sex\":\"FEMALE\",\"insideCommunity\":true,\"organisationId\":\"" + ngo
                        + "\",\"phone\":\"+232 76 000 000\",\"unit\":\"QZ0101\"}");
        assertThat(created).hasStatus(201);
        String id = JsonPath.read(body(created), "$.id");
        assertThat(post(
                        "/api/v1/facilitators/" + id + "/assignments",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"communityId\":\"" + kpetema + "\",\"startsOn\":\"2026-01-01\"}"))
                .hasStatus(201);
        UUID training = CapacityTables.training(jdbc, "QZ0101");
        UUID participant = lastParticipant(post(
                "/api/v1/trainings/" + training + "/participants",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"facilitatorId\":\"" + id + "\"}"));
        put(
                "/api/v1/trainings/" + training + "/results",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"results\":[{\"participantId\":\"" + participant + "\",\"attended\":true}]}");

        String shown = body(get("/api/v1/facilitators/" + id, AMBER, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<String>read(shown, "$.phone")).isEqualTo("+232 76 000 000");
        assertThat(JsonPath.<List<String>>read(shown, "$.trainedIn")).containsExactly("Facilitation");
        assertThat(JsonPath.<List<Boolean>>read(shown, "$.trainings[*].completed"))
                .containsExactly(true);
        assertThat(JsonPath.<List<String>>read(shown, "$.assignments[*].community.name"))
                .containsExactly("Kpetema");
        assertThat(JsonPath.<List<Boolean>>read(shown, "$.assignments[*].current"))
                .containsExactly(true);
        String read = body(get("/api/v1/facilitators/" + id, RESEARCHER, Role.RESEARCHER));
        assertThat(JsonPath.<Object>read(read, "$.phone"))
                .as("personal data for those who manage")
                .isNull();
        assertThat(jdbc.sql("select count(*) from access_audit where seq > ?"
                                + " and (detail like '%76 000 000%' or detail like '%Fatmata%')")
                        .param(auditedBefore)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(errors(post(
                        "/api/v1/facilitators/" + id + "/assignments",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"communityId\":\"" + kpetema + "\",\"startsOn\":\"2026-02-01\"}")))
                .containsOnly(Map.entry("communityId", "The facilitator is assigned to this community already."));
        String assignment = JsonPath.read(shown, "$.assignments[0].id");
        assertThat(errors(put(
                        "/api/v1/assignments/" + assignment,
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"endsOn\":\"2025-12-31\"}")))
                .containsOnly(Map.entry("endsOn", "The end may not be before the start."));
        String ended = body(put(
                "/api/v1/assignments/" + assignment, AMBER, Role.DISTRICT_COORDINATOR, "{\"endsOn\":\"2026-01-31\"}"));
        assertThat(JsonPath.<List<Boolean>>read(ended, "$.assignments[*].current"))
                .containsExactly(false);
        assertThat(audited("FACILITATOR_ASSIGNMENT_ENDED")).isEqualTo(1);
    }

    @Test
    void aFacilitatorWithProblemsIsRefusedAndNothingIsWritten() {
        MvcTestResult refused = post(
                "/api/v1/facilitators",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"\",\"sex\":\"N\",\"username\":\"ghost\",\"phone\":\"call me\",\"unit\":\"QZ0101\"}");

        assertThat(errors(refused))
                .containsOnly(
                        Map.entry("name", "Required."),
                        Map.entry("sex", "Choose female or male."),
                        Map.entry(
                                "insideCommunity",
                                "Say whether the facilitator comes from inside or outside the community."),
                        Map.entry("username", "There is no account ghost."),
                        Map.entry("phone", "Give a phone number of digits (a leading + is fine)."));
        assertThat(count("capacity_facilitator")).isZero();
    }

    @Test
    void anAccountOutsideTheAreaIsAnsweredLikeOneThatDoesNotExist() {
        TestAccounts.create(jdbc, "capacity-elsewhere", PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0201");
        try {
            String facilitator = "{\"name\":\"Joseph Koroma\",\"sex\":\"MALE\",\"insideCommunity\":false,"
                    + "\"unit\":\"QZ0101\",\"username\":\"%s\"}";

            assertThat(errors(post(
                            "/api/v1/facilitators",
                            AMBER,
                            Role.DISTRICT_COORDINATOR,
                            facilitator.formatted("capacity-elsewhere"))))
                    .containsOnly(Map.entry("username", "There is no account capacity-elsewhere."));
            assertThat(errors(post(
                            "/api/v1/facilitators",
                            AMBER,
                            Role.DISTRICT_COORDINATOR,
                            facilitator.formatted("capacity-nobody"))))
                    .containsOnly(Map.entry("username", "There is no account capacity-nobody."));
            assertThat(post("/api/v1/facilitators", AMBER, Role.DISTRICT_COORDINATOR, facilitator.formatted(OFFICER)))
                    .hasStatus(201);
            assertThat(post(
                            "/api/v1/facilitators",
                            NATIONAL,
                            Role.NATIONAL_COORDINATOR,
                            facilitator.formatted("capacity-elsewhere")))
                    .hasStatus(201);
        } finally {
            jdbc.sql("delete from access_user where username = 'capacity-elsewhere'")
                    .update();
        }
    }

    @Test
    void facilitatorsAndAssignmentsOutsideTheAreaAreRefused() {
        assertThat(post(
                        "/api/v1/facilitators",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"name\":\"Joseph Koroma\",\"sex\":\"MALE\",\"insideCommunity\":false,\"unit\":\"QZ0201\"}"))
                .hasStatus(403);
        UUID amber = CapacityTables.facilitator(jdbc, "Joseph Koroma", "QZ0101");
        UUID mano = CommunityTables.community(jdbc, "Mano", "QZ020101");
        assertThat(post(
                        "/api/v1/facilitators/" + amber + "/assignments",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"communityId\":\"" + mano + "\",\"startsOn\":\"2026-01-01\"}"))
                .hasStatus(403);
        UUID cedar = CapacityTables.facilitator(jdbc, "Sia Conteh", "QZ0201");
        assertThat(get("/api/v1/facilitators/" + cedar, AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/facilitators", AMBER, Role.DISTRICT_COORDINATOR)), "$[*].name"))
                .containsExactly("Joseph Koroma");
        assertThat(count("capacity_assignment")).isZero();
    }

    @Test
    void storedPathsFollowAMovedUnitAndAMovedCommunity() {
        UUID kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        UUID facilitator = CapacityTables.facilitator(jdbc, "Fatmata Sesay", "QZ010101");
        CapacityTables.training(jdbc, "QZ010101");
        post(
                "/api/v1/facilitators/" + facilitator + "/assignments",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"communityId\":\"" + kpetema + "\",\"startsOn\":\"2026-01-01\"}");
        // the listener itself, without the asynchronous delivery that events get
        CapacityPaths paths = new CapacityPaths(jdbc);
        String oldPath = unitPath("QZ010101");
        String newPath =
                unitPath("QZ0201") + oldPath.substring(unitPath("QZ0101").length());

        paths.on(new UnitMoved(UUID.randomUUID(), "QZ010101", oldPath, newPath));

        assertThat(jdbc.sql("select unit_path from capacity_training")
                        .query(String.class)
                        .single())
                .isEqualTo(newPath);
        assertThat(jdbc.sql("select unit_path from capacity_facilitator")
                        .query(String.class)
                        .single())
                .isEqualTo(newPath);
        assertThat(jdbc.sql("select unit_path from capacity_assignment")
                        .query(String.class)
                        .single())
                .isEqualTo(newPath);

        UUID chiefdom = jdbc.sql("select id from geo_unit where pcode = 'QZ020101'")
                .query(UUID.class)
                .single();
        paths.on(new CommunityMoved(kpetema, null, newPath, chiefdom, unitPath("QZ020101")));

        assertThat(jdbc.sql("select unit_path from capacity_assignment")
                        .query(String.class)
                        .single())
                .isEqualTo(unitPath("QZ020101"));
    }

    @Test
    void theFacilitatorFormCorrectsAFacilitatorAndRecordsThatTheyStopped() throws Exception {
        UUID facilitator = CapacityTables.facilitator(jdbc, "Joseph Koroma", "QZ0101");
        MvcTestResult edit = mvc.get()
                .uri("/facilitators/" + facilitator + "/edit")
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(edit.getResponse().getContentAsString()).contains("Correct the facilitator", "Joseph Koroma");
        assertThat(mvc.get()
                        .uri("/facilitators/" + facilitator + "/edit")
                        .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                        .exchange())
                .hasStatus(403);

        MvcTestResult refused = mvc.post()
                .uri("/facilitators/" + facilitator)
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("name", "Joseph Koroma")
                .param("sex", "MALE")
                .param("insideCommunity", "false")
                .param("phone", "not a phone")
                .param("unit", "QZ0101")
                .exchange();
        assertThat(refused.getResponse().getContentAsString())
                .contains("Give a phone number of digits (a leading + is fine).", "not a phone");
        assertThat(mvc.post()
                        .uri("/facilitators/" + facilitator)
                        .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                        .with(csrf())
                        .param("name", "Joseph Koroma")
                        .param("sex", "MALE")
                        .param("insideCommunity", "false")
                        .param("unit", "QZ0101")
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select active from capacity_facilitator where id = ?")
                        .param(facilitator)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(audited("FACILITATOR_UPDATED")).isEqualTo(1);
    }
}
