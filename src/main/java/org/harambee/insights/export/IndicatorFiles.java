package org.harambee.insights.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.harambee.insights.IndicatorValue;
import org.harambee.system.CsvSheet;

/**
 * Writes an export as a tidy table, one row per unit × indicator × period, in CSV or XLSX (streamed, a window of rows
 * in memory). A hidden value is an empty cell with {@code suppressed} true.
 */
final class IndicatorFiles {

    static final List<String> HEADER =
            List.of("pcode", "unit", "period", "indicator", "numerator", "denominator", "value", "suppressed");

    private IndicatorFiles() {}

    static void csv(IndicatorExports.Export export, OutputStream out) {
        try (CsvSheet csv = CsvSheet.forSpreadsheets(out, HEADER)) {
            for (IndicatorValue v : export.values()) {
                csv.row(
                        v.pcode(),
                        v.unitName(),
                        v.period().toString(),
                        v.indicator(),
                        v.numerator(),
                        v.denominator(),
                        v.value(),
                        suppressed(v));
            }
        }
    }

    static void xlsx(IndicatorExports.Export export, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("indicators");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 1;
            for (IndicatorValue v : export.values()) {
                Row row = sheet.createRow(r++);
                // text cells are typed as strings, never formulas, so no prefix is needed here
                row.createCell(0).setCellValue(v.pcode());
                row.createCell(1).setCellValue(v.unitName());
                row.createCell(2).setCellValue(v.period().toString());
                row.createCell(3).setCellValue(v.indicator());
                number(row.createCell(4), v.numerator());
                number(row.createCell(5), v.denominator());
                number(row.createCell(6), v.value());
                row.createCell(7).setCellValue(suppressed(v));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /**
     * Hidden: the value, or a part of it, was suppressed for this reader. A value missing for want of a denominator
     * (0 ÷ 0) is empty but not suppressed.
     */
    static boolean suppressed(IndicatorValue v) {
        return v.suppressed();
    }

    private static void number(Cell cell, Number value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
