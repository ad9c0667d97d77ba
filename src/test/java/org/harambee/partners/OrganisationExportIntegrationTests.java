package org.harambee.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The organisations list sorted and as CSV or XLSX: every organisation the list shows, each with where it works today
 * inside the reader's area only; formula-like names disarmed; each file audited with its filters and row count.
 */
class OrganisationExportIntegrationTests extends PartnersWebTests {

    @Test
    void theListExportsWithThePresenceInsideTheReadersAreaAndIsAudited() throws Exception {
        UUID aid = organisation("Child Aid Quzland", "INTERNATIONAL_NGO");
        organisation("Hill Women's Group", "COMMUNITY_BASED");
        presence(AMBER, aid, "QZ010101", "CHILD_PROTECTION", "2026-01-01", null);
        presence(CEDAR, aid, "QZ020101", "HEALTH", "2026-01-01", null);
        long before = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();

        MvcTestResult file = get(AMBER, "/api/v1/organisations?format=csv&sort=name");
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"organisations-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<String> lines = file.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFName,Short name,Kind,Country (P-code),Active,Works today in (your area),Sectors");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("Child Aid Quzland,").endsWith("(QZ010101),Child protection");
        assertThat(lines.get(1)).doesNotContain("QZ020101", "Health");
        assertThat(lines.get(2)).startsWith("Hill Women's Group,").endsWith(",true,,");
        assertThat(jdbc.sql("select detail from access_audit where action = 'ORGANISATIONS_EXPORTED' and seq > ?")
                        .param(before)
                        .query(String.class)
                        .list())
                .containsExactly("csv q= kind= active= sort=name 2 row(s)");

        String cedar = get(CEDAR, "/api/v1/organisations?format=csv&q=aid")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(cedar.lines())
                .hasSize(2)
                .last()
                .asString()
                .contains("(QZ020101)")
                .doesNotContain("QZ010101");
    }

    @Test
    void theListSortsByAWhitelistedColumnAndTheFileIsInTheReadersLanguage() throws Exception {
        organisation("Bravo Aid", "NATIONAL_NGO");
        organisation("=Alpha", "COMMUNITY_BASED");

        assertThat(get(RESEARCHER, "/api/v1/organisations?sort=kind"))
                .bodyJson()
                .extractingPath("$.items[*].name")
                .isEqualTo(List.of("=Alpha", "Bravo Aid"));
        assertThat(get(RESEARCHER, "/api/v1/organisations?sort=website")).hasStatus(400);
        assertThat(get(RESEARCHER, "/api/v1/organisations?format=pdf")).hasStatus(400);
        assertThat(get(RESEARCHER, "/organisations?sort=website&format=csv")).hasStatus(400);

        MvcTestResult file = mvc.get()
                .uri("/organisations?kind=NATIONAL_NGO&format=xlsx")
                .with(RESEARCHER)
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(file).hasStatusOk();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nom");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Secteurs");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bravo Aid");
        }
        MvcTestResult all = get(RESEARCHER, "/api/v1/organisations?format=xlsx");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(all.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("'=Alpha");
        }
        String page = get(RESEARCHER, "/organisations?kind=NATIONAL_NGO&sort=kind")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("kind=NATIONAL_NGO&amp;status=&amp;sort=kind&amp;format=csv", "format=xlsx");
    }
}
