package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The readiness of two districts where a plan starts, Amber (QZ0101) and Cedar (QZ0201): each has a community with a
 * trained facilitator, a service point on its pathway and government support, but only Cedar's officer is trained in
 * referral. Amber is not ready, and says why, until a training of its officer is recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReadinessIntegrationTests extends QuzlandCapacity {

    static final String CEDAR_OFFICER = "capacity-cedar-officer";

    @Autowired
    ApplicationEvents events;

    @Autowired
    Readiness readiness;

    @BeforeEach
    void twoDistrictsWithFacilitatorsServicePointsAndSupport() {
        org.harambee.scaleup.ScaleUpTables.clear(jdbc);
        org.harambee.agreements.AgreementTables.clear(jdbc);
        TestAccounts.create(jdbc, CEDAR_OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0201");
        for (String[] district :
                new String[][] {{"QZ0101", "QZ010101", OFFICER}, {"QZ0201", "QZ020101", CEDAR_OFFICER}}) {
            UUID community = CommunityTables.community(jdbc, "Village of " + district[0], district[1]);
            UUID facilitator = CapacityTables.facilitator(jdbc, "Facilitator of " + district[0], district[0]);
            assertThat(post(
                            "/api/v1/facilitators/" + facilitator + "/assignments",
                            NATIONAL,
                            Role.NATIONAL_COORDINATOR,
                            "{\"communityId\":\"" + community + "\",\"startsOn\":\"2026-01-01\"}"))
                    .hasStatus(201);
            UUID training = recordTraining(training(district[0], "FACILITATION", null));
            attend(training, "{\"facilitatorId\":\"" + facilitator + "\"}", null);
            CapacityTables.servicePoint(jdbc, "of " + district[0], district[0], district[2]);
            assertThat(post(
                            "/api/v1/government-support",
                            NATIONAL,
                            Role.NATIONAL_COORDINATOR,
                            "{\"unit\":\"" + district[0] + "\",\"recordedOn\":\"2026-02-01\",\"organisationId\":\""
                                    + ministry + "\",\"description\":\"Letter of support from the district office\"}"))
                    .hasStatus(201);
        }
        attend(
                recordTraining(training("QZ0201", "REFERRAL_CASE_MANAGEMENT", null)),
                "{\"username\":\"" + CEDAR_OFFICER + "\"}",
                null);
    }

    @Test
    void aDistrictWithoutTrainedOfficersIsNotReadyUntilATrainingOfItsOfficerIsRecorded() {
        assertThat(JsonPath.<Boolean>read(readinessOf("QZ0201"), "$.ready")).isTrue();
        String amber = readinessOf("QZ0101");
        assertThat(JsonPath.<Boolean>read(amber, "$.ready")).isFalse();
        assertThat(JsonPath.<List<String>>read(amber, "$.checks[?(@.met == false)].criterion"))
                .containsExactly("TRAINED_OFFICER_PER_SERVICE_POINT");
        assertThat(JsonPath.<List<String>>read(amber, "$.checks[?(@.met == false)].reason"))
                .containsExactly("Service points of the referral pathway with a trained officer: 0 of 1.");

        UUID training = recordTraining(training("QZ0101", "REFERRAL_CASE_MANAGEMENT", null));
        UUID officer = attend(training, "{\"username\":\"" + OFFICER + "\"}", null);

        assertThat(JsonPath.<Boolean>read(readinessOf("QZ0101"), "$.ready")).isTrue();
        assertThat(readiness.evaluate(unitId("QZ0101")).checks())
                .extracting(ReadinessCheck::criterion, ReadinessCheck::met, ReadinessCheck::actual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TRAINED_FACILITATORS_PER_10_COMMUNITIES", true, 1L),
                        org.assertj.core.groups.Tuple.tuple("TRAINED_OFFICER_PER_SERVICE_POINT", true, 1L),
                        org.assertj.core.groups.Tuple.tuple("GOVERNMENT_SUPPORT_RECORDED", true, 1L));
        assertThat(events.stream(TrainingHeld.class).filter(e -> e.trainingId().equals(training)))
                .singleElement()
                .satisfies(e -> assertThat(e.competencies()).containsExactly("REFERRAL_CASE_MANAGEMENT"));
        assertThat(events.stream(ParticipantCompleted.class)
                        .filter(e -> e.participantId().equals(officer)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.username()).isEqualTo(OFFICER);
                    assertThat(e.unitPath()).isEqualTo(unitPath("QZ0101"));
                });
    }

    @Test
    void aFocalPersonMakesAServicePointOffThePlatformReadyAndRoutesFromAboveAreJudgedAboveTheDistrict() {
        attend(
                recordTraining(training("QZ0101", "REFERRAL_CASE_MANAGEMENT", null)),
                "{\"username\":\"" + OFFICER + "\"}",
                null);
        UUID healthPost = CapacityTables.servicePoint(jdbc, "health post", "QZ010101");
        jdbc.sql("update referral_service_point set on_platform = false where id = ?")
                .param(healthPost)
                .update();
        UUID province = CapacityTables.servicePoint(jdbc, "province office", "QZ01");
        assertThat(JsonPath.<List<String>>read(readinessOf("QZ0101"), "$.checks[?(@.met == false)].reason"))
                .containsExactly("Service points of the referral pathway with a trained officer: 1 of 2.");

        MvcTestResult bad = put(
                "/api/v1/service-points/" + healthPost + "/focal-person",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"name\":\" \",\"trainedOn\":\"" + LocalDate.now().plusDays(1) + "\"}");
        assertThat(bad).hasStatus(400);
        assertThat(errors(bad)).containsOnlyKeys("name", "trainedOn");
        assertThat(count("referral_service_point_focal_person")).isZero();
        assertThat(put(
                        "/api/v1/service-points/" + province + "/focal-person",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"name\":\"Synthetic Focal\",\"trainedOn\":\"2026-01-10\"}"))
                .hasStatus(400);
        assertThat(put(
                        "/api/v1/service-points/" + healthPost + "/focal-person",
                        RESEARCHER,
                        Role.RESEARCHER,
                        "{\"name\":\"Synthetic Focal\",\"trainedOn\":\"2026-01-10\"}"))
                .hasStatus(403);

        assertThat(put(
                        "/api/v1/service-points/" + healthPost + "/focal-person",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"name\":\"Synthetic Focal\",\"trainedOn\":\"2026-01-10\"}"))
                .hasStatus(200);

        assertThat(JsonPath.<Boolean>read(readinessOf("QZ0101"), "$.ready")).isTrue();
        assertThat(jdbc.sql("select detail from access_audit where action = 'SERVICE_POINT_FOCAL_PERSON_SET'"
                                + " and record_id = ?")
                        .param(healthPost.toString())
                        .query(String.class)
                        .list())
                .singleElement()
                .satisfies(d -> assertThat(d).contains("2026-01-10").doesNotContain("Synthetic Focal"));
    }

    @Test
    void governmentSupportRecordedForADistrictCountsForThePlacesInside() {
        assertThat(readiness.evaluate(unitId("QZ010102")).checks())
                .filteredOn(c -> c.criterion().equals("GOVERNMENT_SUPPORT_RECORDED"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.met()).isTrue();
                    assertThat(c.actual()).isEqualTo(1L);
                });
        assertThat(readiness.evaluate(unitId("QZ0102")).checks())
                .filteredOn(c -> c.criterion().equals("GOVERNMENT_SUPPORT_RECORDED"))
                .singleElement()
                .satisfies(c -> assertThat(c.met()).isFalse());
    }

    @Test
    void anOfficerWhoFailedTheAssessmentDoesNotMakeTheDistrictReady() {
        UUID training =
                recordTraining(training("QZ0101", "REFERRAL_CASE_MANAGEMENT", "\"assessed\":true,\"passMark\":70"));
        attend(training, "{\"username\":\"" + OFFICER + "\"}", 69);

        assertThat(JsonPath.<Boolean>read(readinessOf("QZ0101"), "$.ready")).isFalse();
        assertThat(events.stream(ParticipantCompleted.class).filter(e -> OFFICER.equals(e.username())))
                .isEmpty();
    }

    @Test
    void theDistrictPagePanelSaysWhyAndTheReadinessPageListsCriteriaAndSupport() throws Exception {
        MvcTestResult panel = mvc.get()
                .uri("/readiness/QZ0101/panel")
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(panel.getResponse().getContentAsString())
                .contains("Pas prêt")
                .contains("Points de service du circuit de référence ayant un agent formé : 0 sur 1.");
        MvcTestResult outside = mvc.get()
                .uri("/readiness/QZ0201/panel")
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange();
        assertThat(outside).hasStatusOk();
        assertThat(outside.getResponse().getContentAsString()).doesNotContain("badge");
        MvcTestResult page = mvc.get()
                .uri("/readiness/QZ0101")
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(page.getResponse().getContentAsString())
                .contains("Readiness of Amber", "Letter of support from the district office", "support-form")
                .contains("Trained officers at each service point of the pathway");
        assertThat(get("/readiness/QZ0201", AMBER, Role.DISTRICT_COORDINATOR)).hasStatus(403);
        assertThat(page.getResponse().getContentAsString()).doesNotContain("criteria-form");
        MvcTestResult stricter = mvc.post()
                .uri("/readiness/QZ0101/criteria")
                .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("required-TRAINED_FACILITATORS_PER_10_COMMUNITIES", "1")
                .param("active-TRAINED_FACILITATORS_PER_10_COMMUNITIES", "on")
                .param("required-TRAINED_OFFICER_PER_SERVICE_POINT", "1")
                .param("active-TRAINED_OFFICER_PER_SERVICE_POINT", "on")
                .param("required-GOVERNMENT_SUPPORT_RECORDED", "1")
                .exchange();
        assertThat(stricter).hasStatus3xxRedirection();
        assertThat(JsonPath.<List<String>>read(readinessOf("QZ0101"), "$.checks[*].criterion"))
                .as("government support switched off for Amber")
                .containsExactly("TRAINED_FACILITATORS_PER_10_COMMUNITIES", "TRAINED_OFFICER_PER_SERVICE_POINT");
    }

    @Test
    void criteriaAreSetAboveTheAreaAndTheNearestSettingApplies() {
        String stricter = "{\"criteria\":[{\"criterion\":\"GOVERNMENT_SUPPORT_RECORDED\",\"required\":2}]}";
        assertThat(put("/api/v1/readiness-criteria/QZ0101", AMBER, Role.DISTRICT_COORDINATOR, stricter))
                .as("nobody sets the bar of their own area")
                .hasStatus(403);
        assertThat(errors(put(
                        "/api/v1/readiness-criteria/QZ0101",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"criteria\":[{\"criterion\":\"SUNSHINE\",\"required\":1},"
                                + "{\"criterion\":\"GOVERNMENT_SUPPORT_RECORDED\",\"required\":-1}]}")))
                .containsOnly(
                        Map.entry("criteria[0].criterion", "Choose a criterion the platform knows."),
                        Map.entry("criteria[1].required", "Give a required value from 0 to 1000."));
        assertThat(count("capacity_readiness_criterion")).isEqualTo(3);

        assertThat(put("/api/v1/readiness-criteria/QZ0201", NATIONAL, Role.NATIONAL_COORDINATOR, stricter))
                .hasStatusOk();

        String cedar = readinessOf("QZ0201");
        assertThat(JsonPath.<Boolean>read(cedar, "$.ready")).isFalse();
        assertThat(JsonPath.<List<String>>read(cedar, "$.checks[?(@.met == false)].reason"))
                .containsExactly("Records of government support: 1; needed: 2.");
        assertThat(get("/api/v1/readiness-criteria/QZ0201", RESEARCHER, Role.RESEARCHER))
                .hasStatus(403);
        String criteria = body(get("/api/v1/readiness-criteria/QZ0201", NATIONAL, Role.NATIONAL_COORDINATOR));
        assertThat(JsonPath.<String>read(criteria, "$[2].setAt.pcode")).isEqualTo("QZ0201");
        assertThat(JsonPath.<Object>read(criteria, "$[0].setAt")).isNull();
        assertThat(JsonPath.<Integer>read(criteria, "$[2].required")).isEqualTo(2);
        assertThat(audited("READINESS_CRITERION_SET")).isEqualTo(1);
    }

    @Test
    void governmentSupportNeedsAGovernmentOrganisationAndADayThatHasCome() {
        MvcTestResult refused = post(
                "/api/v1/government-support",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"unit\":\"QZ0101\",\"recordedOn\":\"" + LocalDate.now().plusDays(2) + "\",\"organisationId\":\""
                        + ngo + "\"}");

        assertThat(errors(refused))
                .containsOnly(
                        Map.entry("recordedOn", "The date may not be in the future."),
                        Map.entry("organisationId", "Choose a government organisation."),
                        Map.entry("description", "Required."));
        assertThat(count("capacity_government_support")).isEqualTo(2);
        assertThat(post(
                        "/api/v1/government-support",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"unit\":\"QZ0201\",\"recordedOn\":\"2026-01-01\",\"organisationId\":\"" + ministry
                                + "\",\"description\":\"x\"}"))
                .hasStatus(403);
    }

    /**
     * Issue 6 end to end, with the real readiness and agreements behind the scale-up gate (the scale-up module's own
     * tests replace them): a plan starting in Amber and Cedar, both with an agreement in force, cannot start because
     * Amber has no trained officer; once the training is recorded, it starts without an override.
     */
    @Test
    void aScaleUpPhaseStartsOnceTheTrainingThatMakesItsDistrictReadyIsRecorded() {
        for (String chiefdom : new String[] {"QZ010101", "QZ020101"}) {
            UUID community = jdbc.sql(
                            "select c.id from community c join geo_unit u on u.id = c.unit_id" + " where u.pcode = ?")
                    .param(chiefdom)
                    .query(UUID.class)
                    .single();
            org.harambee.agreements.AgreementTables.agreement(jdbc, community, "IN_FORCE");
        }
        MvcTestResult plan = post(
                "/api/v1/scale-up-plans",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"name\":\"Synthetic nation plan\",\"goalLevel\":\"NATION\",\"goalUnit\":\"QZ\"}");
        assertThat(plan).hasStatus(201);
        String planId = JsonPath.read(body(plan), "$.id");
        LocalDate start = LocalDate.now().plusMonths(1);
        MvcTestResult phase = post(
                "/api/v1/scale-up-plans/" + planId + "/phases",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"name\":\"Two districts\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + start.plusMonths(6)
                        + "\",\"units\":[\"QZ0101\",\"QZ0201\"]}");
        assertThat(phase).hasStatus(201);
        String phaseId = JsonPath.read(body(phase), "$.phases[0].id");

        String gates = body(get("/api/v1/scale-up-plans/" + planId + "/gates", NATIONAL, Role.NATIONAL_COORDINATOR));
        assertThat(JsonPath.<Boolean>read(gates, "$[0].passes")).isFalse();
        assertThat(JsonPath.<List<Boolean>>read(gates, "$[0].units[?(@.unit.pcode == 'QZ0201')].passes"))
                .containsExactly(true);
        assertThat(JsonPath.<List<String>>read(gates, "$[0].units[?(@.unit.pcode == 'QZ0101')].unmet[*].criterion"))
                .containsExactly("TRAINED_OFFICER_PER_SERVICE_POINT");
        assertThat(post(
                        "/api/v1/scale-up-plans/phases/" + phaseId + "/start",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{}"))
                .hasStatus(400);

        attend(
                recordTraining(training("QZ0101", "REFERRAL_CASE_MANAGEMENT", null)),
                "{\"username\":\"" + OFFICER + "\"}",
                null);

        assertThat(JsonPath.<Boolean>read(
                        body(get("/api/v1/scale-up-plans/" + planId + "/gates", NATIONAL, Role.NATIONAL_COORDINATOR)),
                        "$[0].passes"))
                .isTrue();
        assertThat(post(
                        "/api/v1/scale-up-plans/phases/" + phaseId + "/start",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{}"))
                .hasStatusOk();
    }

    /** Adds a participant to a held training and marks them present (with a score when given); their id. */
    private UUID attend(UUID training, String participant, Integer score) {
        MvcTestResult added = post(
                "/api/v1/trainings/" + training + "/participants", NATIONAL, Role.NATIONAL_COORDINATOR, participant);
        assertThat(added).hasStatus(201);
        UUID id = lastParticipant(added);
        assertThat(put(
                        "/api/v1/trainings/" + training + "/results",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"results\":[{\"participantId\":\"" + id + "\",\"attended\":true"
                                + (score == null ? "" : ",\"score\":" + score) + "}]}"))
                .hasStatusOk();
        return id;
    }

    private String readinessOf(String pcode) {
        MvcTestResult result = get("/api/v1/readiness/" + pcode, NATIONAL, Role.NATIONAL_COORDINATOR);
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private UUID unitId(String pcode) {
        return jdbc.sql("select id from geo_unit where pcode = ?")
                .param(pcode)
                .query(UUID.class)
                .single();
    }
}
