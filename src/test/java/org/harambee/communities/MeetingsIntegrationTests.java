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
 * Meetings of a community through the API and the pages: attendance as four counts that may not be negative, a day
 * not in the future, a type from the list; each meeting audited, published and shown in the timeline.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MeetingsIntegrationTests extends QuzlandCommunities {

    static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

    @Autowired
    ApplicationEvents events;

    UUID kpetema;

    @BeforeEach
    void kpetemaRegistered() {
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
    }

    @Test
    void aMeetingIsRecordedWithCountsAndShownInTheTimeline() {
        MvcTestResult created =
                meeting("{\"type\":\"CHILDRENS_GROUP\",\"heldOn\":\"" + YESTERDAY + "\",\"girls\":12,\"boys\":9,"
                        + "\"women\":2,\"men\":1,\"facilitation\":\"EXTERNAL\",\"decisions\":\"Walk to school in"
                        + " groups\"}");

        assertThat(created).hasStatus(201);
        String id = JsonPath.read(body(created), "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/meetings/" + id);
        String shown = body(api.get("/api/v1/meetings/" + id, RESEARCHER, Role.RESEARCHER));
        assertThat(JsonPath.<Integer>read(shown, "$.total")).isEqualTo(24);
        assertThat(JsonPath.<String>read(shown, "$.typeName")).isEqualTo("Children's group");
        assertThat(JsonPath.<String>read(shown, "$.decisions")).isEqualTo("Walk to school in groups");
        assertThat(JsonPath.<List<String>>read(
                        body(api.get("/api/v1/communities/" + kpetema + "/timeline", RESEARCHER, Role.RESEARCHER)),
                        "$[*].kind"))
                .containsExactly("MEETING");
        assertThat(events.stream(MeetingHeld.class)).singleElement().satisfies(held -> {
            assertThat(held.meetingId()).hasToString(id);
            assertThat(held.communityId()).isEqualTo(kpetema);
            assertThat(held.unitPath()).isEqualTo(unitPath("QZ010101"));
            assertThat(List.of(held.girls(), held.boys(), held.women(), held.men()))
                    .containsExactly(12, 9, 2, 1);
            assertThat(held.facilitatedByCommunity()).isFalse();
        });
        assertThat(jdbc.sql("select unit_path from access_audit where action = 'MEETING_RECORDED' and record_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(unitPath("QZ010101"));
    }

    @Test
    void negativeAttendanceAFutureDayOrAnUnknownTypeIsRefusedAndNothingIsWritten() {
        assertThat(errors(meeting("{\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"" + YESTERDAY + "\",\"girls\":-1,"
                        + "\"boys\":4,\"women\":-2,\"men\":3,\"facilitation\":\"COMMUNITY\"}")))
                .containsOnly(Map.entry("girls", "May not be negative."), Map.entry("women", "May not be negative."));
        assertThat(errors(meeting(
                        "{\"type\":\"FEAST\",\"heldOn\":\"" + LocalDate.now().plusDays(1) + "\"," + "\"women\":5}")))
                .containsOnly(
                        Map.entry("type", "Choose a type of meeting from the list."),
                        Map.entry("heldOn", "The date may not be in the future."),
                        Map.entry("facilitation", "Say who facilitated the meeting."));
        assertThat(errors(meeting(
                        "{\"type\":\"REFLECTION\",\"heldOn\":\"" + YESTERDAY + "\",\"facilitation\":\"COMMUNITY\"}")))
                .containsOnly(Map.entry("attendance", "Give the number of people present."));

        assertThat(count("community_meeting")).isZero();
        assertThat(events.stream(MeetingHeld.class)).isEmpty();
    }

    @Test
    void meetingsOutsideTheAreaAreNeitherRecordedNorRead() {
        UUID mano = CommunityTables.community(jdbc, "Mano", "QZ020101");
        UUID held = CommunityTables.meeting(jdbc, mano);

        assertThat(api.post(
                        "/api/v1/communities/" + mano + "/meetings",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"type\":\"REFLECTION\",\"heldOn\":\"" + YESTERDAY + "\",\"men\":3,"
                                + "\"facilitation\":\"COMMUNITY\"}"))
                .hasStatus(403);
        assertThat(api.get("/api/v1/meetings/" + held, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(api.get("/api/v1/communities/" + mano + "/meetings", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(api.get("/api/v1/communities/" + mano + "/meetings", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].total")
                .isEqualTo(14);
        assertThat(count("community_meeting")).isEqualTo(1);
    }

    @Test
    void theMeetingFormShowsEachProblemBesideItsCountAndKeepsWhatWasTyped() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri("/communities/" + kpetema + "/meetings")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "sw")
                .param("type", "PLANNING_GROUP")
                .param("heldOn", YESTERDAY)
                .param("girls", "4")
                .param("boys", "-2")
                .param("women", "7")
                .param("men", "6")
                .param("facilitation", "COMMUNITY")
                .param("decisions", "Kamati ya mipango")
                .exchange();

        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains("Haiwezi kuwa hasi.")
                .contains("value=\"-2\"")
                .contains("Kamati ya mipango")
                .contains("<option value=\"PLANNING_GROUP\" selected=\"selected\">Kikundi cha mipango</option>");
        assertThat(count("community_meeting")).isZero();

        MvcTestResult saved = mvc.post()
                .uri("/communities/" + kpetema + "/meetings")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .param("type", "PLANNING_GROUP")
                .param("heldOn", YESTERDAY)
                .param("girls", "4")
                .param("boys", "2")
                .param("women", "7")
                .param("men", "6")
                .param("facilitation", "COMMUNITY")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        UUID id = jdbc.sql("select id from community_meeting").query(UUID.class).single();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + id);
        MvcTestResult page = mvc.get()
                .uri("/meetings/" + id)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(page.getResponse().getContentAsString()).contains("Planning group, " + YESTERDAY, ">19<");
    }

    @Test
    void meetingTypesComeInTheReadersLanguage() {
        MvcTestResult types = mvc.get()
                .uri("/api/v1/meeting-types")
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .header("Accept-Language", "fr")
                .exchange();

        assertThat(JsonPath.<List<String>>read(body(types), "$[*].code"))
                .containsExactly(
                        "COMMUNITY_MEETING",
                        "CHILDRENS_GROUP",
                        "PLANNING_GROUP",
                        "REFLECTION",
                        "EXCHANGE_VISIT",
                        "OTHER");
        assertThat(JsonPath.<String>read(body(types), "$[1].name")).isEqualTo("Groupe d’enfants");
    }

    private MvcTestResult meeting(String json) {
        return api.post("/api/v1/communities/" + kpetema + "/meetings", COORDINATOR, Role.DISTRICT_COORDINATOR, json);
    }
}
