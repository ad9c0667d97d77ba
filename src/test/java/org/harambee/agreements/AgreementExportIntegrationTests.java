package org.harambee.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The agreements list sorted and paged, and its CSV and XLSX files: the reader's area only, a place outside it refused,
 * places and parties named, formula-like titles disarmed, each export audited with its filters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementExportIntegrationTests extends QuzlandAgreements {

    @Test
    void theListExportsAsCsvWithItsPlacesAndPartiesAndIsAudited() throws Exception {
        drafted("Amber referral agreement");
        long before = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();

        MvcTestResult file = get("/api/v1/agreements?unit=QZ0101&format=csv", RESEARCHER);
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"agreements-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<String> lines = file.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFTitle,Formality,Status,P-code,Place,Start date,End date,Review date,Parties");
        assertThat(lines)
                .hasSize(2)
                .last()
                .asString()
                .startsWith("Amber referral agreement,Signed memorandum of understanding,Draft,")
                .endsWith("Amber river cluster · Synthetic test office Amber District Social Welfare Office");
        assertThat(jdbc.sql("select detail from access_audit where action = 'AGREEMENTS_EXPORTED' and seq > ?")
                        .param(before)
                        .query(String.class)
                        .list())
                .containsExactly("csv status= party= sort= 1 row(s)");
    }

    @Test
    void aTitleLikeAFormulaIsWrittenAsTextInXlsx() throws Exception {
        drafted("=HYPERLINK(\\\"http://x.invalid\\\",\\\"y\\\")");
        drafted("@SUM(A1)");

        MvcTestResult file = get("/agreements?format=xlsx&sort=title", COORDINATOR);
        assertThat(file).hasStatusOk();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Title");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(List.of(
                            sheet.getRow(1).getCell(0).getStringCellValue(),
                            sheet.getRow(2).getCell(0).getStringCellValue()))
                    .containsExactlyInAnyOrder("'=HYPERLINK(\"http://x.invalid\",\"y\")", "'@SUM(A1)");
        }
    }

    @Test
    void aReaderOutsideTheAreaGetsNoneAndAPlaceOutsideItIsRefused() throws Exception {
        drafted("Amber referral agreement");

        String lake = get("/api/v1/agreements?format=csv", LAKE_FACILITATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(lake.lines()).hasSize(1);
        assertThat(get("/api/v1/agreements?unit=QZ0101&format=csv", LAKE_FACILITATOR))
                .hasStatus(403);
        assertThat(get("/api/v1/agreements?unit=QZ0101", LAKE_FACILITATOR)).hasStatus(403);
    }

    @Test
    void theListSortsByAWhitelistedColumnAndPages() {
        drafted("Bravo");
        drafted("Alpha");
        drafted("Charlie");

        String first = body(get("/api/v1/agreements?sort=title&size=2", COORDINATOR));
        assertThat(JsonPath.<List<String>>read(first, "$.items[*].title")).containsExactly("Alpha", "Bravo");
        assertThat(JsonPath.<Integer>read(first, "$.totalItems")).isEqualTo(3);
        String second = body(get("/api/v1/agreements?sort=title&size=2&page=1", COORDINATOR));
        assertThat(JsonPath.<List<String>>read(second, "$.items[*].title")).containsExactly("Charlie");
        String latest = body(get("/api/v1/agreements?sort=updated", COORDINATOR));
        assertThat(JsonPath.<List<String>>read(latest, "$.items[*].title"))
                .first()
                .isEqualTo("Charlie");

        assertThat(get("/api/v1/agreements?sort=purpose", COORDINATOR)).hasStatus(400);
        assertThat(get("/api/v1/agreements?format=pdf", COORDINATOR)).hasStatus(400);
    }

    @Test
    void theListPageOffersTheFilesWithItsFilters() throws Exception {
        drafted("Amber referral agreement");
        String page = get("/agreements?status=DRAFT&sort=review", COORDINATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("status=DRAFT&amp;party=&amp;sort=review&amp;format=csv", "format=xlsx");
        assertThat(get("/agreements?format=pdf", COORDINATOR)).hasStatus(400);
        assertThat(get("/agreements?sort=reason&format=csv", COORDINATOR)).hasStatus(400);
    }

    private void drafted(String title) {
        String json = agreementJson("SIGNED_MOU", cluster, office)
                .replace("\"title\":\"Amber referral agreement\"", "\"title\":\"" + title + "\"");
        assertThat(post("/api/v1/agreements", COORDINATOR, json)).hasStatus(201);
    }
}
