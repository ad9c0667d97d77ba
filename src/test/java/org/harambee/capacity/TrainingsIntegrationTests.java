package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Trainings through the API and the pages: refused input is said field by field and writes nothing; trainings,
 * participants and results only inside the writer's area; attendance and scores follow the training's rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TrainingsIntegrationTests extends QuzlandCapacity {

    @Autowired
    ApplicationEvents events;

    @Test
    void aTrainingWithProblemsIsRefusedFieldByFieldAndNothingIsWritten() {
        MvcTestResult refused = post(
                "/api/v1/trainings",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"title\":\" \",\"competencies\":[\"JUGGLING\"],\"startsOn\":\"2026-03-05\",\"endsOn\":\"2026-03-04\","
                        + "\"unit\":\"QZ9999\",\"trainerOrganisationId\":\"" + UUID.randomUUID() + "\","
                        + "\"status\":\"DONE\",\"passMark\":120}");

        assertThat(errors(refused))
                .containsOnly(
                        Map.entry("title", "Required."),
                        Map.entry("competencies", "Choose competencies from the list (JUGGLING is not one)."),
                        Map.entry("endsOn", "The end may not be before the start."),
                        Map.entry("unit", "No place has the P-code QZ9999."),
                        Map.entry("trainerOrganisationId", "Choose an active organisation."),
                        Map.entry("status", "Choose a status from the list."),
                        Map.entry("passMark", "Give a number from 0 to 100."));
        assertThat(errors(post(
                        "/api/v1/trainings",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"title\":\"Undated\",\"competencies\":[\"FACILITATION\"],\"endsOn\":\"2026-13-01\","
                                + "\"unit\":\"QZ0101\"}")))
                .containsOnly(
                        Map.entry("startsOn", "Give a date."), Map.entry("endsOn", "Give a date as year-month-day."));
        assertThat(count("capacity_training")).isZero();
        assertThat(count("capacity_training_competency")).isZero();
        assertThat(audited("TRAINING_CREATED")).isZero();
        assertThat(events.stream(TrainingHeld.class)).isEmpty();
    }

    @Test
    void aTrainingCannotHaveBeenHeldBeforeItStarts() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        MvcTestResult refused = post(
                "/api/v1/trainings",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"title\":\"Later\",\"competencies\":[\"FACILITATION\"],\"startsOn\":\"" + tomorrow + "\","
                        + "\"endsOn\":\"" + tomorrow + "\",\"unit\":\"QZ0101\",\"status\":\"HELD\"}");

        assertThat(errors(refused))
                .containsOnly(Map.entry("status", "A training cannot have been held before it starts."));
        assertThat(count("capacity_training")).isZero();
    }

    @Test
    void trainingsOutsideTheAreaAreNeitherRecordedNorRead() {
        assertThat(post(
                        "/api/v1/trainings",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        training("QZ0201", "FACILITATION", null)))
                .hasStatus(403);
        assertThat(count("capacity_training")).isZero();
        UUID cedar = recordTraining(training("QZ0201", "FACILITATION", null));

        assertThat(get("/api/v1/trainings/" + cedar, AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(post(
                        "/api/v1/trainings/" + cedar + "/participants",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"username\":\"" + OFFICER + "\"}"))
                .hasStatus(403);
        assertThat(get("/api/v1/trainings", AMBER, Role.DISTRICT_COORDINATOR))
                .bodyJson()
                .extractingPath("$")
                .asList()
                .isEmpty();
        assertThat(get("/api/v1/trainings?unit=QZ02", NATIONAL, Role.NATIONAL_COORDINATOR))
                .bodyJson()
                .extractingPath("$[0].unit.pcode")
                .isEqualTo("QZ0201");
        assertThat(count("capacity_participant")).isZero();
    }

    @Test
    void participantsAreAccountsOrPeopleNotOnThePlatformOnceEach() {
        UUID training = recordTraining(training("QZ0101", "REFERRAL_CASE_MANAGEMENT", null));
        String uri = "/api/v1/trainings/" + training + "/participants";

        assertThat(errors(post(uri, AMBER, Role.DISTRICT_COORDINATOR, "{\"username\":\"nobody-here\"}")))
                .containsOnly(Map.entry("username", "There is no account nobody-here."));
        assertThat(errors(post(uri, AMBER, Role.DISTRICT_COORDINATOR, "{\"organisation\":\"Police\"}")))
                .containsOnly(Map.entry("name", "Give the username of an account, or the name of the person."));
        assertThat(errors(post(uri, AMBER, Role.DISTRICT_COORDINATOR, "{\"name\":\"Aminata Kamara\",\"sex\":\"X\"}")))
                .containsOnly(Map.entry("sex", "Choose female or male."));
        assertThat(post(uri, AMBER, Role.DISTRICT_COORDINATOR, "{\"username\":\"" + OFFICER.toUpperCase() + "\"}"))
                .hasStatus(201);
        assertThat(errors(post(uri, AMBER, Role.DISTRICT_COORDINATOR, "{\"username\":\"" + OFFICER + "\"}")))
                .containsOnly(Map.entry("username", "This person takes part already."));
        MvcTestResult added = post(
                uri,
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Aminata Kamara\",\"sex\":\"FEMALE\",\"organisation\":\"Police\",\"roleTitle\":\"Family"
                        + " support unit\"}");

        assertThat(added).hasStatus(201);
        assertThat(JsonPath.<List<String>>read(body(added), "$.participants[*].username"))
                .containsExactly(OFFICER, null);
        assertThat(JsonPath.<String>read(body(added), "$.participants[0].displayName"))
                .isEqualTo(OFFICER + " (synthetic)");
        assertThat(count("capacity_participant")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from access_audit where seq > ? and detail like '%Aminata%'")
                        .param(auditedBefore)
                        .query(Long.class)
                        .single())
                .as("no names of people off the platform in the audit trail")
                .isZero();
    }

    @Test
    void resultsFollowTheTrainingsRulesAndAreWrittenAllOrNone() {
        UUID training = recordTraining(training("QZ0101", "FACILITATION", null));
        UUID first = lastParticipant(post(
                "/api/v1/trainings/" + training + "/participants",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"username\":\"" + OFFICER + "\"}"));
        UUID second = lastParticipant(post(
                "/api/v1/trainings/" + training + "/participants",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Sia Conteh\",\"sex\":\"FEMALE\"}"));
        String uri = "/api/v1/trainings/" + training + "/results";

        MvcTestResult refused = put(
                uri,
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"results\":[{\"participantId\":\"" + first + "\",\"attended\":true,\"daysAttended\":1},"
                        + "{\"participantId\":\"" + second + "\",\"attended\":false,\"daysAttended\":2,\"score\":50},"
                        + "{\"participantId\":\"" + UUID.randomUUID() + "\",\"attended\":true}]}");

        assertThat(errors(refused))
                .containsOnly(
                        Map.entry("results[1].daysAttended", "Give a number of days from 0 to 1."),
                        Map.entry("results[1].score", "This training has no assessment."),
                        Map.entry("results[2].participantId", "Not a participant of this training."));
        assertThat(jdbc.sql("select count(*) from capacity_participant where attended is not null")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(events.stream(ParticipantCompleted.class)).isEmpty();

        String saved = body(put(
                uri,
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"results\":[{\"participantId\":\"" + first + "\",\"attended\":true,\"daysAttended\":1},"
                        + "{\"participantId\":\"" + second + "\",\"attended\":false}]}"));
        assertThat(JsonPath.<List<Boolean>>read(saved, "$.participants[*].completed"))
                .containsExactly(true, false);
        assertThat(JsonPath.<Integer>read(saved, "$.completedCount")).isEqualTo(1);
        assertThat(events.stream(ParticipantCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.participantId()).isEqualTo(first);
            assertThat(e.competencies()).containsExactly("FACILITATION");
        });
        assertThat(audited("TRAINING_RESULTS_RECORDED")).isEqualTo(1);
    }

    @Test
    void attendanceWaitsUntilTheTrainingIsHeldAndMarkingItHeldCompletesNobodyAbsent() {
        String yesterday = LocalDate.now().minusDays(1).toString();
        String planned = "{\"title\":\"Data protection\",\"competencies\":[\"DATA_PROTECTION\"],\"startsOn\":\""
                + yesterday + "\",\"endsOn\":\"" + yesterday + "\",\"unit\":\"QZ0101\"";
        UUID training = recordTraining(planned + "}");
        UUID officer = lastParticipant(post(
                "/api/v1/trainings/" + training + "/participants",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"username\":\"" + OFFICER + "\"}"));
        String result = "{\"results\":[{\"participantId\":\"" + officer + "\",\"attended\":true}]}";

        assertThat(errors(put("/api/v1/trainings/" + training + "/results", AMBER, Role.DISTRICT_COORDINATOR, result)))
                .containsOnly(Map.entry("status", "Mark the training as held before recording attendance and scores."));
        assertThat(put(
                        "/api/v1/trainings/" + training,
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        planned + ",\"status\":\"HELD\"}"))
                .hasStatusOk();
        assertThat(events.stream(TrainingHeld.class)).hasSize(1);
        assertThat(events.stream(ParticipantCompleted.class)).isEmpty();
        assertThat(put("/api/v1/trainings/" + training + "/results", AMBER, Role.DISTRICT_COORDINATOR, result))
                .hasStatusOk();
        assertThat(events.stream(ParticipantCompleted.class)).hasSize(1);
    }

    @Test
    void competenciesAreAddedInThreeLanguagesAndSwitchedOff() {
        MvcTestResult added = post(
                "/api/v1/competencies",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"code\":\"psychological_first_aid\",\"nameEn\":\"Psychological first aid\",\"nameFr\":\"Premiers"
                        + " secours psychologiques\",\"nameSw\":\"Huduma ya kwanza ya kisaikolojia\"}");
        assertThat(added).hasStatus(201);
        String id = JsonPath.read(body(added), "$.id");
        assertThat(JsonPath.<String>read(body(added), "$.code")).isEqualTo("PSYCHOLOGICAL_FIRST_AID");
        assertThat(errors(post(
                        "/api/v1/competencies",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"code\":\"FACILITATION\",\"nameEn\":\"Again\"}")))
                .containsOnly(
                        Map.entry("code", "The code FACILITATION is taken."),
                        Map.entry("nameFr", "Required."),
                        Map.entry("nameSw", "Required."));

        assertThat(
                        put(
                                "/api/v1/competencies/" + id,
                                NATIONAL,
                                Role.NATIONAL_COORDINATOR,
                                "{\"nameEn\":\"Psychological first aid\",\"nameFr\":\"PSP\",\"nameSw\":\"HKK\",\"active\":false}"))
                .hasStatusOk();
        assertThat(errors(post(
                        "/api/v1/trainings",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        training("QZ0101", "PSYCHOLOGICAL_FIRST_AID", null))))
                .containsOnly(Map.entry(
                        "competencies", "Choose competencies from the list (PSYCHOLOGICAL_FIRST_AID is not one)."));
        MvcTestResult french = mvc.get()
                .uri("/api/v1/competencies")
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(JsonPath.<List<String>>read(body(french), "$[*].name")).contains("Protection des données", "PSP");
        assertThat(audited("COMPETENCY_CREATED")).isEqualTo(1);
    }

    @Test
    void theTrainingFormShowsEachProblemBesideItsFieldAndThePageRecordsAttendance() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri("/trainings")
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "sw")
                .param("title", "Mafunzo ya rufaa")
                .param("startsOn", "2026-03-05")
                .param("endsOn", "2026-03-01")
                .param("unit", "QZ0101")
                .param("status", "HELD")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains("Mwisho hauwezi kuwa kabla ya mwanzo.", "Chagua angalau ujuzi mmoja.", "Mafunzo ya rufaa");
        assertThat(count("capacity_training")).isZero();

        MvcTestResult saved = mvc.post()
                .uri("/trainings")
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .param("title", "Referral basics")
                .param("competencies", "REFERRAL_CASE_MANAGEMENT")
                .param("startsOn", "2026-03-01")
                .param("endsOn", "2026-03-02")
                .param("unit", "QZ0101")
                .param("status", "HELD")
                .exchange();
        UUID id = jdbc.sql("select id from capacity_training").query(UUID.class).single();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/trainings/" + id);
        assertThat(mvc.post()
                        .uri("/trainings/" + id + "/participants")
                        .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                        .with(csrf())
                        .param("username", OFFICER)
                        .exchange())
                .hasStatus3xxRedirection();
        UUID participant = jdbc.sql("select id from capacity_participant")
                .query(UUID.class)
                .single();
        MvcTestResult tooMany = mvc.post()
                .uri("/trainings/" + id + "/results")
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("attended-" + participant, "on")
                .param("days-" + participant, "3")
                .exchange();
        assertThat(tooMany.getResponse().getContentAsString()).contains("Give a number of days from 0 to 2.");
        assertThat(mvc.post()
                        .uri("/trainings/" + id + "/results")
                        .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                        .with(csrf())
                        .param("attended-" + participant, "on")
                        .param("days-" + participant, "2")
                        .exchange())
                .hasStatus3xxRedirection();
        MvcTestResult page = mvc.get()
                .uri("/trainings/" + id)
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(page.getResponse().getContentAsString())
                .contains("1 of 1 participant", "Referral and case management basics", "Completed")
                .doesNotContain("results-form");
    }
}
