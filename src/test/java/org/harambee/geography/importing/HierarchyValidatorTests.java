package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.harambee.geography.importing.ImportFixtures.problem;
import static org.harambee.geography.importing.ImportFixtures.unit;

import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyValidatorTests {

    private final HierarchyValidator validator = new HierarchyValidator();

    @Test
    void wellFormedTreeHasNoProblems() {
        List<ParsedUnit> units =
                List.of(unit(2, "ZZ", null, 0), unit(3, "ZZ01", "ZZ", 1), unit(4, "ZZ0101", "ZZ01", 2));

        assertThat(validator.validate(units, StoredUnits.none(), 5)).isEmpty();
    }

    @Test
    void parentMayBeAStoredUnit() {
        StoredUnits stored = StoredUnits.none().with("ZZ", null, 0).with("ZZ01", "ZZ", 1);

        assertThat(validator.validate(List.of(unit(2, "ZZ0101", "ZZ01", 2)), stored, 5))
                .isEmpty();
    }

    @Test
    void parentNeitherInTheFileNorStoredIsMissing() {
        List<ImportProblem> problems = validator.validate(List.of(unit(7, "ZZ0101", "ZZ01", 2)), StoredUnits.none(), 5);

        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
                .containsExactly(tuple(7, "import.parent.missing", List.of("ZZ0101", "ZZ01")));
    }

    @Test
    void countryMayNotHaveAParentAndOtherUnitsMust() {
        List<ImportProblem> problems = validator.validate(
                List.of(unit(2, "ZZ", "SL", 0), unit(3, "ZZ01", null, 1)),
                StoredUnits.none().with("SL", null, 0),
                5);

        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(2, "import.level.rootWithParent"), problem(3, "import.parent.required"));
    }

    @Test
    void levelMustBeOneBelowTheParentInTheFile() {
        List<ImportProblem> problems =
                validator.validate(List.of(unit(2, "ZZ", null, 0), unit(3, "ZZ0101", "ZZ", 2)), StoredUnits.none(), 5);

        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
                .containsExactly(tuple(3, "import.level.mismatch", List.of("ZZ0101", 2, "ZZ", 0)));
    }

    @Test
    void levelMustBeOneBelowAStoredParent() {
        StoredUnits stored = StoredUnits.none().with("ZZ", null, 0).with("ZZ01", "ZZ", 1);

        List<ImportProblem> problems = validator.validate(List.of(unit(2, "ZZ010101", "ZZ01", 3)), stored, 5);

        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(2, "import.level.mismatch"));
    }

    @Test
    void levelDeeperThanTheCountryAllowsIsReportedUnlessUnlimited() {
        List<ParsedUnit> units =
                List.of(unit(2, "ZZ", null, 0), unit(3, "ZZ01", "ZZ", 1), unit(4, "ZZ0101", "ZZ01", 2));

        assertThat(validator.validate(units, StoredUnits.none(), 1))
                .extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
                .containsExactly(tuple(4, "import.level.tooDeep", List.of("ZZ0101", 2, 1)));
        assertThat(validator.validate(units, StoredUnits.none(), -1)).isEmpty();
    }

    @Test
    void storedUnitMayMoveToAnotherParentAtTheSameLevel() {
        StoredUnits stored = StoredUnits.none()
                .with("ZZ", null, 0)
                .with("ZZ01", "ZZ", 1)
                .with("ZZ02", "ZZ", 1)
                .with("ZZ0101", "ZZ01", 2);

        assertThat(validator.validate(List.of(unit(2, "ZZ0101", "ZZ02", 2)), stored, 5))
                .isEmpty();
    }

    @Test
    void storedUnitMayNotChangeItsLevel() {
        StoredUnits stored =
                StoredUnits.none().with("ZZ", null, 0).with("ZZ01", "ZZ", 1).with("ZZ0101", "ZZ01", 2);

        List<ImportProblem> problems = validator.validate(List.of(unit(2, "ZZ0101", "ZZ", 1)), stored, 5);

        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
                .containsExactly(tuple(2, "import.level.changed", List.of("ZZ0101", 2, 1)));
    }

    @Test
    void movingAUnitUnderItsOwnStoredDescendantIsACycle() {
        // Stored levels that are already out of step are the only way such a loop passes the level rule.
        StoredUnits stored = StoredUnits.none()
                .with("ZZ", null, 0)
                .with("ZZ01", "ZZ", 1)
                .with("ZZ0101", "ZZ01", 2)
                .with("ZZ010101", "ZZ0101", 0);

        List<ImportProblem> problems = validator.validate(List.of(unit(9, "ZZ01", "ZZ010101", 1)), stored, 5);

        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
                .containsExactly(tuple(9, "import.cycle", List.of("ZZ01", "ZZ01 → ZZ010101 → ZZ0101 → ZZ01")));
    }

    @Test
    void loopWithinTheFileIsReportedOnceOnItsEarliestLine() {
        List<ParsedUnit> units =
                List.of(unit(5, "ZZ02", "ZZ01", 1), unit(3, "ZZ01", "ZZ02", 1), unit(8, "ZZ0201", "ZZ02", 2));

        List<ImportProblem> problems = validator.validate(units, StoredUnits.none(), 5);

        assertThat(problems)
                .filteredOn(found -> found.code().equals("import.cycle"))
                .extracting(ImportProblem::line, ImportProblem::args)
                .containsExactly(tuple(3, List.of("ZZ01", "ZZ01 → ZZ02 → ZZ01")));
    }

    @Test
    void unitThatIsItsOwnParentIsACycle() {
        List<ImportProblem> problems = validator.validate(List.of(unit(2, "ZZ01", "ZZ01", 1)), StoredUnits.none(), 5);

        assertThat(problems).extracting(ImportProblem::code).contains("import.cycle");
    }

    @Test
    void samePcodeTwiceInTheListIsReported() {
        List<ParsedUnit> units = List.of(unit(2, "ZZ", null, 0), unit(3, "ZZ", null, 0));

        assertThat(validator.validate(units, StoredUnits.none(), 5))
                .extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
                .containsExactly(tuple(3, "import.pcode.duplicate", List.of("ZZ", 2)));
    }

    @Test
    void eachStoredUnitIsLookedUpOnce() {
        StoredUnits stored = StoredUnits.none().with("ZZ", null, 0).with("ZZ01", "ZZ", 1);
        List<ParsedUnit> units =
                List.of(unit(2, "ZZ0101", "ZZ01", 2), unit(3, "ZZ0102", "ZZ01", 2), unit(4, "ZZ0103", "ZZ01", 2));

        assertThat(validator.validate(units, stored, 5)).isEmpty();
        assertThat(stored.lookupsOf("ZZ01")).isEqualTo(1);
        assertThat(stored.lookupsOf("ZZ")).isEqualTo(1);
        assertThat(stored.lookupsOf("ZZ0101")).isEqualTo(1);
    }
}
