package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.harambee.geography.importing.ImportFixtures.parseCsv;
import static org.harambee.geography.importing.ImportFixtures.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitDataProblemTests {

    private static final String WIDE_HEADER = "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE";

    @Test
    void malformedPcodeIsReportedOnceOnTheLineItFirstAppears() {
        ParseResult result = parseCsv(
                WIDE_HEADER, "Zedland,ZZ,Northern,Z01,Bo Hills,ZZ0101", "Zedland,ZZ,Northern,Z01,Kono Flats,ZZ0102");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code, found -> found.args())
                .containsExactly(tuple(2, "import.pcode.malformed", List.of("Z01")));
    }

    @Test
    void pcodeBelowTheCountryNeedsDigits() {
        ParseResult result = parseCsv(
                WIDE_HEADER, "Zedland,ZZ,Northern,ZZN,,", "Zedland,Z1,,,,", "Zedland,ZZ,Southern,ZZ02,Bo,ZZ02A");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(
                        problem(2, "import.pcode.malformed"),
                        problem(3, "import.pcode.malformedCountry"),
                        problem(4, "import.pcode.malformed"));
    }

    @Test
    void pcodeLongerThanThirtyTwoCharactersIsReported() {
        ParseResult result = parseCsv(WIDE_HEADER, "Zedland,ZZ,Northern,ZZ" + "1".repeat(31) + ",,");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(2, "import.pcode.tooLong"));
    }

    @Test
    void ancestorRepeatedWithAnotherNameConflictsWithTheEarlierLine() {
        ParseResult result = parseCsv(
                WIDE_HEADER,
                "Zedland,ZZ,Northern,ZZ01,Bo Hills,ZZ0101",
                "Zedland,ZZ,Southern,ZZ02,Gola,ZZ0201",
                "Zedland,ZZ,North,ZZ01,Kono Flats,ZZ0102");

        assertThat(result.problems()).singleElement().satisfies(found -> {
            assertThat(found.line()).isEqualTo(4);
            assertThat(found.code()).isEqualTo("import.unit.conflict");
            assertThat(found.args()).containsExactly("ZZ01", 2);
        });
    }

    @Test
    void unitRepeatedUnderAnotherParentConflicts() {
        ParseResult result = parseCsv(
                WIDE_HEADER, "Zedland,ZZ,Northern,ZZ01,Bo Hills,ZZ0101", "Zedland,ZZ,Southern,ZZ02,Bo Hills,ZZ0101");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(3, "import.unit.conflict"));
    }

    @Test
    void unitWithoutAnyNameIsReported() {
        ParseResult result = parseCsv(WIDE_HEADER, "Zedland,ZZ, ,ZZ01,,");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(2, "import.name.missing"));
    }

    @Test
    void nameLongerThanTwoHundredCharactersIsReported() {
        ParseResult result = parseCsv(WIDE_HEADER, "Zedland,ZZ," + "N".repeat(201) + ",ZZ01,,");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(2, "import.name.tooLong"));
    }

    @Test
    void skippedLevelInARowIsAGap() {
        ParseResult result = parseCsv(WIDE_HEADER, "Zedland,ZZ,,,Bo Hills,ZZ0101");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code, found -> found.args())
                .containsExactly(tuple(2, "import.row.levelGap", List.of(1)));
    }

    @Test
    void rowWithoutAnyPcodeIsReported() {
        ParseResult result = parseCsv(WIDE_HEADER, "Zedland,,Northern,,,");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(2, "import.row.noPcode"));
    }

    @Test
    void datesMustBeIsoAndInOrder() {
        ParseResult result = parseCsv(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,validOn,validTo",
                "Zedland,ZZ,Northern,ZZ01,01/02/2020,",
                "Zedland,ZZ,Southern,ZZ02,2022-01-01,2021-12-31");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code, found -> found.args())
                .containsExactly(
                        tuple(2, "import.date.invalid", List.of("validOn", "01/02/2020")),
                        tuple(
                                3,
                                "import.date.range",
                                List.of("ZZ02", LocalDate.of(2022, 1, 1), LocalDate.of(2021, 12, 31))));
    }

    @Test
    void populationMustBeAWholeNumberAndChildrenNoMoreThanTheTotal() {
        ParseResult result = parseCsv(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,population,children",
                "Zedland,ZZ,Northern,ZZ01,-5,",
                "Zedland,ZZ,Southern,ZZ02,12.5,many",
                "Zedland,ZZ,Eastern,ZZ03,1000,1200",
                "Zedland,ZZ,Western,ZZ04,1000.00,0");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(
                        problem(2, "import.population.invalid"),
                        problem(3, "import.population.invalid"),
                        problem(3, "import.population.invalid"),
                        problem(4, "import.population.childrenExceedTotal"));
    }

    @Test
    void collectingStopsAfterTheMaximumWithOneClosingProblem() {
        List<String> lines = new ArrayList<>();
        lines.add("ADM0_EN,ADM0_PCODE");
        for (int i = 0; i < UnitFileParser.MAX_PROBLEMS + 100; i++) {
            lines.add("Zedland,Z" + i);
        }

        ParseResult result = parseCsv(lines.toArray(String[]::new));

        assertThat(result.problems()).hasSize(UnitFileParser.MAX_PROBLEMS + 1);
        assertThat(result.problems().get(UnitFileParser.MAX_PROBLEMS))
                .isEqualTo(new ImportProblem(0, "import.tooManyProblems", List.of(UnitFileParser.MAX_PROBLEMS)));
    }
}
