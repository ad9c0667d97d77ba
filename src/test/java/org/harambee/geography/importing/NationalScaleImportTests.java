package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A national file the size of the largest expected (650,000 units over six levels) must parse and validate at once. */
class NationalScaleImportTests {

    private static final int UNITS = 650_000;
    private static final int REGIONS = 5;
    private static final int DISTRICTS = 50;
    private static final int CHIEFDOMS = 500;
    private static final int SECTIONS = 5_000;
    private static final int VILLAGES = UNITS - 1 - REGIONS - DISTRICTS - CHIEFDOMS - SECTIONS;

    /** An empty database that, unlike {@link StoredUnits}, adds no bookkeeping of its own to the time measured. */
    private static final ExistingUnits NOTHING_STORED = new ExistingUnits() {
        @Override
        public Known find(String pcode) {
            return null;
        }

        @Override
        public Collection<Known> childrenOf(String pcode) {
            return List.of();
        }
    };

    @Test
    void wideFileOfSixHundredFiftyThousandUnitsParsesAndValidatesCleanly() {
        byte[] file = wideFile();

        long started = System.nanoTime();
        ParseResult parsed = new UnitFileParser().parse("zz_adm5.csv", file);
        long parsedAt = System.nanoTime();
        List<ImportProblem> problems = new HierarchyValidator().validate(parsed.units(), NOTHING_STORED, 5);
        long validatedAt = System.nanoTime();
        System.out.printf(
                "650k units (%d MB): parse %d ms, validate %d ms%n",
                file.length >> 20, (parsedAt - started) / 1_000_000, (validatedAt - parsedAt) / 1_000_000);

        assertThat(parsed.problems()).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(parsed.units()).hasSize(UNITS);
        assertThat(parsed.units())
                .extracting(ParsedUnit::level)
                .filteredOn(level -> level == 5)
                .hasSize(VILLAGES);
        ParsedUnit lastVillage = parsed.units().get(UNITS - 1);
        assertThat(lastVillage.line()).isEqualTo(VILLAGES + 1);
        assertThat(lastVillage.parentPcode()).isEqualTo(lastVillage.pcode().substring(0, 10));
        assertThat(lastVillage.names()).containsEntry("en", "Village " + lastVillage.pcode());
    }

    /** One row per village, repeating its five ancestors, as COD-AB admin-5 tables are published. */
    private static byte[] wideFile() {
        StringBuilder csv = new StringBuilder(VILLAGES * 150);
        csv.append("ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE,ADM3_EN,ADM3_PCODE,")
                .append("ADM4_EN,ADM4_PCODE,ADM5_EN,ADM5_PCODE\n");
        for (int village = 0; village < VILLAGES; village++) {
            int section = village % SECTIONS;
            String region = "ZZ" + twoDigits(section / 1000 + 1);
            String district = region + twoDigits(section / 100 % 10 + 1);
            String chiefdom = district + twoDigits(section / 10 % 10 + 1);
            String sectionCode = chiefdom + twoDigits(section % 10 + 1);
            String villageCode = sectionCode + (village / SECTIONS + 1001);
            csv.append("Zedland,ZZ,");
            appendUnit(csv, "Region ", region).append(',');
            appendUnit(csv, "District ", district).append(',');
            appendUnit(csv, "Chiefdom ", chiefdom).append(',');
            appendUnit(csv, "Section ", sectionCode).append(',');
            appendUnit(csv, "Village ", villageCode).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder appendUnit(StringBuilder csv, String kind, String pcode) {
        return csv.append(kind).append(pcode).append(',').append(pcode);
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }
}
