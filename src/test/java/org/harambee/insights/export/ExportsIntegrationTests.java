package org.harambee.insights.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A unit's indicators leave as tidy CSV or XLSX: exact for Amber's district coordinator, small cells hidden (empty,
 * suppressed true) for a researcher; each export is audited without figures or names; others are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExportsIntegrationTests extends QuzlandExports {

    @Test
    void theCsvOfAResearcherHidesAmberNorthsSmallCells() {
        long audits = audited("INSIGHTS_EXPORTED");

        MvcTestResult result =
                get("/api/v1/insights/QZ0101/export?period=2025-Q3&format=csv", RESEARCHER, Role.RESEARCHER);

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        String csv = body(result);
        assertThat(csv).startsWith("\uFEFF");
        List<Map<String, String>> rows = parse(csv.substring(1));
        Map<String, String> north = row(rows, "QZ010101", "referral-completion");
        assertThat(north)
                .containsEntry("suppressed", "true")
                .containsEntry("value", "")
                .containsEntry("numerator", "");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("period")).isEqualTo("2025-Q3"));
        assertThat(rows.stream().map(r -> r.get("pcode")).distinct()).contains("QZ0101", "QZ010101", "QZ010102");
        assertThat(audited("INSIGHTS_EXPORTED")).isEqualTo(audits + 1);
        String detail = jdbc.sql("select detail from access_audit where action = 'INSIGHTS_EXPORTED' order by seq desc"
                        + " limit 1")
                .query(String.class)
                .single();
        assertThat(detail).contains("csv", "2025-Q3", "suppressed").doesNotContain("Amber", "15");
    }

    @Test
    void theCsvOfAmbersCoordinatorIsExact() {
        List<Map<String, String>> rows =
                parse(body(get("/api/v1/insights/QZ0101/export?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR))
                        .substring(1));

        assertThat(row(rows, "QZ010101", "referral-completion"))
                .containsEntry("numerator", "2")
                .containsEntry("denominator", "3")
                .containsEntry("suppressed", "false");
        assertThat(Double.parseDouble(
                        row(rows, "QZ010101", "referral-completion").get("value")))
                .isBetween(66.6, 66.7);
    }

    @Test
    void theXlsxFromThePageOpensWithTheSameRows() throws Exception {
        MvcTestResult result = get("/insights/QZ0101/export.xlsx?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR);

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("indicators-QZ0101-2025-Q3.xlsx");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("indicators");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(IndicatorFiles.HEADER);
            Row north = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0
                        && row.getCell(0).getStringCellValue().equals("QZ010101")
                        && row.getCell(3).getStringCellValue().equals("referral-completion")) {
                    north = row;
                }
            }
            assertThat(north).isNotNull();
            assertThat(north.getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(north.getCell(5).getNumericCellValue()).isEqualTo(3.0);
            assertThat(north.getCell(7).getBooleanCellValue()).isFalse();
            assertThat(sheet.getLastRowNum()).isGreaterThan(3);
        }
    }

    @Test
    void aSuppressedXlsxCellIsBlank() throws Exception {
        MvcTestResult result =
                get("/api/v1/insights/QZ0101/export?period=2025-Q3&format=xlsx", RESEARCHER, Role.RESEARCHER);

        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (Row row : workbook.getSheet("indicators")) {
                if (row.getRowNum() > 0
                        && row.getCell(0).getStringCellValue().equals("QZ010101")
                        && row.getCell(3).getStringCellValue().equals("referral-completion")) {
                    assertThat(row.getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
                    assertThat(row.getCell(7).getBooleanCellValue()).isTrue();
                }
            }
        }
    }

    @Test
    void anEmptyShareIsNotSuppressedForAnExactReaderAndAHiddenOneIsNeverAZero() {
        List<Map<String, String>> exact =
                parse(body(get("/api/v1/insights/QZ0101/export?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR))
                        .substring(1));
        List<Map<String, String>> suppressed =
                parse(body(get("/api/v1/insights/QZ0101/export?period=2025-Q3", RESEARCHER, Role.RESEARCHER))
                        .substring(1));

        // No participants in the quarter: 0 of 0 has no value, and nothing is hidden from Amber's coordinator.
        assertThat(row(exact, "QZ010101", "female-participation"))
                .containsEntry("numerator", "0")
                .containsEntry("denominator", "0")
                .containsEntry("value", "")
                .containsEntry("suppressed", "false");
        assertThat(exact).allSatisfy(r -> assertThat(r.get("suppressed")).isEqualTo("false"));
        assertThat(suppressed)
                .filteredOn(r -> r.get("suppressed").equals("true"))
                .allSatisfy(r -> assertThat(r.get("value")).isEmpty());
    }

    @Test
    void anIndicatorNotDefinedAtALevelIsNotExported() {
        List<Map<String, String>> rows =
                parse(body(get("/api/v1/insights/QZ0101/export?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR))
                        .substring(1));

        assertThat(rows)
                .filteredOn(r -> r.get("indicator").equals("district-penetration"))
                .extracting(r -> r.get("pcode"))
                .containsExactly("QZ0101");
    }

    @Test
    void aFacilitatorMayNotExportAndAPeriodMustBeOne() {
        assertThat(get("/api/v1/insights/QZ0101/export?period=2025-Q3", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
        assertThat(get("/api/v1/insights/QZ02/export?period=2025-Q3", RESEARCHER, Role.RESEARCHER))
                .hasStatus(403);
        MvcTestResult bad = get("/api/v1/insights/QZ0101/export?period=2025-Q5", RESEARCHER, Role.RESEARCHER);
        assertThat(bad).hasStatus(400);
        assertThat(JsonPath.<List<String>>read(body(bad), "$.errors[*].field")).containsExactly("period");
        assertThat(get("/api/v1/insights/QZ0101/export?period=2025-Q3&format=pdf", RESEARCHER, Role.RESEARCHER))
                .hasStatus(400);
    }

    /** RFC 4180 rows as header → cell (the fixture's cells hold no comma or quote). */
    static List<Map<String, String>> parse(String csv) {
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.subList(1, lines.size()).stream()
                .map(line -> {
                    String[] cells = line.split(",", -1);
                    assertThat(cells).hasSize(header.size());
                    return java.util.stream.IntStream.range(0, header.size())
                            .boxed()
                            .collect(Collectors.toMap(header::get, i -> cells[i]));
                })
                .toList();
    }

    static Map<String, String> row(List<Map<String, String>> rows, String pcode, String indicator) {
        return rows.stream()
                .filter(r -> r.get("pcode").equals(pcode) && r.get("indicator").equals(indicator))
                .findFirst()
                .orElseThrow();
    }
}
