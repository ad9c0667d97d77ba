package org.harambee.geography.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an administrative-boundary file (OCHA COD-AB or HDX CSV in any of its column families, an Excel workbook, a
 * zipped shapefile, or GeoJSON) into units. It reports every problem it can find in one pass, with line numbers, so
 * that a data officer can fix a file in one sitting instead of one upload per mistake. The file is streamed: memory
 * holds each unit's place and names, while boundaries go to a spill file beside it (docs/decisions/0014). Stateless
 * and safe to share.
 */
public final class UnitFileParser {

    /** Beyond this many problems the file is clearly the wrong one; one {@code import.tooManyProblems} ends the list. */
    public static final int MAX_PROBLEMS = 500;

    /** What kind of file a name and its first bytes say it is. */
    enum Kind {
        CSV,
        GEOJSON,
        XLSX,
        ZIP
    }

    /** Parses bytes held in memory, through a temporary file; for tests and small files made by the server. */
    public ParseResult parse(String fileName, byte[] content) {
        try {
            Path file = Files.createTempFile("harambee-import-", ".upload");
            try {
                Files.write(file, content);
                return parse(fileName, file, BoundarySpill.temporary());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the file, streaming it. The name's extension decides between CSV ({@code .csv}, {@code .txt}), GeoJSON
     * ({@code .geojson}, {@code .json}), Excel ({@code .xlsx}) and zipped shapefiles ({@code .zip}); otherwise the
     * first bytes do.
     *
     * @param spill where boundaries go; the result owns it and deletes it when closed
     */
    public ParseResult parse(String fileName, Path file, BoundarySpill spill) {
        Problems problems = new Problems();
        UnitRegistry registry = new UnitRegistry(problems);
        RowReaders boundaries = (table, header, line) -> Layouts.detect(header, line, registry, problems);
        String format = null;
        try {
            Kind kind = kindOf(fileName, file, problems);
            if (kind == Kind.CSV) {
                try (InputStream in = TextStart.open(file, problems)) {
                    RowReader rows = in == null ? null : CsvTable.read(in, boundaries, problems);
                    format = rows == null ? null : rows.format();
                }
            } else if (kind == Kind.GEOJSON) {
                try (InputStream in = TextStart.open(file, problems)) {
                    if (in != null) {
                        new GeoJsonUnits(registry, problems, spill).read(in);
                        format = GeoJsonUnits.FORMAT;
                    }
                }
            } else if (kind == Kind.XLSX) {
                format = XlsxTables.read(file, boundaries, problems) ? XlsxTables.FORMAT : null;
            } else if (kind == Kind.ZIP) {
                ShapefileTables.read(file, boundaries, problems, spill);
                format = ShapefileTables.FORMAT;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ParseResult(format, registry.units(), problems.list(), spill);
    }

    /** Reads the kind from the extension, or else from the first bytes; {@code null} after reporting an empty file. */
    static Kind kindOf(String fileName, Path file, Problems problems) throws IOException {
        String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        if (head.length == 0) {
            problems.add(0, ImportCodes.FILE_EMPTY);
            return null;
        }
        boolean zipped = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        for (Kind kind : List.of(Kind.values())) {
            if (extensionsOf(kind).stream().anyMatch(name::endsWith)) {
                return kind;
            }
        }
        if (zipped) {
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("xl/")
                    ? Kind.XLSX
                    : Kind.ZIP;
        }
        for (byte b : head) {
            if (b > ' ' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{' ? Kind.GEOJSON : Kind.CSV;
            }
        }
        return Kind.CSV;
    }

    private static List<String> extensionsOf(Kind kind) {
        return switch (kind) {
            case CSV -> List.of(".csv", ".txt");
            case GEOJSON -> List.of(".geojson", ".json");
            case XLSX -> List.of(".xlsx");
            case ZIP -> List.of(".zip");
        };
    }

    /** Opens a text file past its byte-order mark; {@code null} after reporting UTF-16, which is not read. */
    static final class TextStart {

        private TextStart() {}

        static InputStream open(Path file, Problems problems) throws IOException {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(3);
            int a = in.read();
            int b = in.read();
            int c = in.read();
            if ((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE)) {
                in.close();
                problems.add(0, ImportCodes.ENCODING_UTF16);
                return null;
            }
            if (!(a == 0xEF && b == 0xBB && c == 0xBF)) {
                in.reset();
            }
            return in;
        }
    }
}
