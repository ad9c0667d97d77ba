package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.harambee.geography.importing.ImportFixtures.assertNoProblems;
import static org.harambee.geography.importing.ImportFixtures.parse;
import static org.harambee.geography.importing.ImportFixtures.parseCsv;
import static org.harambee.geography.importing.ImportFixtures.problem;
import static org.harambee.geography.importing.ImportFixtures.unitOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvLayoutTests {

    @Test
    void semicolonSeparatedFilesFromFrenchExcelAreRead() {
        ParseResult result = parseCsv(
                "ADM0_FR;ADM0_PCODE;ADM1_FR;ADM1_PCODE;population", "Zedlande;ZZ;Région du Nord, haute;ZZ01;400000");

        assertNoProblems(result);
        assertThat(unitOf(result, "ZZ01").names()).isEqualTo(Map.of("fr", "Région du Nord, haute"));
    }

    @Test
    void tabSeparatedFilesAreRead() {
        ParseResult result = parseCsv("adm0_pcode\tadm0_name", "ZZ\tZedland");

        assertNoProblems(result);
        assertThat(unitOf(result, "ZZ").names()).isEqualTo(Map.of("und", "Zedland"));
    }

    @Test
    void quotedCellsMayHoldSeparatorsAndDoubledQuotes() {
        ParseResult result =
                parseCsv("ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE", "Zedland,ZZ,\"Bo, \"\"Old\"\" Town\",ZZ01");

        assertNoProblems(result);
        assertThat(unitOf(result, "ZZ01").names()).isEqualTo(Map.of("en", "Bo, \"Old\" Town"));
    }

    @Test
    void quotedCellSpanningLinesKeepsLaterLineNumbersPhysical() {
        ParseResult result = parseCsv(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE",
                "Zedland,ZZ,\"Northern",
                "Highlands\",ZZ01",
                "Zedland,ZZ,Southern,ZZ2X");

        assertThat(unitOf(result, "ZZ01").line()).isEqualTo(2);
        assertThat(unitOf(result, "ZZ01").names()).isEqualTo(Map.of("en", "Northern\nHighlands"));
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(4, "import.pcode.malformed"));
    }

    @Test
    void blankLinesAreSkippedButStillCounted() {
        ParseResult result = parse("zz.csv", "ADM0_EN,ADM0_PCODE\r\n\r\n,\r\nZedland,ZZ\r\n\r\n");

        assertNoProblems(result);
        assertThat(result.units()).singleElement().satisfies(unit -> {
            assertThat(unit.line()).isEqualTo(4);
            assertThat(unit.names()).isEqualTo(Map.of("en", "Zedland"));
        });
    }

    @Test
    void hxlRowAfterHeaderIsSkipped() {
        ParseResult result = parseCsv(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE",
                "#country+name,#country+code,#adm1+name,#adm1+code",
                "Zedland,ZZ,Northern,ZZ01");

        assertNoProblems(result);
        assertThat(unitOf(result, "ZZ01").line()).isEqualTo(3);
    }

    @Test
    void unclosedQuoteIsReportedOnTheLineItOpens() {
        ParseResult result = parseCsv("ADM0_EN,ADM0_PCODE", "Zedland,ZZ", "\"Zedmark,ZZM", "Zedvale,ZZV");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .contains(problem(3, "import.csv.unclosedQuote"));
    }

    @Test
    void unknownHeaderIsReportedForTheFileWithTheColumnsFound() {
        ParseResult result = parseCsv("District,Code", "Bo,ZZ01");

        assertThat(result.format()).isNull();
        assertThat(result.problems()).singleElement().satisfies(found -> {
            assertThat(found.line()).isZero();
            assertThat(found.code()).isEqualTo("import.header.unknown");
            assertThat(found.args()).containsExactly("District, Code");
        });
    }

    @Test
    void wideHeaderNeedsAPcodeAndANameColumnForEveryLevelDownToTheDeepest() {
        ParseResult withoutName =
                parseCsv("ADM0_EN,ADM0_PCODE,ADM2_EN,ADM2_PCODE,ADM1_PCODE", "Zedland,ZZ,Bo,ZZ0101,ZZ01");
        ParseResult withoutPcode =
                parseCsv("ADM0_EN,ADM0_PCODE,ADM1_EN,ADM2_EN,ADM2_PCODE", "Zedland,ZZ,Northern,Bo,ZZ0101");

        assertThat(withoutName.problems())
                .extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
                .containsExactly(tuple(0, "import.header.missingName", List.of(1)));
        assertThat(withoutPcode.problems())
                .extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
                .containsExactly(tuple(0, "import.header.missingPcode", List.of(1)));
    }
}
