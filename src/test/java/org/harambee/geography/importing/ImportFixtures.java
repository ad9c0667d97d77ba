package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.assertj.core.groups.Tuple;

/** Synthetic files and helpers shared by the import tests; the country is the fictional Zedland (ZZ). */
final class ImportFixtures {

    private ImportFixtures() {}

    static ParseResult parseCsv(String... lines) {
        return parse("units.csv", String.join("\n", lines));
    }

    static ParseResult parse(String fileName, String content) {
        return new UnitFileParser().parse(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedUnit unitOf(ParseResult result, String pcode) {
        return result.units().stream()
                .filter(unit -> unit.pcode().equals(pcode))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + pcode + " in " + result.units()));
    }

    static ParsedUnit unit(int line, String pcode, String parentPcode, int level) {
        return new ParsedUnit(
                line, pcode, parentPcode, level, Map.of("en", "Unit " + pcode), null, null, null, null, null);
    }

    static Tuple problem(int line, String code) {
        return Tuple.tuple(line, code);
    }

    static void assertNoProblems(ParseResult result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
    }
}
