package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.ImportJobsAwait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Communities imported from a spreadsheet through the one import machinery: a good file (CSV and the XLSX template),
 * a file with problems (nothing written, every problem by line and column in the reader's language), a re-import
 * (nothing changed) and a corrected one (the changed record updated), places by P-code or by name with a place
 * above, inside the importer's area only, and the kind refused without its permission.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityImportIntegrationTests extends QuzlandCommunities {

    static final String GOOD = """
            pcode,place,parent,name,population_total,population_children,partner,origin,heard_from,facilitators
            QZ010101,,,Kpetema,1200,540,Synthetic test partner Children First,,,Fatmata Sesay; Musa Kamara
            ,amber south,Hill Province,Mano,800,,,NEIGHBOUR_REQUEST,Kpetema,
            """;

    @BeforeEach
    void aPartner() {
        CommunityTables.organisation(jdbc, "Children First", "INTERNATIONAL_NGO");
    }

    @Test
    void aGoodFileCreatesTheCommunitiesAndTheSameFileAgainChangesNothing() throws Exception {
        long created = auditLines("COMMUNITY_CREATED");
        long updated = auditLines("COMMUNITY_UPDATED");
        long imported = auditLines("RECORDS_IMPORTED");
        Map<String, Object> job = importFile("communities.csv", GOOD, COORDINATOR, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 2);
        assertThat(count("community")).isEqualTo(2);
        String mano = jdbc.sql("select c.origin || ' ' || s.name from community c join community s"
                        + " on s.id = c.source_community_id where c.name = 'Mano'")
                .query(String.class)
                .single();
        assertThat(mano).isEqualTo("NEIGHBOUR_REQUEST Kpetema");
        assertThat(jdbc.sql("select f.name from capacity_assignment a join capacity_facilitator f"
                                + " on f.id = a.facilitator_id join community c on c.id = a.community_id"
                                + " where c.name = 'Kpetema' order by f.name")
                        .query(String.class)
                        .list())
                .containsExactly("Fatmata Sesay", "Musa Kamara");
        assertThat(jdbc.sql("select count(*) from community where partner_id is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(auditLines("COMMUNITY_CREATED") - created).isEqualTo(2);

        Map<String, Object> again = importFile("communities.csv", GOOD, COORDINATOR, "en");
        assertThat(again)
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 2);
        assertThat(auditLines("COMMUNITY_UPDATED") - updated).isZero();

        Map<String, Object> corrected =
                importFile("communities.csv", GOOD.replace("1200,540", "1300,540"), COORDINATOR, "en");
        assertThat(corrected).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(jdbc.sql("select population_total from community where name = 'Kpetema'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1300L);
        assertThat(count("community")).isEqualTo(2);
        assertThat(auditLines("RECORDS_IMPORTED") - imported).isEqualTo(3);
    }

    @Test
    void aFileWithProblemsWritesNothingAndListsThemByLineAndColumnInTheReadersLanguage() throws Exception {
        String bad = """
                pcode,name,population_total,population_children,partner,colour
                QZ010101,Kpetema,1200,2000,,
                QZ999999,Nowhere,,,,
                QZ020101,Lakeside,,,,
                QZ0101,Amber,,,,
                QZ010102,Mano,many,,Unknown partner,
                QZ010102,Gbanja,,,,
                QZ010102,GBANJA,,,,
                """;

        Map<String, Object> job = importFile("bad.csv", bad, COORDINATOR, "fr");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(count("community")).isZero();
        List<String> problems =
                JsonPath.read(job, "$.problems[*]").toString().lines().toList();
        assertThat(problems).isNotEmpty();
        List<Map<String, Object>> list = JsonPath.read(job, "$.problems");
        assertThat(list)
                .extracting(p -> p.get("line") + " " + p.get("column"))
                .containsExactly(
                        "1 colour",
                        "2 population_children",
                        "3 pcode",
                        "4 pcode",
                        "5 pcode",
                        "6 population_total",
                        "6 partner",
                        "8 name");
        assertThat(list.get(0).get("message"))
                .isEqualTo("Colonne inconnue « colour ». Les colonnes sont : pcode,"
                        + " place, parent, name, population_total, population_children, partner, origin, heard_from,"
                        + " facilitators, outside_facilitators.");
        assertThat(list.get(3).get("message")).isEqualTo("Le lieu QZ020101 est hors de votre zone.");
        assertThat(list.get(7).get("message")).isEqualTo("Le même enregistrement figure déjà ligne 7.");
    }

    @Test
    void aNameSharedByTwoPlacesIsRefusedWithBothAndTheParentTellsThemApart() throws Exception {
        ImportJobsAwait.importFile(jobs, "amber-north-twin.csv", ("""
                ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE,ADM3_EN,ADM3_PCODE
                Quzland,QZ,Hill Province,QZ01,Birch,QZ0102,Amber North,QZ010202
                """).getBytes(StandardCharsets.UTF_8));
        String ambiguous = "place,name\nAmber North,Kpetema\n";

        Map<String, Object> refused = importFile("ambiguous.csv", ambiguous, NATIONAL, "en");

        assertThat(refused).containsEntry("status", "REJECTED");
        assertThat(JsonPath.<String>read(refused, "$.problems[0].message"))
                .isEqualTo("Several places are named \"Amber North\": QZ010101 Amber North, QZ010202 Amber North."
                        + " Give the P-code, or the name of the place above it in \"parent\".");

        Map<String, Object> told =
                importFile("told.csv", "place,parent,name\nAMBER NORTH,birch,Kpetema\n", NATIONAL, "en");
        assertThat(told).containsEntry("status", "SUCCEEDED");
        assertThat(jdbc.sql("select unit_path from community")
                        .query(String.class)
                        .single())
                .isEqualTo(unitPath("QZ010202"));
    }

    @Test
    void theXlsxTemplateExplainsItsColumnsAndImportsOnceFilledIn() throws Exception {
        MvcTestResult template = mvc.get()
                .uri("/api/v1/record-imports/communities/template?format=xlsx")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "sw")
                .exchange();
        assertThat(template).hasStatusOk();
        byte[] filled;
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            Sheet records = book.getSheetAt(0);
            assertThat(records.getRow(0).getCell(3).getStringCellValue()).isEqualTo("name *");
            Sheet readMe = book.getSheetAt(1);
            assertThat(readMe.getSheetName()).isEqualTo("Soma kwanza");
            assertThat(readMe.getRow(4).getCell(0).getStringCellValue()).isEqualTo("name");
            assertThat(readMe.getRow(4).getCell(2).getStringCellValue())
                    .isEqualTo("Jina la jamii (la kipekee mahali pake).");
            Row row = records.createRow(1);
            row.createCell(0).setCellValue("QZ010102");
            row.createCell(3).setCellValue("Gbanja");
            row.createCell(4).setCellValue(640);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            filled = out.toByteArray();
        }

        Map<String, Object> job = importBytes("filled.xlsx", filled, COORDINATOR, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 1);
        assertThat(jdbc.sql("select population_total from community where name = 'Gbanja'")
                        .query(Long.class)
                        .single())
                .isEqualTo(640L);
    }

    @Test
    void aSemicolonSeparatedFileWithAByteOrderMarkReadsAsSpreadsheetsSaveIt() throws Exception {
        Map<String, Object> job = importFile(
                "excel-fr.csv", "\uFEFFpcode;name;population_total\r\nQZ010101;Kpetema;1 200\r\n", COORDINATOR, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED");
        assertThat(jdbc.sql("select population_total from community")
                        .query(Long.class)
                        .single())
                .isEqualTo(1200L);
    }

    @Test
    void onlyThoseWhoManageCommunitiesImportThemAndAJobIsSeenByItsSubmitter() throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", "c.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .uri("/api/v1/record-imports/communities")
                        .multipart()
                        .file(file)
                        .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/api/v1/record-imports/nothing")
                        .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        String kinds = CommunityFixtures.body(mvc.get()
                .uri("/api/v1/record-imports")
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .exchange());
        assertThat(JsonPath.<List<String>>read(kinds, "$[*].kind")).doesNotContain("communities");
        MvcTestResult wrongType = mvc.post()
                .uri("/api/v1/record-imports/communities")
                .multipart()
                .file(new MockMultipartFile("file", "c.pdf", "application/pdf", new byte[] {1, 2}))
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .exchange();
        assertThat(wrongType).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(wrongType).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");

        Map<String, Object> job = importFile("communities.csv", GOOD, COORDINATOR, "en");
        assertThat(mvc.get()
                        .uri("/api/v1/record-imports/jobs/" + job.get("id"))
                        .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePagesUploadAFileAndShowItsJob() throws Exception {
        MvcTestResult index = mvc.get()
                .uri("/record-imports")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .exchange();
        assertThat(index).hasStatusOk();
        assertThat(index.getResponse().getContentAsString()).contains("/record-imports/communities");

        MvcTestResult empty = mvc.post()
                .uri("/record-imports/communities")
                .multipart()
                .file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        assertThat(empty).hasStatusOk();
        assertThat(empty.getResponse().getContentAsString()).contains("Choose a file to import.");

        MvcTestResult sent = mvc.post()
                .uri("/record-imports/communities")
                .multipart()
                .file(new MockMultipartFile("file", "c.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8)))
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        assertThat(sent).hasStatus3xxRedirection();
        String location = sent.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/record-imports/jobs/");
        String id = location.substring("/record-imports/jobs/".length());
        awaitFinished(id, COORDINATOR);
        MvcTestResult page = mvc.get()
                .uri(location)
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString()).contains("data-status=\"SUCCEEDED\"");
    }

    long auditLines(String action) {
        return jdbc.sql("select count(*) from access_audit where action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    Map<String, Object> importFile(String name, String content, String user, String language) throws Exception {
        return importBytes(name, content.getBytes(StandardCharsets.UTF_8), user, language);
    }

    Map<String, Object> importBytes(String name, byte[] content, String user, String language) throws Exception {
        Role role = user.equals(NATIONAL) ? Role.NATIONAL_COORDINATOR : Role.DISTRICT_COORDINATOR;
        MvcTestResult submitted = mvc.post()
                .uri("/api/v1/record-imports/communities")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(TestAccounts.as(user, role))
                .header("Accept-Language", language)
                .exchange();
        assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
        String id = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
        return awaitFinished(id, user, role, language);
    }

    Map<String, Object> awaitFinished(String id, String user) throws Exception {
        return awaitFinished(id, user, Role.DISTRICT_COORDINATOR, "en");
    }

    Map<String, Object> awaitFinished(String id, String user, Role role, String language) throws Exception {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    body[0] = mvc.get()
                            .uri("/api/v1/record-imports/jobs/" + id)
                            .with(TestAccounts.as(user, role))
                            .header("Accept-Language", language)
                            .exchange()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                    String status = JsonPath.read(body[0], "$.status");
                    return !status.equals("QUEUED") && !status.equals("RUNNING");
                });
        return JsonPath.read(body[0], "$");
    }
}
