package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.harambee.geography.importing.ImportFixtures.assertNoProblems;
import static org.harambee.geography.importing.ImportFixtures.parseCsv;
import static org.harambee.geography.importing.ImportFixtures.problem;
import static org.harambee.geography.importing.ImportFixtures.unitOf;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlobalListFileTests {

    @Test
    void eachRowIsOneUnitUnderTheParentItNames() {
        ParseResult result = parseCsv(
                "Location,Admin Level,P-Code,Name,Parent P-Code",
                "#country+name,#adm+level,#adm+code,#adm+name,#adm+code+parent",
                "Zedland,0,ZZ,Zedland,",
                "Zedland,1,ZZ01,Northern,ZZ",
                "Zedland,2,ZZ0101,Bo Hills,ZZ01");

        assertNoProblems(result);
        assertThat(result.format()).isEqualTo("global-list");
        assertThat(result.units())
                .extracting(ParsedUnit::line, ParsedUnit::pcode, ParsedUnit::parentPcode, ParsedUnit::level)
                .containsExactly(tuple(3, "ZZ", null, 0), tuple(4, "ZZ01", "ZZ", 1), tuple(5, "ZZ0101", "ZZ01", 2));
        assertThat(unitOf(result, "ZZ0101").names()).isEqualTo(Map.of("und", "Bo Hills"));
    }

    @Test
    void parentNeedNotBeInTheFile() {
        ParseResult result = parseCsv("Location,Admin Level,P-Code,Name,Parent P-Code", "ZZ,3,ZZ010101,Gbo,ZZ0101");

        assertNoProblems(result);
        assertThat(unitOf(result, "ZZ010101").parentPcode()).isEqualTo("ZZ0101");
    }

    @Test
    void validityAndPopulationColumnsAreRead() {
        ParseResult result = parseCsv(
                "Location,Admin Level,P-Code,Name,Parent P-Code,Valid from,Valid to,Population,Children",
                "Zedland,1,ZZ01,Northern,ZZ,2019-07-01,,400000,180000");

        assertNoProblems(result);
        ParsedUnit northern = unitOf(result, "ZZ01");
        assertThat(northern.validFrom()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(northern.validTo()).isNull();
        assertThat(northern.populationTotal()).isEqualTo(400_000L);
        assertThat(northern.populationChildren()).isEqualTo(180_000L);
    }

    @Test
    void namesWithALanguageSuffixAreKeyedByThatLanguage() {
        ParseResult result = parseCsv("Admin Level,P-Code,Name_en,Name_fr,Parent P-Code", "1,ZZ02,Southern,Sud,ZZ");

        assertNoProblems(result);
        assertThat(unitOf(result, "ZZ02").names()).isEqualTo(Map.of("en", "Southern", "fr", "Sud"));
    }

    @Test
    void identicalRepeatedRowsMergeSilently() {
        ParseResult result = parseCsv(
                "Location,Admin Level,P-Code,Name,Parent P-Code,Population",
                "Zedland,1,ZZ01,Northern,ZZ,400000",
                "Zedland,1,ZZ01,Northern,ZZ,400000");

        assertNoProblems(result);
        assertThat(result.units()).singleElement().extracting(ParsedUnit::line).isEqualTo(2);
    }

    @Test
    void repeatedRowWithOtherFactsConflictsWithTheEarlierLine() {
        ParseResult result = parseCsv(
                "Location,Admin Level,P-Code,Name,Parent P-Code,Population",
                "Zedland,1,ZZ01,Northern,ZZ,400000",
                "Zedland,1,ZZ01,Northern,ZZ,410000");

        assertThat(result.problems()).singleElement().satisfies(found -> {
            assertThat(found.line()).isEqualTo(3);
            assertThat(found.code()).isEqualTo("import.unit.conflict");
            assertThat(found.args()).containsExactly("ZZ01", 2);
        });
    }

    @Test
    void levelThatIsNotAWholeNumberIsReported() {
        ParseResult result = parseCsv(
                "Location,Admin Level,P-Code,Name,Parent P-Code",
                "Zedland,one,ZZ01,Northern,ZZ",
                "Zedland,-1,ZZ02,Southern,ZZ");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(2, "import.level.invalid"), problem(3, "import.level.invalid"));
    }

    @Test
    void listWithoutANameColumnIsRejectedAtTheHeader() {
        ParseResult result = parseCsv("Location,Admin Level,P-Code,Parent P-Code", "Zedland,1,ZZ01,ZZ");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(0, "import.header.missingListName"));
        assertThat(result.units()).isEmpty();
    }
}
