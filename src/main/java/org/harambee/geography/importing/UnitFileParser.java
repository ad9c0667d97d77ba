package org.harambee.geography.importing;

import java.util.List;
import java.util.Locale;

/**
 * Reads an administrative-boundary file (OCHA COD-AB or HDX CSV in any of its column families, or GeoJSON) into
 * units. It reports every problem it can find in one pass, with line numbers, so that a data officer can fix a file in
 * one sitting instead of one upload per mistake. Stateless and safe to share.
 */
public final class UnitFileParser {

    /** Beyond this many problems the file is clearly the wrong one; one {@code import.tooManyProblems} ends the list. */
    public static final int MAX_PROBLEMS = 500;

    /**
     * Parses the file. The name's extension decides between CSV ({@code .csv}, {@code .txt}) and GeoJSON
     * ({@code .geojson}, {@code .json}); otherwise a first non-blank {@code '{'} means GeoJSON.
     */
    public ParseResult parse(String fileName, byte[] content) {
        Problems problems = new Problems();
        UnitRegistry registry = new UnitRegistry(problems);
        if (content == null || content.length == 0) {
            problems.add(0, ImportCodes.FILE_EMPTY);
            return new ParseResult(null, List.of(), problems.list());
        }
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            problems.add(0, ImportCodes.ENCODING_UTF16);
            return new ParseResult(null, List.of(), problems.list());
        }
        int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String format;
        if (isGeoJson(fileName, content, offset)) {
            new GeoJsonUnits(registry, problems).read(content, offset);
            format = GeoJsonUnits.FORMAT;
        } else {
            format = CsvUnits.read(content, offset, registry, problems);
        }
        return new ParseResult(format, registry.units(), problems.list());
    }

    private static boolean isGeoJson(String fileName, byte[] content, int offset) {
        String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return false;
        }
        for (int i = offset; i < content.length; i++) {
            if (content[i] > ' ') {
                return content[i] == '{';
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
