package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exported XLSX sheets: text typed as text with formulas disarmed, numbers as numbers, many rows in a small window. */
class XlsxSheetTests {

    @Test
    void textThatASpreadsheetWouldRunIsPrefixedAndNeverAFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = new XlsxSheet(out, "list", List.of("name", "count"))) {
            sheet.row("=HYPERLINK(\"http://example.invalid\",\"x\")", 3L);
            sheet.row("+1", null);
            sheet.row("-3", 2.5);
            sheet.row("@SUM(A1)", true);
            sheet.row("Amber, North", 0);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheet("list");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"x\")");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'+1");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'-3");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(sheet.getRow(4).getCell(1).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Amber, North");
        }
    }

    @Test
    void rowsPastTheWindowAreFlushedAndAllReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = XlsxSheet.WINDOW * 5 + 7;
        try (XlsxSheet sheet = new XlsxSheet(out, "list", List.of("n"))) {
            for (int i = 0; i < rows; i++) {
                sheet.row((long) i);
            }
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheet("list");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            assertThat(sheet.getRow(rows).getCell(0).getNumericCellValue()).isEqualTo(rows - 1.0);
        }
    }

    @Test
    void aFormatIsNamedByItsExtensionAndAnyOtherIsRefused() {
        assertThat(ExportFormat.parse(" XLSX ")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.parse("csv")).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.parse(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ExportFormat.parse("pdf"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> assertThat(((InvalidInputException) e).byField()).containsKey("format"));
    }
}
