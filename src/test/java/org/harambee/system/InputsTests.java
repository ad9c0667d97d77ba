package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** The shared input checks report each problem under the module's own message keys. */
class InputsTests {

    enum Colour {
        RED,
        DARK_BLUE
    }

    private final Inputs inputs = Inputs.keyed("demo");
    private final List<FieldProblem> problems = new ArrayList<>();

    @Test
    void problemsAreNamedUnderTheModulesPrefix() {
        inputs.text("name", " ", 10, true, problems);
        inputs.text("note", "x".repeat(11), 10, false, problems);
        inputs.date("on", "1 May", true, problems);
        inputs.pastDate("held", "2026-12-08", LocalDate.of(2026, 12, 7), problems);
        inputs.count("girls", -1, problems);
        inputs.number("waves", 9, 1, 8, 4, problems);
        inputs.percent("score", 101, problems);
        inputs.id("trainer", "not-an-id", true, problems);
        inputs.choice("colour", "green", Colour.class, problems);
        assertThat(problems)
                .extracting(FieldProblem::key)
                .containsExactly(
                        "demo.required",
                        "demo.tooLong",
                        "demo.date.invalid",
                        "demo.date.future",
                        "demo.count.negative",
                        "demo.number.range",
                        "demo.percent.range",
                        "demo.choose",
                        "demo.choose");
        assertThat(problems.get(5).args()).containsExactly(1, 8);
    }

    @Test
    void goodValuesPassTrimmedAndMissingOptionalOnesAreNull() {
        assertThat(inputs.text("name", "  Amani ", 10, true, problems)).isEqualTo("Amani");
        assertThat(inputs.date("on", "", false, problems)).isNull();
        assertThat(inputs.count("girls", null, problems)).isZero();
        assertThat(inputs.number("waves", null, 1, 8, 4, problems)).isEqualTo(4);
        assertThat(inputs.choice("colour", "dark_blue", Colour.class, problems)).isEqualTo(Colour.DARK_BLUE);
        assertThat(inputs.choice("colour", null, Colour.class, false, problems)).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void aModuleMayNameItsChoiceProblemOtherwise() {
        Inputs.keyed("demo").choiceKey("demo.choose.missing").choice("colour", "", Colour.class, problems);
        assertThat(problems).extracting(FieldProblem::key).containsExactly("demo.choose.missing");
    }

    @Test
    void lenientReadsGiveNullForWhatTheyCannotRead() {
        assertThat(Inputs.trimmed("  ")).isNull();
        assertThat(Inputs.uuid("x")).isNull();
        assertThat(Inputs.parse(Colour.class, "dark-blue")).isEqualTo(Colour.DARK_BLUE);
        assertThat(Inputs.parse(Colour.class, "green")).isNull();
    }

    @Test
    void problemsFoundAreRefusedTogether() {
        Inputs.refuseIfAny(problems);
        problems.add(new FieldProblem("a", "demo.required"));
        problems.add(new FieldProblem("b", "demo.required"));
        assertThatThrownBy(() -> Inputs.refuseIfAny(problems))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).hasSize(2));
    }
}
