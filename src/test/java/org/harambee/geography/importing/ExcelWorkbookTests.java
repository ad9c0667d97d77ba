package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.importing.ImportFixtures.assertNoProblems;
import static org.harambee.geography.importing.ImportFixtures.unitOf;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.geography.OchaFiles;
import org.junit.jupiter.api.Test;

/** COD-AB workbooks as HDX serves them: a sheet per level, read-me sheets, HXL rows, Excel dates. */
class ExcelWorkbookTests {

    @Test
    void aWorkbookWithOneSheetPerLevelGivesTheWholeHierarchy() {
        ParseResult result =
                new UnitFileParser().parse("qz_adminboundaries_tabulardata.xlsx", OchaFiles.codAbWorkbook());

        assertNoProblems(result);
        assertThat(result.format()).isEqualTo("xlsx");
        assertThat(result.units())
                .extracting(ParsedUnit::pcode)
                .containsExactly("QZ", "QZ01", "QZ02", "QZ0101", "QZ0102", "QZ0201");
        ParsedUnit birch = unitOf(result, "QZ0102");
        assertThat(birch.parentPcode()).isEqualTo("QZ01");
        assertThat(birch.names()).isEqualTo(Map.of("en", "Birch", "fr", "Bouleau"));
        assertThat(birch.validFrom()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(birch.line())
                .as("row 2 is the HXL row, so Birch is on row 4")
                .isEqualTo(4);
    }

    @Test
    void theKindIsToldByTheFirstBytesWhenTheNameHasNoExtension() {
        ParseResult result = new UnitFileParser().parse("download", OchaFiles.codAbWorkbook());

        assertThat(result.format()).isEqualTo("xlsx");
        assertThat(result.units()).hasSize(6);
    }

    @Test
    void aProblemNamesTheSheetAndRowItIsOn() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("qz_adm1");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("ADM1_EN");
            header.createCell(1).setCellValue("ADM1_PCODE");
            header.createCell(2).setCellValue("ADM0_EN");
            header.createCell(3).setCellValue("ADM0_PCODE");
            var row = sheet.createRow(4);
            row.createCell(0).setCellValue("Hill");
            row.createCell(1).setCellValue("QZ0X");
            row.createCell(2).setCellValue("Quzland");
            row.createCell(3).setCellValue("QZ");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            workbook = out.toByteArray();
        }

        ParseResult result = new UnitFileParser().parse("qz.xlsx", workbook);

        assertThat(result.problems())
                .extracting(ImportProblem::sheet, ImportProblem::line, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("qz_adm1", 5, "import.pcode.malformed"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithTheReason() {
        ParseResult result = new UnitFileParser().parse("qz.xlsx", "ADM0_EN,ADM0_PCODE\n".getBytes());

        assertThat(result.problems()).extracting(ImportProblem::code).containsExactly("import.xlsx.unreadable");
    }
}
