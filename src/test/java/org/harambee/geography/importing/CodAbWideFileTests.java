package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.harambee.geography.importing.ImportFixtures.assertNoProblems;
import static org.harambee.geography.importing.ImportFixtures.parseCsv;
import static org.harambee.geography.importing.ImportFixtures.unitOf;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodAbWideFileTests {

    @Test
    void shapefileColumnsYieldEveryLevelWithTheParentFromTheSameRow() {
        ParseResult result = parseCsv(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_FR,ADM1_PCODE,ADM1_REF,ADM1ALT1EN,ADM2_EN,ADM2_PCODE",
                "Zedland,ZZ,Northern,Nord,ZZ01,Northern Prov.,North,Bo Hills,ZZ0101");

        assertNoProblems(result);
        assertThat(result.format()).isEqualTo("cod-ab-wide");
        assertThat(result.units())
                .extracting(ParsedUnit::pcode, ParsedUnit::parentPcode, ParsedUnit::level)
                .containsExactly(tuple("ZZ", null, 0), tuple("ZZ01", "ZZ", 1), tuple("ZZ0101", "ZZ01", 2));
        assertThat(unitOf(result, "ZZ01").names()).isEqualTo(Map.of("en", "Northern", "fr", "Nord"));
        assertThat(unitOf(result, "ZZ0101").line()).isEqualTo(2);
    }

    @Test
    void repeatedAncestorsMergeAndKeepTheLineTheyFirstAppearOn() {
        ParseResult result = parseCsv(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE",
                "Zedland,ZZ,Northern,ZZ01",
                "Zedland,ZZ,Southern,ZZ02",
                "Zedland,ZZ,Northern,ZZ01");

        assertNoProblems(result);
        assertThat(result.units()).extracting(ParsedUnit::pcode).containsExactly("ZZ", "ZZ01", "ZZ02");
        assertThat(result.units()).extracting(ParsedUnit::line).containsExactly(2, 2, 3);
    }

    @Test
    void tabularColumnsAreAccepted() {
        ParseResult result = parseCsv(
                "admin0Name_en,admin0Pcode,admin1Name_en,admin1Name_sw,admin1Pcode", "Zedland,ZZ,Coast,Pwani,ZZ03");

        assertNoProblems(result);
        assertThat(unitOf(result, "ZZ03").names()).isEqualTo(Map.of("en", "Coast", "sw", "Pwani"));
    }

    @Test
    void newSchemaNameWithoutLanguageIsKeyedUndetermined() {
        ParseResult result = parseCsv(
                "adm0_name,adm0_pcode,adm1_name,adm1_name_fr,adm1_pcode", "Zedland,ZZ,Kailahun,Kailahoun,ZZ04");

        assertNoProblems(result);
        assertThat(unitOf(result, "ZZ").names()).isEqualTo(Map.of("und", "Zedland"));
        assertThat(unitOf(result, "ZZ04").names()).isEqualTo(Map.of("und", "Kailahun", "fr", "Kailahoun"));
    }

    @Test
    void headersMatchWhateverTheirCaseAndSurroundingSpace() {
        ParseResult result = parseCsv(" adm0_EN , Adm0_Pcode ,ADM1_en,adm1_PCODE", "Zedland,ZZ,Northern,ZZ01");

        assertNoProblems(result);
        assertThat(result.units()).hasSize(2);
    }

    @Test
    void rowEndingAtAShallowerLevelDescribesThatLevel() {
        ParseResult result = parseCsv(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE,population",
                "Zedland,ZZ,,,,,900000",
                "Zedland,ZZ,Northern,ZZ01,,,400000",
                "Zedland,ZZ,Northern,ZZ01,Bo Hills,ZZ0101,120000");

        assertNoProblems(result);
        assertThat(result.units())
                .extracting(ParsedUnit::pcode, ParsedUnit::populationTotal)
                .containsExactly(tuple("ZZ", 900_000L), tuple("ZZ01", 400_000L), tuple("ZZ0101", 120_000L));
    }

    @Test
    void validityAndPopulationApplyToTheDeepestUnitOfTheRowOnly() {
        ParseResult result = parseCsv(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,validOn,validTo,pop_total,pop_children",
                "Zedland,ZZ,Northern,ZZ01,2020-01-01,2024-06-30T00:00:00Z,400000,180000");

        assertNoProblems(result);
        ParsedUnit northern = unitOf(result, "ZZ01");
        assertThat(northern.validFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(northern.validTo()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(northern.populationTotal()).isEqualTo(400_000L);
        assertThat(northern.populationChildren()).isEqualTo(180_000L);
        ParsedUnit country = unitOf(result, "ZZ");
        assertThat(country.validFrom()).isNull();
        assertThat(country.populationTotal()).isNull();
    }

    @Test
    void ancestorMentionedBeforeItsOwnRowTakesTheFactsOfThatRow() {
        ParseResult result = parseCsv(
                "ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,Valid from,population_total,population_children",
                "Zedland,ZZ,Northern,ZZ01,2021-03-01,400000,",
                "Zedland,ZZ,,,2019-01-01,900000,410000");

        assertNoProblems(result);
        ParsedUnit country = unitOf(result, "ZZ");
        assertThat(country.line()).isEqualTo(2);
        assertThat(country.validFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(country.populationChildren()).isEqualTo(410_000L);
    }

    @Test
    void pcodeOutsideItsCountryPrefixIsAccepted() {
        ParseResult result = parseCsv("ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE", "Zedland,ZZ,Borderlands,SL99");

        assertNoProblems(result);
        assertThat(unitOf(result, "SL99").parentPcode()).isEqualTo("ZZ");
    }

    @Test
    void countryPcodeMayHaveDigitsOrThreeLetters() {
        ParseResult result = parseCsv("ADM0_EN,ADM0_PCODE", "Zedland,ZZ1", "Zedmark,ZZM");

        assertNoProblems(result);
        assertThat(result.units()).extracting(ParsedUnit::pcode).containsExactly("ZZ1", "ZZM");
    }
}
