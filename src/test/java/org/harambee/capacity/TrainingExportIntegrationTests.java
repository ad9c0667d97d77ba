package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The trainings list sorted and as CSV or XLSX, and a training's participants with attendance and scores as a second
 * file: the reader's area only, a place outside it refused, each file audited with its filters and row count and never
 * a participant's name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingExportIntegrationTests extends QuzlandCapacity {

    @Test
    void theListExportsAsCsvInsideTheAreaAndIsAudited() throws Exception {
        UUID amber = recordTraining(training("QZ0101", "FACILITATION", null));
        recordTraining(training("QZ0201", "FACILITATION", null));
        post(
                "/api/v1/trainings/" + amber + "/participants",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"username\":\"" + OFFICER + "\"}");

        MvcTestResult file = get("/api/v1/trainings?format=csv", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"trainings-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<String> lines = file.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFTitle,Competencies covered,Starts on,Ends on,P-code,Place,Status,Participants");
        String yesterday = LocalDate.now().minusDays(1).toString();
        assertThat(lines)
                .hasSize(2)
                .last()
                .asString()
                .startsWith("Referral basics,")
                .contains("," + yesterday + "," + yesterday + ",QZ0101,")
                .endsWith(",Held,1");
        assertThat(jdbc.sql("select detail from access_audit where action = 'TRAININGS_EXPORTED' and seq > ?")
                        .param(auditedBefore)
                        .query(String.class)
                        .list())
                .containsExactly("csv status= sort= 1 row(s)");
        assertThat(get("/api/v1/trainings?unit=QZ0201&format=csv", AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(get("/trainings?unit=QZ0201&format=xlsx", AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
    }

    @Test
    void theListSortsByAWhitelistedColumnAndTheFileFollowsItInFrench() throws Exception {
        recordTraining(training("QZ0101", "FACILITATION", null).replace("Referral basics", "Bravo"));
        recordTraining(training("QZ0101", "FACILITATION", null).replace("Referral basics", "Alpha"));

        String sorted = body(get("/api/v1/trainings?sort=title", AMBER, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(sorted, "$[*].title")).containsExactly("Alpha", "Bravo");
        assertThat(get("/api/v1/trainings?sort=venue", AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(400);
        assertThat(get("/api/v1/trainings?format=pdf", AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(400);
        assertThat(get("/trainings?sort=venue&format=csv", AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(400);

        MvcTestResult file = mvc.get()
                .uri("/trainings?sort=title&status=HELD&format=xlsx")
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(file).hasStatusOk();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Lieu");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Alpha");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Bravo");
        }
        String page = body(get("/trainings?sort=title&status=HELD", AMBER, Role.DISTRICT_COORDINATOR));
        assertThat(page).contains("status=HELD&amp;sort=title&amp;format=csv", "format=xlsx");
    }

    @Test
    void aTrainingsParticipantsExportWithAttendanceAndScores() throws Exception {
        UUID training = recordTraining(training("QZ0101", "FACILITATION", "\"assessed\":true,\"passMark\":60"));
        String uri = "/api/v1/trainings/" + training + "/participants";
        UUID officer =
                lastParticipant(post(uri, AMBER, Role.DISTRICT_COORDINATOR, "{\"username\":\"" + OFFICER + "\"}"));
        UUID sia = lastParticipant(post(
                uri,
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"=Sia Conteh\",\"sex\":\"FEMALE\",\"organisation\":\"Police\"}"));
        assertThat(put(
                        "/api/v1/trainings/" + training + "/results",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"results\":[{\"participantId\":\"" + officer + "\",\"attended\":true,\"daysAttended\":1,"
                                + "\"score\":75},{\"participantId\":\"" + sia + "\",\"attended\":false}]}"))
                .hasStatusOk();

        MvcTestResult file = get("/trainings/" + training + "?format=xlsx", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"training-participants-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Score");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(OFFICER);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(75);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=Sia Conteh");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Police");
        }
        String csv = body(get("/api/v1/trainings/" + training + "?format=csv", AMBER, Role.DISTRICT_COORDINATOR));
        assertThat(csv.lines()).hasSize(3);
        assertThat(jdbc.sql("select detail from access_audit where action = 'TRAINING_PARTICIPANTS_EXPORTED'"
                                + " and seq > ? order by seq")
                        .param(auditedBefore)
                        .query(String.class)
                        .list())
                .containsExactly("xlsx 2 row(s)", "csv 2 row(s)");
        assertThat(jdbc.sql("select count(*) from access_audit where seq > ? and detail like '%Sia%'")
                        .param(auditedBefore)
                        .query(Long.class)
                        .single())
                .isZero();

        UUID cedar = recordTraining(training("QZ0201", "FACILITATION", null));
        assertThat(get("/api/v1/trainings/" + cedar + "?format=csv", AMBER, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        String page = body(get("/trainings/" + training, AMBER, Role.DISTRICT_COORDINATOR));
        assertThat(page).contains("participant-downloads", "format=xlsx");
    }
}
