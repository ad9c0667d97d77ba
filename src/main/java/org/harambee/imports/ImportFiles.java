package org.harambee.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.harambee.system.ImportRecord;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an import file, CSV (UTF-8, comma, semicolon or tab separated, as spreadsheets save it) or XLSX (streamed
 * row by row with POI's event API, never loaded as a workbook): the first non-blank row is the header, each further
 * non-blank row a record. Line numbers are the spreadsheet's row numbers. The header is checked against the kind's
 * columns; at most {@code maxRecords} records are read.
 */
final class ImportFiles {

    static final Set<String> EXTENSIONS = Set.of("csv", "txt", "xlsx");

    private ImportFiles() {}

    /** The extension of an accepted file name ({@code csv} for {@code .txt} too), or {@code null}. */
    static String format(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            return null;
        }
        return extension.equals("xlsx") ? "xlsx" : "csv";
    }

    /** Reads the records; problems of the file or its header go to {@code problems}, and the records read so far. */
    static ImportTable read(String format, Path file, ImportHeader header, int maxRecords, ImportProblems problems) {
        Rows rows = new Rows(header, maxRecords, problems);
        if ("xlsx".equals(format)) {
            readXlsx(file, rows, problems);
        } else {
            readCsv(file, rows, problems);
        }
        if (!rows.headerSeen && !problems.any()) {
            if (rows.sawRows) {
                problems.add(0, null, "recordImports.header.unknown", String.join(", ", header.names()));
            } else {
                problems.add(0, null, "recordImports.file.empty");
            }
        } else if (rows.headerSeen && rows.records.isEmpty() && !problems.any()) {
            problems.add(0, null, "recordImports.file.noRecords");
        }
        return new ImportTable(format, rows.records);
    }

    private static void readCsv(Path file, Rows rows, ImportProblems problems) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            skipByteOrderMark(in);
            char separator = separator(in);
            Reader reader = new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(separator).get();
            try (CSVParser parser = CSVParser.parse(reader, csv)) {
                for (CSVRecord record : parser) {
                    if (rows.full()) {
                        break;
                    }
                    rows.row((int) record.getRecordNumber(), record.toList());
                }
            }
        } catch (CharacterCodingException | java.io.UncheckedIOException e) {
            if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
                problems.add(0, null, "recordImports.file.encoding");
            } else {
                problems.add(0, null, "recordImports.file.unreadable");
            }
        } catch (IOException | IllegalStateException e) {
            problems.add(0, null, "recordImports.file.unreadable");
        }
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    /** The separator of the header line: the most frequent of comma, semicolon and tab (comma on a tie). */
    private static char separator(InputStream in) throws IOException {
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (byte b : head) {
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted) {
                commas += b == ',' ? 1 : 0;
                semicolons += b == ';' ? 1 : 0;
                tabs += b == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static void readXlsx(Path file, Rows rows, ImportProblems problems) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            // the first sheet whose header names a column of the kind holds the records (a template's "read me"
            // sheet, or any other, is passed over)
            while (sheets.hasNext() && !rows.headerSeen) {
                try (InputStream sheet = sheets.next()) {
                    rows.startSheet();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(), null, strings, new SheetRows(rows), new PlainValues(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            problems.add(0, null, "recordImports.file.unreadable");
        }
    }

    /** Collects the records of one table, the header first. */
    private static final class Rows {

        private final ImportHeader header;
        private final int maxRecords;
        private final ImportProblems problems;
        private final List<ImportRecord> records = new ArrayList<>();
        private List<String> columns;
        private boolean headerSeen;
        private boolean sawRows;
        private boolean skippedSheet;
        private boolean tooMany;

        Rows(ImportHeader header, int maxRecords, ImportProblems problems) {
            this.header = header;
            this.maxRecords = maxRecords;
            this.problems = problems;
        }

        void startSheet() {
            columns = null;
            skippedSheet = false;
        }

        boolean full() {
            return problems.full() || (columns == null && skippedSheet);
        }

        void row(int line, List<String> cells) {
            if (skippedSheet || cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            sawRows = true;
            if (columns == null) {
                List<String> names = cells.stream().map(ImportHeader::normalise).toList();
                if (!header.knowsAny(names)) {
                    skippedSheet = true;
                    return;
                }
                headerSeen = true;
                columns = names;
                header.check(names, line, problems);
                return;
            }
            if (records.size() >= maxRecords) {
                if (!tooMany) {
                    problems.add(0, null, "recordImports.file.tooManyRecords", maxRecords);
                    tooMany = true;
                }
                return;
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int i = 0; i < columns.size() && i < cells.size(); i++) {
                String value = cells.get(i);
                if (!columns.get(i).isEmpty() && value != null && !value.isBlank()) {
                    byColumn.put(columns.get(i), value.strip());
                }
            }
            if (cells.size() > columns.size()
                    && cells.subList(columns.size(), cells.size()).stream().anyMatch(c -> c != null && !c.isBlank())) {
                problems.add(line, null, "recordImports.record.extraCells", columns.size());
            }
            records.add(new ImportRecord(line, byColumn, null));
        }
    }

    /** Hands the cells of each sheet row to {@link Rows}. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Rows rows) {
            this.rows = rows;
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
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (!rows.full()) {
                rows.row(rowNum + 1, List.copyOf(cells));
            }
        }
    }

    /** Whole numbers without grouping or decimals and dates in ISO form, whatever the sheet shows them as. */
    private static final class PlainValues extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return Double.toString(value);
        }
    }
}
