package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harambee.geography.OchaFiles;
import org.junit.jupiter.api.Test;

/** OCHA population tables (COD-PS) read into each unit's total, children under 18 and reference year. */
class PopulationFileTests {

    @Test
    void aCodPsTableGivesTotalsChildrenAndTheYearInItsName() {
        PopulationImport.Parsed parsed = parse("qz_admpop_adm2_2024.csv", OchaFiles.codPsCsv(100.5));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.format()).isEqualTo("cod-ps");
        // T_TL = 2 x 17 bands x 100.5; children = T bands 0-4, 5-9, 10-14 whole and 15-19 for 3 of its 5 years.
        assertThat(parsed.figures())
                .extracting(
                        PopulationFigure::pcode,
                        PopulationFigure::total,
                        PopulationFigure::children,
                        PopulationFigure::year)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("QZ0101", 3417L, 724L, 2024),
                        org.assertj.core.groups.Tuple.tuple("QZ0102", 3417L, 724L, 2024),
                        org.assertj.core.groups.Tuple.tuple("QZ0201", 3417L, 724L, 2024));
    }

    @Test
    void aWorkbookWithAYearColumnAndBandsBySexOnlyIsRead() {
        PopulationImport.Parsed parsed = parse("qz_population.xlsx", OchaFiles.codPsWorkbook(2023, 50));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.figures())
                .extracting(
                        PopulationFigure::pcode,
                        PopulationFigure::total,
                        PopulationFigure::children,
                        PopulationFigure::year)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("QZ01", 700L, 360L, 2023),
                        org.assertj.core.groups.Tuple.tuple("QZ02", 700L, 360L, 2023));
    }

    @Test
    void withoutAYearAnywhereTheFileIsRefused() {
        PopulationImport.Parsed parsed = parse("qz_admpop_adm2.csv", OchaFiles.codPsCsv(10));

        assertThat(parsed.problems()).extracting(ImportProblem::code).containsExactly("import.population.noYear");
    }

    @Test
    void aBoundaryTableIsNotTakenForPopulation() {
        PopulationImport.Parsed parsed = parse(
                "qz_2024.csv",
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE\nQuzland,QZ,Hill,QZ01\n".getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.problems()).extracting(ImportProblem::code).containsExactly("import.population.header");
    }

    @Test
    void aCountThatIsNotANumberIsReportedOnItsLine() {
        PopulationImport.Parsed parsed =
                parse("qz_2024.csv", "ADM1_PCODE,T_TL\nQZ01,1200\nQZ02,n/a\n".getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "import.population.invalid"));
    }

    @Test
    void bandsAcrossEighteenCountForTheirYearsBelowIt() {
        assertThat(AgeBands.of("T_15_19").childShare()).isEqualTo(3.0 / 5);
        assertThat(AgeBands.of("F_10_14").childShare()).isEqualTo(1.0);
        assertThat(AgeBands.of("m_15-17").childShare()).isEqualTo(1.0);
        assertThat(AgeBands.of("M_18_24").childShare()).isZero();
        assertThat(AgeBands.of("T_80Plus").childShare()).isZero();
        assertThat(AgeBands.of("F_17").childShare()).isEqualTo(1.0);
        assertThat(AgeBands.of("T_TL")).isNull();
    }

    private static PopulationImport.Parsed parse(String name, byte[] content) {
        try {
            Path file = Files.createTempFile("population-", ".upload");
            try {
                Files.write(file, content);
                return PopulationImport.parse(name, file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
