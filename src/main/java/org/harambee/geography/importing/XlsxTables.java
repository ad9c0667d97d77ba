package org.harambee.geography.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an Excel workbook as OCHA publishes COD-AB and COD-PS tables: one sheet per administrative level, or one wide
 * sheet. Sheets are streamed row by row with POI's event API (SAX over the sheet XML), never loaded as a workbook. A
 * sheet whose header names no known column family (a read-me, a metadata sheet) is skipped, unless no sheet is known.
 */
final class XlsxTables {

    static final String FORMAT = "xlsx";

    private XlsxTables() {}

    /** Reads every sheet; returns whether the workbook could be opened at all. */
    static boolean read(Path file, RowReaders readers, Problems problems) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<ImportProblem> unknownSheets = new ArrayList<>();
            boolean anyKnown = false;
            while (sheets.hasNext() && !problems.full()) {
                try (InputStream sheet = sheets.next()) {
                    SheetRows rows = new SheetRows(sheets.getSheetName(), readers, problems);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(
                            new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainValues(), false));
                    parser.parse(new InputSource(sheet));
                    anyKnown |= rows.known();
                    unknownSheets.addAll(rows.headerProblems());
                }
            }
            problems.inTable(null);
            if (!anyKnown) {
                unknownSheets.forEach(p -> {
                    problems.inTable(p.sheet());
                    problems.add(p.line(), p.code(), p.args().toArray());
                });
                problems.inTable(null);
                if (unknownSheets.isEmpty()) {
                    problems.add(0, ImportCodes.FILE_NO_ROWS);
                }
            }
            return true;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            problems.add(0, ImportCodes.XLSX_UNREADABLE);
            return false;
        }
    }

    /** The rows of one sheet: the first non-blank row is the header, an HXL hashtag row may follow it. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String sheet;
        private final RowReaders readers;
        private final Problems problems;
        private final List<ImportProblem> headerProblems = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();
        private RowReader reader;
        private boolean headerSeen;
        private boolean firstRowAfterHeader;

        SheetRows(String sheet, RowReaders readers, Problems problems) {
            this.sheet = sheet;
            this.readers = readers;
            this.problems = problems;
        }

        boolean known() {
            return reader != null;
        }

        List<ImportProblem> headerProblems() {
            return headerProblems;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.trim());
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isEmpty) || problems.full() || (headerSeen && reader == null)) {
                return;
            }
            Row row = new Row(rowNum + 1, cells.toArray(String[]::new));
            if (!headerSeen) {
                headerSeen = true;
                problems.inTable(sheet);
                int mark = problems.size();
                reader = readers.forHeader(sheet, row.cells(), row.line());
                if (reader == null) {
                    headerProblems.addAll(problems.removeFrom(mark));
                }
                firstRowAfterHeader = true;
                return;
            }
            boolean skip = firstRowAfterHeader && row.isHashtagRow();
            firstRowAfterHeader = false;
            if (!skip) {
                problems.inTable(sheet);
                reader.read(row, null);
            }
        }
    }

    /**
     * Cell values as import columns expect them: whole numbers without grouping or decimals, dates in ISO form,
     * whatever number format the sheet shows them in.
     */
    private static final class PlainValues extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime date = DateUtil.getLocalDateTime(value);
                return date.toLocalDate().toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return Double.toString(value);
        }
    }
}
