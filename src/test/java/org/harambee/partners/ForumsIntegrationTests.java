package org.harambee.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Stakeholders above communities and forums with their meetings and the communities represented: placed in their
 * unit, read and written only within scope, refused field by field, audited, meetings published.
 */
@RecordApplicationEvents
class ForumsIntegrationTests extends PartnersWebTests {

    static final UUID COMMUNITY_1 = UUID.fromString("0190aaaa-0000-7000-8000-000000000001");
    static final UUID COMMUNITY_2 = UUID.fromString("0190aaaa-0000-7000-8000-000000000002");
    static final UUID COMMUNITY_3 = UUID.fromString("0190aaaa-0000-7000-8000-000000000003");

    @Autowired
    ApplicationEvents events;

    /** The communities the forums represent: registered in Amber North, where the forums meet. */
    @org.junit.jupiter.api.BeforeEach
    void threeCommunitiesInAmberNorth() {
        jdbc.sql("delete from partner_forum_community").update();
        jdbc.sql("delete from community where id in (?, ?, ?)")
                .params(COMMUNITY_1, COMMUNITY_2, COMMUNITY_3)
                .update();
        record Unit(UUID id, String path) {}
        Unit unit = jdbc.sql("select id, path from geo_unit where pcode = 'QZ010101'")
                .query((rs, i) -> new Unit(rs.getObject(1, UUID.class), rs.getString(2)))
                .single();
        int n = 1;
        for (UUID id : List.of(COMMUNITY_1, COMMUNITY_2, COMMUNITY_3)) {
            jdbc.sql("insert into community (id, name, search_name, unit_id, unit_path, origin, created_by, created_at,"
                            + " updated_at) values (?, ?, ?, ?, ?, 'AGENCY_INITIATED', 'test', current_timestamp,"
                            + " current_timestamp)")
                    .params(id, "Village " + n, "village " + n, unit.id(), unit.path())
                    .update();
            n++;
        }
    }

    @Test
    void stakeholdersAreReadAndWrittenOnlyInsideTheCallersUnits() {
        UUID council = stakeholder(AMBER, "Amber Chiefdom Council", "CHIEFDOM_COUNCIL", "QZ0101");
        UUID committee =
                stakeholder(CEDAR, "Cedar Child Protection Committee", "DISTRICT_CHILD_PROTECTION_COMMITTEE", "QZ0201");
        String outside = "{\"name\":\"Refused\",\"kind\":\"OTHER\",\"unit\":\"QZ0201\"}";
        assertThat(post(AMBER, "/api/v1/stakeholders", outside)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(RESEARCHER, "/api/v1/stakeholders", outside.replace("QZ0201", "QZ0101")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("partner_stakeholder")).isEqualTo(2);

        assertThat(get(RESEARCHER, "/api/v1/stakeholders"))
                .bodyJson()
                .extractingPath("$.items[*].name")
                .isEqualTo(List.of("Amber Chiefdom Council"));
        assertThat(get(ADMIN, "/api/v1/stakeholders?kind=DISTRICT_CHILD_PROTECTION_COMMITTEE"))
                .bodyJson()
                .extractingPath("$.items[*].unit.pcode")
                .isEqualTo(List.of("QZ0201"));
        assertThat(get(ADMIN, "/api/v1/stakeholders?q=chiefdom"))
                .bodyJson()
                .extractingPath("$.items[*].id")
                .isEqualTo(List.of(council.toString()));
        assertThat(get(AMBER, "/api/v1/stakeholders/" + committee)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put(AMBER, "/api/v1/stakeholders/" + committee, "{\"name\":\"Taken over\",\"kind\":\"OTHER\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put(AMBER, "/api/v1/stakeholders/" + council, "{\"name\":\"Amber Council\",\"kind\":\"OTHER\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.kind")
                .isEqualTo("OTHER");
        assertThat(get(CEDAR, "/api/v1/stakeholders/" + committee))
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("Cedar Child Protection Committee");
        assertThat(audited("stakeholder"))
                .containsExactly("STAKEHOLDER_CREATED", "STAKEHOLDER_CREATED", "STAKEHOLDER_UPDATED");
    }

    @Test
    void aForumRecordsItsConvenerCommunitiesAndMeetings() {
        UUID council = stakeholder(AMBER, "Amber Chiefdom Council", "CHIEFDOM_COUNCIL", "QZ0101");
        MvcTestResult created = post(
                AMBER,
                "/api/v1/forums",
                "{\"name\":\"Amber North Child Forum\",\"unit\":\"QZ010101\","
                        + "\"convenerId\":\"" + council + "\",\"representedCommunityIds\":[\"" + COMMUNITY_2 + "\",\""
                        + COMMUNITY_1 + "\",\"" + COMMUNITY_2 + "\"]}");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created).bodyJson().extractingPath("$.convener.name").isEqualTo("Amber Chiefdom Council");
        assertThat(created)
                .bodyJson()
                .extractingPath("$.representedCommunityIds")
                .isEqualTo(List.of(COMMUNITY_1.toString(), COMMUNITY_2.toString()));
        UUID forum = id(created);

        MvcTestResult meeting = post(AMBER, "/api/v1/forums/" + forum + "/meetings", """
                {"heldOn":"2025-03-01","attendance":25,"notes":"Chiefdom bye-law on school attendance discussed."}""");
        assertThat(meeting).hasStatus(HttpStatus.CREATED);
        assertThat(post(
                        AMBER,
                        "/api/v1/forums/" + forum + "/meetings",
                        "{\"heldOn\":\"" + LocalDate.now().plusDays(2) + "\",\"attendance\":-1}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .isEqualTo(List.of("heldOn", "attendance"));
        assertThat(post(CEDAR, "/api/v1/forums/" + forum + "/meetings", "{\"heldOn\":\"2025-03-02\",\"attendance\":3}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("partner_forum_meeting")).isEqualTo(1);

        assertThat(get(RESEARCHER, "/api/v1/forums/" + forum))
                .bodyJson()
                .satisfies(json ->
                        assertThat(json).extractingPath("$.meetingCount").isEqualTo(1))
                .satisfies(json -> assertThat(json).extractingPath("$.lastMet").isEqualTo("2025-03-01"))
                .extractingPath("$.meetings[0].attendance")
                .isEqualTo(25);
        assertThat(put(
                        AMBER,
                        "/api/v1/forums/" + forum,
                        "{\"name\":\"Amber North Forum\",\"representedCommunityIds\":[\"" + COMMUNITY_3 + "\"]}"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> assertThat(json).extractingPath("$.convener").isNull())
                .extractingPath("$.representedCommunityIds")
                .isEqualTo(List.of(COMMUNITY_3.toString()));
        assertThat(get(ADMIN, "/api/v1/forums?unit=QZ01"))
                .bodyJson()
                .extractingPath("$.items[*].name")
                .isEqualTo(List.of("Amber North Forum"));
        assertThat(get(CEDAR, "/api/v1/forums"))
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(0);
        assertThat(get(CEDAR, "/api/v1/forums/" + forum)).hasStatus(HttpStatus.FORBIDDEN);

        UUID meetingId = id(meeting);
        assertThat(events.stream(ForumMeetingRecorded.class))
                .containsExactly(new ForumMeetingRecorded(
                        meetingId, forum, unitId("QZ010101"), path("QZ010101"), LocalDate.of(2025, 3, 1), 25));
        assertThat(audited("forum")).containsExactly("FORUM_CREATED", "FORUM_MEETING_RECORDED", "FORUM_UPDATED");
    }

    @Test
    void invalidStakeholdersAndForumsAreRefusedFieldByFieldAndNothingIsWritten() {
        assertThat(post(AMBER, "/api/v1/stakeholders", "{\"name\":\"\",\"kind\":\"KINGDOM\",\"unit\":\"QZ77\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .isEqualTo(List.of("unit", "name", "kind"));
        UUID elsewhere = stakeholder(CEDAR, "Cedar Council", "CHIEFDOM_COUNCIL", "QZ0201");
        assertThat(post(
                        AMBER,
                        "/api/v1/forums",
                        "{\"name\":\" \",\"unit\":\"QZ0101\",\"convenerId\":\"" + elsewhere
                                + "\",\"representedCommunityIds\":[null]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .isEqualTo(List.of(
                        Map.of("field", "name", "message", "Give the name."),
                        Map.of("field", "convenerId", "message", "Choose a stakeholder of your area, or none."),
                        Map.of("field", "representedCommunityIds", "message", "Choose communities from the list.")));
        assertThat(post(
                        AMBER,
                        "/api/v1/forums",
                        "{\"name\":\"South Forum\",\"unit\":\"QZ010102\",\"representedCommunityIds\":[\"" + COMMUNITY_1
                                + "\",\"" + UUID.randomUUID() + "\"]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("Choose communities registered inside the forum's area.");
        assertThat(count("partner_stakeholder")).isEqualTo(1);
        assertThat(count("partner_forum")).isZero();
        assertThat(count("partner_forum_community")).isZero();
    }

    @Test
    void theForumFormOffersTheCommunitiesOfItsAreaAndNeedsNoneToSave() {
        assertThat(mvc.get().uri("/forums/new?unit=QZ0101").with(AMBER))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"" + COMMUNITY_1 + "\"", "Village 1", "Village 3");
        assertThat(mvc.get().uri("/forums/new?unit=QZ010102").with(AMBER))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Village 1");
        assertThat(mvc.post()
                        .uri("/forums")
                        .param("name", "Quiet Forum")
                        .param("unit", "QZ0101")
                        .with(csrf())
                        .with(AMBER))
                .hasStatus3xxRedirection();
        UUID forum = jdbc.sql("select id from partner_forum").query(UUID.class).single();
        assertThat(mvc.post()
                        .uri("/forums/" + forum)
                        .param("name", "Quiet Forum")
                        .param("communities", COMMUNITY_2.toString(), COMMUNITY_3.toString())
                        .with(csrf())
                        .with(AMBER))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/forums/" + forum).with(AMBER))
                .bodyText()
                .contains("Village 2", "Village 3")
                .doesNotContain("Village 1");
    }

    @Test
    void forumPagesShowMeetingsAndKeepWhatWasEnteredWhenRefused() {
        stakeholder(AMBER, "Amber Chiefdom Council", "CHIEFDOM_COUNCIL", "QZ0101");
        assertThat(mvc.post()
                        .uri("/forums")
                        .param("name", "Amber Forum")
                        .param("unit", "QZ0101")
                        .param("communities", COMMUNITY_1 + "\nnot-an-id")
                        .with(csrf())
                        .with(AMBER))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"communities-error\" class=\"field-error\">Choose communities from the list.<");
        assertThat(count("partner_forum")).isZero();

        MvcTestResult saved = mvc.post()
                .uri("/forums")
                .param("name", "Amber Forum")
                .param("unit", "QZ0101")
                .param("communities", COMMUNITY_1 + ", " + COMMUNITY_2)
                .with(csrf())
                .with(AMBER)
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        UUID forum = jdbc.sql("select id from partner_forum").query(UUID.class).single();
        assertThat(mvc.post()
                        .uri("/forums/" + forum + "/meetings")
                        .param("heldOn", "2025-04-01")
                        .param("attendance", "many")
                        .param("notes", "Kept notes")
                        .with(csrf())
                        .with(AMBER))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "id=\"attendance-error\" class=\"field-error\">Give the number of people present, from 0 to 100,000.<")
                .contains("value=\"many\"")
                .contains("Kept notes");
        assertThat(mvc.post()
                        .uri("/forums/" + forum + "/meetings")
                        .param("heldOn", "2025-04-01")
                        .param("attendance", "14")
                        .with(csrf())
                        .with(AMBER))
                .hasStatus3xxRedirection();
        assertThat(get(RESEARCHER, "/forums/" + forum))
                .hasStatusOk()
                .bodyText()
                .contains("Amber Forum", "14 present", COMMUNITY_2.toString())
                .doesNotContain("meeting-form");
        assertThat(get(RESEARCHER, "/stakeholders?unit=QZ01"))
                .hasStatusOk()
                .bodyText()
                .contains("Amber Chiefdom Council");
        assertThat(get(RESEARCHER, "/forums")).hasStatusOk().bodyText().contains("Meetings: 1");
        assertThat(get(CEDAR, "/forums/" + forum)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(CEDAR, "/forums/" + forum + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(AMBER, "/forums/" + forum + "/edit"))
                .hasStatusOk()
                .bodyText()
                .contains(COMMUNITY_1.toString());
    }

    private UUID stakeholder(
            org.springframework.test.web.servlet.request.RequestPostProcessor user,
            String name,
            String kind,
            String unit) {
        MvcTestResult result = post(
                user,
                "/api/v1/stakeholders",
                "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"unit\":\"" + unit + "\"}");
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return id(result);
    }

    private UUID unitId(String pcode) {
        return jdbc.sql("select id from geo_unit where pcode = ?")
                .param(pcode)
                .query(UUID.class)
                .single();
    }
}
