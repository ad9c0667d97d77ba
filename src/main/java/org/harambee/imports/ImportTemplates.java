package org.harambee.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.system.ImportColumn;
import org.harambee.system.RecordImporter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The template of a kind: a CSV file holding the header, or a workbook whose first sheet holds the header (required
 * columns marked {@code *}) and whose second explains each column in the reader's language, with an example. Column
 * names are the same in every language, so that a file filled in anywhere imports anywhere.
 */
@Component
class ImportTemplates {

    private final MessageSource messages;

    ImportTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** Each column with its explanation in the reader's language, for the kind's page and the workbook. */
    record ExplainedColumn(String name, boolean required, String explanation, String example) {}

    List<ExplainedColumn> explained(RecordImporter<?> importer, Locale locale) {
        return new ImportHeader(importer)
                .columns().stream()
                        .map(c -> new ExplainedColumn(
                                c.name(), c.required(), explanation(importer, c, locale), c.example()))
                        .toList();
    }

    void csv(RecordImporter<?> importer, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // a byte order mark, so that spreadsheet programs open the file as UTF-8
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(new ImportHeader(importer).names());
        }
    }

    void xlsx(RecordImporter<?> importer, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            List<ExplainedColumn> columns = explained(importer, locale);
            Sheet records = workbook.createSheet(importer.kind());
            Row header = records.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                ExplainedColumn column = columns.get(i);
                Cell cell = header.createCell(i);
                cell.setCellValue(column.name() + (column.required() ? " *" : ""));
                cell.setCellStyle(bold);
                // P-codes and names stay text: a code such as 0401 keeps its leading zero
                records.setDefaultColumnStyle(i, text);
                records.setColumnWidth(i, 20 * 256);
            }
            records.createFreezePane(0, 1);
            Sheet readMe = workbook.createSheet(message("recordImports.template.readMe", locale));
            Row titles = readMe.createRow(0);
            String[] heads = {
                "recordImports.col.column",
                "recordImports.col.required",
                "recordImports.col.meaning",
                "recordImports.col.example"
            };
            for (int i = 0; i < heads.length; i++) {
                Cell cell = titles.createCell(i);
                cell.setCellValue(message(heads[i], locale));
                cell.setCellStyle(bold);
            }
            for (int i = 0; i < columns.size(); i++) {
                ExplainedColumn column = columns.get(i);
                Row row = readMe.createRow(i + 1);
                row.createCell(0).setCellValue(column.name());
                row.createCell(1)
                        .setCellValue(message(
                                column.required() ? "recordImports.required.yes" : "recordImports.required.no",
                                locale));
                row.createCell(2).setCellValue(column.explanation());
                row.createCell(3).setCellValue(column.example());
            }
            readMe.setColumnWidth(0, 22 * 256);
            readMe.setColumnWidth(2, 80 * 256);
            readMe.setColumnWidth(3, 24 * 256);
            workbook.write(out);
        }
    }

    private String explanation(RecordImporter<?> importer, ImportColumn column, Locale locale) {
        String key = switch (column.name()) {
            case ImportHeader.PCODE -> "recordImports.column.pcode";
            case ImportHeader.PLACE -> "recordImports.column.place";
            case ImportHeader.PARENT -> "recordImports.column.parent";
            default -> "recordImports." + importer.kind() + "." + column.name();
        };
        return message(key, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
