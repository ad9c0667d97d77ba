package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Participants of trainings imported from a spreadsheet: each person enrolled once, as the training page's form enrols
 * them (audit line, enrolment message), with attendance and scores checked and recorded as the results form does; a
 * person of the facilitators register recognised by name in the training's district; a re-import changes nothing and
 * a corrected one only the result that differs; trainings named by title (with a start date where titles repeat) or
 * id, inside the importer's area only; every problem of a file by line and column, and nothing written then.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipantImportIntegrationTests extends QuzlandCapacity {

    static final String GOOD = """
            training,name,sex,organisation,role,attended,days_attended,score
            Referral basics,synthetic aminata sesay,,Hope Network,Facilitator,yes,1,80
            referral basics,Synthetic Musa Kamara,MALE,,,no,0,
            Referral basics,Synthetic Fatu Conteh,female,Ministry,Social worker,,,
            """;

    UUID referral;
    UUID aminata;

    @BeforeEach
    void anAssessedTrainingAndAPersonOfTheRegister() {
        referral = recordTraining(training("QZ0101", "FACILITATION", "\"assessed\":true,\"passMark\":60"));
        aminata = CapacityTables.facilitator(jdbc, "Synthetic Aminata Sesay", "QZ010101");
        jdbc.sql("update capacity_facilitator set phone = '+232 76 555 010' where id = ?")
                .param(aminata)
                .update();
    }

    @Test
    void aGoodFileEnrolsEachPersonOnceWithTheirResultsAndTheSameFileAgainChangesNothing() throws Exception {
        long messagesBefore = enrolmentMessages();

        Map<String, Object> job = importFile("participants.csv", GOOD, AMBER, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 3);
        assertThat(count("capacity_participant")).isEqualTo(3);
        assertThat(participant("Synthetic Aminata Sesay"))
                .isEqualTo("FEMALE Hope Network Facilitator " + aminata + " true 1 80 " + AMBER);
        assertThat(participant("Synthetic Musa Kamara")).isEqualTo("MALE null null null false 0 null " + AMBER);
        assertThat(participant("Synthetic Fatu Conteh"))
                .isEqualTo("FEMALE Ministry Social worker null null null null " + AMBER);
        assertThat(audited("PARTICIPANT_ADDED")).isEqualTo(3);
        assertThat(audited("TRAINING_RESULTS_RECORDED")).isOne();
        assertThat(jdbc.sql("select count(distinct actor) from access_audit where seq > ? and action in"
                                + " ('PARTICIPANT_ADDED', 'TRAINING_RESULTS_RECORDED') and actor = ?")
                        .params(auditedBefore, AMBER)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(enrolmentMessages() - messagesBefore)
                .as("an SMS to the one person whose register record has a phone")
                .isOne();
        assertThat(get("/api/v1/trainings/" + referral, AMBER, Role.DISTRICT_COORDINATOR))
                .bodyJson()
                .extractingPath("$.completedCount")
                .isEqualTo(1);

        Map<String, Object> again = importFile("participants.csv", GOOD, AMBER, "en");

        assertThat(again)
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 3);
        assertThat(count("capacity_participant")).isEqualTo(3);
        assertThat(audited("PARTICIPANT_ADDED")).isEqualTo(3);
        assertThat(audited("TRAINING_RESULTS_RECORDED")).isOne();
        assertThat(enrolmentMessages() - messagesBefore).isOne();

        Map<String, Object> corrected = importFile("participants.csv", GOOD.replace("no,0,", "yes,1,55"), AMBER, "en");

        assertThat(corrected).containsEntry("updated", 1).containsEntry("unchanged", 2);
        assertThat(participant("Synthetic Musa Kamara")).isEqualTo("MALE null null null true 1 55 " + AMBER);
        assertThat(audited("TRAINING_RESULTS_RECORDED")).isEqualTo(2);
        assertThat(audited("RECORDS_IMPORTED")).isEqualTo(3);
    }

    @Test
    void aParticipantTheFormAddedIsTheSamePersonInTheFile() throws Exception {
        assertThat(post(
                        "/api/v1/trainings/" + referral + "/participants",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"name\":\"Synthetic Fatu Conteh\",\"sex\":\"FEMALE\"}"))
                .hasStatus(201);
        assertThat(post(
                        "/api/v1/trainings/" + referral + "/participants",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"facilitatorId\":\"" + aminata + "\"}"))
                .hasStatus(201);

        Map<String, Object> job = importFile("participants.csv", GOOD, AMBER, "en");

        assertThat(job).containsEntry("created", 1).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(count("capacity_participant")).isEqualTo(3);
        assertThat(participant("Synthetic Aminata Sesay"))
                .as("the result recorded; what the form wrote of the person kept")
                .isEqualTo("FEMALE null null " + aminata + " true 1 80 " + AMBER);
    }

    @Test
    void readingProblemsAreListedByLineAndColumnInTheReadersLanguageAndNothingIsWritten() throws Exception {
        String bad = """
                training,starts_on,name,sex,attended,days_attended,score
                Referral basics,yesterday,Synthetic Ama,FEMALE,maybe,,
                Referral basics,,,X,,2,
                Referral basics,,Synthetic Bo,MALE,no,many,
                """;

        Map<String, Object> job = importFile("bad.csv", bad, AMBER, "fr");

        assertThat(job).containsEntry("status", "REJECTED");
        List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
        assertThat(problems)
                .extracting(p -> p.get("line") + " " + p.get("column"))
                .containsExactly("2 starts_on", "2 attended", "3 name", "3 sex", "3 attended", "4 days_attended");
        assertThat(problems.get(1).get("message")).isEqualTo("« maybe » n’est ni yes ni no (oui ou non).");
        assertThat(problems.get(4).get("message"))
                .isEqualTo(
                        "Indiquez si la personne était présente (yes ou no) quand vous donnez des jours ou une note.");
        assertThat(count("capacity_participant")).isZero();
    }

    @Test
    void trainingsAndResultsAreCheckedAsTheFormsCheckThemAndNothingIsWritten() throws Exception {
        UUID twin = CapacityTables.training(jdbc, "QZ0101");
        UUID older = CapacityTables.training(jdbc, "QZ0101");
        LocalDate tenDaysAgo = LocalDate.now().minusDays(10);
        jdbc.sql("update capacity_training set starts_on = ?, ends_on = ? where id = ?")
                .params(tenDaysAgo, tenDaysAgo, older)
                .update();
        UUID cedar = CapacityTables.training(jdbc, "QZ0201");
        jdbc.sql("update capacity_training set title = 'Cedar basics' where id = ?")
                .param(cedar)
                .update();
        String bad = """
                training,starts_on,name,sex,attended,days_attended,score
                Nowhere basics,,Synthetic Ama,FEMALE,,,
                Facilitation basics,,Synthetic Bo,MALE,,,
                Cedar basics,,Synthetic Ce,FEMALE,,,
                Referral basics,2020-01-01,Synthetic Di,MALE,,,
                Referral basics,,Synthetic Ed,,yes,3,120
                Facilitation basics,%s,Synthetic Fo,MALE,no,,50
                Referral basics,,SYNTHETIC ED,MALE,,,
                """.formatted(tenDaysAgo);

        Map<String, Object> job = importFile("bad.csv", bad, AMBER, "en");

        assertThat(job).containsEntry("status", "REJECTED");
        List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
        assertThat(problems)
                .extracting(p -> p.get("line") + " " + p.get("column"))
                .containsExactly(
                        "2 training",
                        "3 training",
                        "4 training",
                        "5 starts_on",
                        "6 sex",
                        "6 days_attended",
                        "6 score",
                        "7 score",
                        "8 name");
        assertThat(problems)
                .extracting(p -> p.get("message"))
                .containsExactly(
                        "No training in your area is titled “Nowhere basics”.",
                        "Several trainings are titled “Facilitation basics”: " + tenDaysAgo + " QZ0101, "
                                + LocalDate.now().minusDays(1) + " QZ0101. Give its start date in “starts_on”, or its"
                                + " id.",
                        "The training “Cedar basics” is outside your area.",
                        "No training titled “Referral basics” starts on 2020-01-01.",
                        "Choose female or male.",
                        "Give a number of days from 0 to 1.",
                        "Give a number from 0 to 100.",
                        "This training has no assessment.",
                        "The same record is on line 6 already.");
        assertThat(count("capacity_participant")).isZero();

        Map<String, Object> told = importFile(
                "told.csv",
                "training,starts_on,name,sex\nFacilitation basics," + tenDaysAgo + ",Synthetic Bo,MALE\n" + twin
                        + ",,Synthetic Bo,MALE\n",
                AMBER,
                "en");
        assertThat(told).containsEntry("status", "SUCCEEDED").containsEntry("created", 2);
        assertThat(jdbc.sql("select count(*) from capacity_participant where training_id in (?, ?)")
                        .params(twin, older)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theXlsxTemplateExplainsItsColumnsAndImportsOnceFilledIn() throws Exception {
        MvcTestResult template = mvc.get()
                .uri("/api/v1/record-imports/training-participants/template?format=xlsx")
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "sw")
                .exchange();
        assertThat(template).hasStatusOk();
        byte[] filled;
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            Sheet records = book.getSheetAt(0);
            assertThat(records.getRow(0).getCell(0).getStringCellValue()).isEqualTo("training *");
            assertThat(records.getRow(0).getCell(2).getStringCellValue()).isEqualTo("name *");
            Sheet readMe = book.getSheetAt(1);
            assertThat(readMe.getRow(1).getCell(0).getStringCellValue()).isEqualTo("training");
            assertThat(readMe.getRow(1).getCell(2).getStringCellValue()).startsWith("Mafunzo: kichwa chake");
            Row row = records.createRow(1);
            row.createCell(0).setCellValue("Referral basics");
            row.createCell(2).setCellValue("Synthetic Kadie Bangura");
            row.createCell(3).setCellValue("FEMALE");
            row.createCell(6).setCellValue("yes");
            row.createCell(7).setCellValue(1);
            row.createCell(8).setCellValue(64);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            filled = out.toByteArray();
        }

        Map<String, Object> job = importBytes("filled.xlsx", filled, AMBER, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 1);
        assertThat(participant("Synthetic Kadie Bangura")).isEqualTo("FEMALE null null null true 1 64 " + AMBER);
    }

    @Test
    void onlyThoseWhoManageTrainingsImportParticipants() throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", "p.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .uri("/api/v1/record-imports/training-participants")
                        .multipart()
                        .file(file)
                        .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("capacity_participant")).isZero();
        MvcTestResult kinds = get("/api/v1/record-imports", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(JsonPath.<List<String>>read(body(kinds), "$[*].kind")).contains("training-participants");
        MvcTestResult page = mvc.get()
                .uri("/trainings/" + referral)
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("href=\"/record-imports/training-participants\"");
        MvcTestResult importPage = mvc.get()
                .uri("/record-imports/training-participants")
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(importPage).hasStatusOk();
        assertThat(body(importPage)).contains("Participants aux formations").contains("days_attended");
        assertThat(mvc.get()
                        .uri("/record-imports/training-participants")
                        .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    /** Name, sex, organisation, role, facilitator, attended, days, score and who wrote the participant. */
    String participant(String name) {
        return jdbc.sql("select sex, organisation, role_title, facilitator_id, attended, days_attended, score,"
                        + " created_by from capacity_participant where name = ?")
                .param(name)
                .query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4) + " " + rs.getObject(5) + " " + rs.getObject(6) + " " + rs.getObject(7) + " "
                        + rs.getString(8))
                .single();
    }

    long enrolmentMessages() {
        return jdbc.sql("select count(*) from notification_outbox where template = 'trainingEnrolled'")
                .query(Long.class)
                .single();
    }

    Map<String, Object> importFile(String name, String content, String user, String language) throws Exception {
        return importBytes(name, content.getBytes(StandardCharsets.UTF_8), user, language);
    }

    Map<String, Object> importBytes(String name, byte[] content, String user, String language) throws Exception {
        MvcTestResult submitted = mvc.post()
                .uri("/api/v1/record-imports/training-participants")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(TestAccounts.as(user, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", language)
                .exchange();
        assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
        String id = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
        String[] answer = new String[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    answer[0] = mvc.get()
                            .uri("/api/v1/record-imports/jobs/" + id)
                            .with(TestAccounts.as(user, Role.DISTRICT_COORDINATOR))
                            .header("Accept-Language", language)
                            .exchange()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                    String status = JsonPath.read(answer[0], "$.status");
                    return !status.equals("QUEUED") && !status.equals("RUNNING");
                });
        return JsonPath.read(answer[0], "$");
    }
}
