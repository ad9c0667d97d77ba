package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.importing.ImportFixtures.assertNoProblems;
import static org.harambee.geography.importing.ImportFixtures.parse;
import static org.harambee.geography.importing.ImportFixtures.parseCsv;
import static org.harambee.geography.importing.ImportFixtures.problem;
import static org.harambee.geography.importing.ImportFixtures.unitOf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileEncodingTests {

    private final UnitFileParser parser = new UnitFileParser();

    @Test
    void utf8ByteOrderMarkIsIgnored() {
        byte[] content = bytes(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "ADM0_EN,ADM0_PCODE\nZedland,ZZ\n".getBytes(StandardCharsets.UTF_8));

        ParseResult result = parser.parse("zz.csv", content);

        assertNoProblems(result);
        assertThat(unitOf(result, "ZZ").names()).isEqualTo(Map.of("en", "Zedland"));
    }

    @Test
    void utf8ByteOrderMarkBeforeGeoJsonIsIgnored() {
        byte[] content = bytes(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"type\":\"FeatureCollection\",\"features\":[{\"properties\":{\"adm0_pcode\":\"ZZ\",\"adm0_name\":\"Zedland\"}}]}"
                        .getBytes(StandardCharsets.UTF_8));

        assertNoProblems(parser.parse("upload", content));
    }

    @Test
    void utf16FilesAreRejectedWithOneProblemForTheFile() {
        byte[] bigEndian =
                bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, "ADM0_EN,ADM0_PCODE".getBytes(StandardCharsets.UTF_16BE));
        byte[] littleEndian =
                bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "ADM0_EN,ADM0_PCODE".getBytes(StandardCharsets.UTF_16LE));

        for (byte[] content : new byte[][] {bigEndian, littleEndian}) {
            assertThat(parser.parse("zz.csv", content).problems())
                    .extracting(ImportProblem::line, ImportProblem::code)
                    .containsExactly(problem(0, "import.encoding.utf16"));
        }
    }

    @Test
    void eachLineHoldingMalformedUtf8IsReportedWithItsNumber() {
        byte[] windows1252 = "Kénéma".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = bytes(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE\nZedland,ZZ,Northern,ZZ01\nZedland,ZZ,"
                        .getBytes(StandardCharsets.UTF_8),
                windows1252,
                ",ZZ02\nZedland,ZZ,Bo Ñ,ZZ03\nZedland,ZZ,".getBytes(StandardCharsets.UTF_8),
                windows1252,
                ",ZZ04\n".getBytes(StandardCharsets.UTF_8));

        ParseResult result = parser.parse("zz.csv", content);

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(3, "import.encoding.invalidUtf8"), problem(5, "import.encoding.invalidUtf8"));
        assertThat(unitOf(result, "ZZ03").names()).isEqualTo(Map.of("en", "Bo Ñ"));
        assertThat(unitOf(result, "ZZ04").line()).isEqualTo(5);
    }

    @Test
    void emptyFileIsReported() {
        assertThat(parser.parse("zz.csv", new byte[0]).problems())
                .extracting(ImportProblem::code)
                .containsExactly("import.file.empty");
        assertThat(parseCsv("", "  ", "").problems())
                .extracting(ImportProblem::code)
                .containsExactly("import.file.empty");
        assertThat(parse("zz.geojson", " \n").problems())
                .extracting(ImportProblem::code)
                .containsExactly("import.file.empty");
    }

    @Test
    void headerWithoutRowsIsReported() {
        assertThat(parseCsv("ADM0_EN,ADM0_PCODE").problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(0, "import.file.noRows"));
        assertThat(parseCsv("ADM0_EN,ADM0_PCODE", "#country+name,#country+code", "")
                        .problems())
                .extracting(ImportProblem::code)
                .containsExactly("import.file.noRows");
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes((byte[]) part);
        }
        return out.toByteArray();
    }
}
