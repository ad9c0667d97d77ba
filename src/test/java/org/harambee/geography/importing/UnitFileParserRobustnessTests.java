package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Uploads are whatever users pick from their disk; the answer must always be a list of problems, never a crash. */
class UnitFileParserRobustnessTests {

    private static final String[] FRAGMENTS = {
        "ADM0_EN",
        "ADM0_PCODE",
        "ADM1_EN",
        "ADM1_PCODE",
        "Admin Level",
        "P-Code",
        "Name",
        "Parent P-Code",
        "validOn",
        "population",
        ",",
        ";",
        "\t",
        "\"",
        "\n",
        "\r\n",
        " ",
        "#adm1+code",
        "ZZ",
        "ZZ01",
        "1",
        "-",
        "2020-01-01",
        "12.0",
        "é",
        "{",
        "}",
        "[",
        "]",
        ":",
        "\"type\"",
        "\"FeatureCollection\"",
        "\"features\"",
        "\"properties\""
    };
    private static final String[] FILE_NAMES = {"units.csv", "units.geojson", "upload", null};

    @Test
    void arbitraryContentYieldsProblemsRatherThanExceptions() {
        Random random = new Random(20_240_601);
        UnitFileParser parser = new UnitFileParser();
        HierarchyValidator validator = new HierarchyValidator();

        for (int i = 0; i < 20_000; i++) {
            byte[] content = random.nextInt(4) == 0 ? randomBytes(random) : randomText(random);
            String fileName = FILE_NAMES[random.nextInt(FILE_NAMES.length)];

            assertThatCode(() ->
                            validator.validate(parser.parse(fileName, content).units(), StoredUnits.none(), 2))
                    .as("content %s", new String(content, StandardCharsets.UTF_8))
                    .doesNotThrowAnyException();
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
