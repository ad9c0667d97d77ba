package org.harambee.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.harambee.system.ImportColumn;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportRecord;
import org.harambee.system.RecordImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading import files: separators, byte order marks, encodings, headers, workbooks with a read-me, limits. */
class ImportFilesTests {

    @TempDir
    Path dir;

    static final RecordImporter<String> KIND = new RecordImporter<>() {
        @Override
        public String kind() {
            return "things";
        }

        @Override
        public String permission() {
            return "VIEW_PLACES";
        }

        @Override
        public boolean placed() {
            return true;
        }

        @Override
        public List<ImportColumn> columns() {
            return List.of(ImportColumn.required("name", "A"), ImportColumn.optional("size", "1"));
        }

        @Override
        public String read(ImportRecord record, ImportContext context) {
            return record.cell("name");
        }

        @Override
        public ImportCounts write(List<String> drafts, ImportContext context) {
            return ImportCounts.NONE;
        }
    };

    ImportProblems problems = new ImportProblems();

    ImportTable csv(String text) throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ImportFiles.read("csv", file, new ImportHeader(KIND), 5, problems);
    }

    @Test
    void commaSemicolonAndTabFilesReadAlikeWithTheirSpreadsheetLineNumbers() throws Exception {
        for (String separator : List.of(",", ";", "\t")) {
            problems = new ImportProblems();
            ImportTable table = csv("\uFEFFName *" + separator + "PCODE" + separator + "Size\r\n\r\n"
                    + "\"Amber, North\"" + separator + "qz01" + separator + "3\r\n");
            assertThat(problems.any()).isFalse();
            assertThat(table.records()).hasSize(1);
            ImportRecord record = table.records().get(0);
            assertThat(record.line()).isEqualTo(2);
            assertThat(record.cell("name")).isEqualTo("Amber, North");
            assertThat(record.cell("pcode")).isEqualTo("qz01");
            assertThat(record.cell("size")).isEqualTo("3");
        }
    }

    @Test
    void aFileInALegacyCodePageIsRefusedWithAHint() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "name,pcode\nKolahun Tést,QZ01\n".getBytes(StandardCharsets.ISO_8859_1));

        ImportFiles.read("csv", file, new ImportHeader(KIND), 5, problems);

        assertThat(problems.list())
                .extracting(ImportProblems.Stored::code)
                .containsExactly("recordImports.file.encoding");
        assertThat(problems.onFile()).isTrue();
    }

    @Test
    void theHeaderIsCheckedForUnknownRepeatedAndMissingColumnsAndAPlace() throws Exception {
        csv("size,size,colour\n1,2,red\n");

        assertThat(problems.list())
                .extracting(p -> p.line() + " " + p.column() + " " + p.code())
                .containsExactly(
                        "1 size recordImports.header.repeated",
                        "1 colour recordImports.header.unknownColumn",
                        "1 name recordImports.header.missing",
                        "1 pcode recordImports.header.noPlace");
        assertThat(problems.onFile()).isFalse();
    }

    @Test
    void aFileOfNoKnownColumnOrNoRecordsSaysSo() throws Exception {
        csv("a,b\n1,2\n");
        assertThat(problems.list())
                .extracting(ImportProblems.Stored::code)
                .containsExactly("recordImports.header.unknown");

        problems = new ImportProblems();
        csv("name,pcode\n");
        assertThat(problems.list())
                .extracting(ImportProblems.Stored::code)
                .containsExactly("recordImports.file.noRecords");

        problems = new ImportProblems();
        csv("");
        assertThat(problems.list()).extracting(ImportProblems.Stored::code).containsExactly("recordImports.file.empty");
    }

    @Test
    void moreRecordsThanTheLimitAreRefusedOnce() throws Exception {
        csv("name,pcode\na,1\nb,2\nc,3\nd,4\ne,5\nf,6\ng,7\n");

        assertThat(problems.list())
                .extracting(ImportProblems.Stored::code)
                .containsExactly("recordImports.file.tooManyRecords");
    }

    @Test
    void aWorkbookIsReadFromItsFirstSheetOfKnownColumnsWithNumbersAndDatesPlain() throws Exception {
        Path file = dir.resolve("f.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(10);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet readMe = book.createSheet("Read me");
            readMe.createRow(0).createCell(0).setCellValue("This workbook holds things.");
            Sheet things = book.createSheet("things");
            Row header = things.createRow(0);
            header.createCell(0).setCellValue("pcode");
            header.createCell(1).setCellValue("name *");
            header.createCell(2).setCellValue("size");
            Row row = things.createRow(3);
            row.createCell(0).setCellValue("QZ0101");
            row.createCell(1).setCellValue("Amber");
            row.createCell(2).setCellValue(1200.0);
            book.write(out);
            book.dispose();
        }

        ImportTable table = ImportFiles.read("xlsx", file, new ImportHeader(KIND), 5, problems);

        assertThat(problems.any()).isFalse();
        assertThat(table.records()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.cell("size")).isEqualTo("1200");
            assertThat(r.cell("name")).isEqualTo("Amber");
        });
    }

    @Test
    void aFileThatIsNoWorkbookIsUnreadable() throws Exception {
        Path file = dir.resolve("f.xlsx");
        Files.writeString(file, "not a zip");

        ImportFiles.read("xlsx", file, new ImportHeader(KIND), 5, problems);

        assertThat(problems.list())
                .extracting(ImportProblems.Stored::code)
                .containsExactly("recordImports.file.unreadable");
    }
}
