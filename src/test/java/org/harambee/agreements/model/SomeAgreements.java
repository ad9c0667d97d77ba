package org.harambee.agreements.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.Formality;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;

/** Agreements at each step of their life, made by the aggregate's own rules, with synthetic data only. */
final class SomeAgreements {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000a9");
    static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final UUID CLUSTER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final Ties TIES = new Ties(List.of(COMMUNITY, MEMBER), List.of(COMMUNITY), List.of(CLUSTER));

    private SomeAgreements() {}

    static Agreement draft(Formality formality) {
        return new Agreement(ID, UNIT, "/zz/p1/d1/", formality, AgreementStatus.DRAFT, null, null, null);
    }

    static Agreement draft() {
        return draft(Formality.MINUTED);
    }

    /** In force since a year ago, to be reviewed {@code review}. */
    static Agreement inForce(LocalDate review) {
        return draft().enterForce(TODAY.minusYears(1), review, List.of(), TIES, TODAY.minusYears(1), List.of())
                .agreement();
    }

    static Agreement inForce() {
        return inForce(TODAY.plusMonths(3));
    }

    /** In force with its review date passed, and marked lapsed by the daily job. */
    static Agreement lapsed() {
        return inForce(TODAY.minusDays(2)).lapse(TIES, TODAY.minusDays(1)).agreement();
    }

    static Agreement ended() {
        return inForce().end(TODAY, TIES, TODAY, List.of()).agreement();
    }

    static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::key).toList();
    }

    /** Asserts the rule refuses with exactly these message keys, in order. */
    static void refused(ThrowingCallable rule, String... keys) {
        assertThatThrownBy(rule)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(keys(e.problems())).containsExactly(keys));
    }
}
