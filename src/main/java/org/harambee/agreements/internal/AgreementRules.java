package org.harambee.agreements.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.Formality;
import org.harambee.system.InvalidInputException.FieldProblem;

/**
 * The rules of an agreement's life: which parties make an agreement, when it may come into force, lapse, be reviewed
 * or end. Pure functions of the facts, so that the services only load, decide, save and publish.
 */
public final class AgreementRules {

    static final int MIN_PARTIES = 2;
    public static final int MAX_PARTIES = 20;

    private AgreementRules() {}

    /**
     * The status as readers see it: an agreement in force whose review date has passed is lapsed, whether or not the
     * daily job has stored that yet.
     */
    public static AgreementStatus effective(AgreementStatus stored, LocalDate reviewDate, LocalDate today) {
        return stored == AgreementStatus.IN_FORCE && reviewDate != null && reviewDate.isBefore(today)
                ? AgreementStatus.LAPSED
                : stored;
    }

    /** At least two parties, one on the community side and one on the system side. */
    public static List<FieldProblem> partyProblems(List<PartyKind> kinds) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kinds.size() < MIN_PARTIES) {
            problems.add(new FieldProblem("parties", "agreements.parties.tooFew"));
        } else if (kinds.size() > MAX_PARTIES) {
            problems.add(new FieldProblem("parties", "agreements.parties.tooMany", MAX_PARTIES));
        } else if (kinds.stream().noneMatch(PartyKind::communitySide)) {
            problems.add(new FieldProblem("parties", "agreements.parties.noCommunity"));
        } else if (kinds.stream().allMatch(PartyKind::communitySide)) {
            problems.add(new FieldProblem("parties", "agreements.parties.noSystem"));
        }
        return problems;
    }

    /**
     * Coming into force: only a draft; from a start date, with a review date after it and not already past; a signed
     * memorandum only once every party has a signatory ({@code unsigned} names the parties without one).
     */
    public static List<FieldProblem> enteringForce(
            AgreementStatus status,
            Formality formality,
            LocalDate start,
            LocalDate review,
            List<String> unsigned,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (status != AgreementStatus.DRAFT) {
            problems.add(new FieldProblem("status", "agreements.transition.notDraft"));
            return problems;
        }
        if (review == null) {
            problems.add(new FieldProblem("reviewDate", "agreements.reviewDate.required"));
        } else if (review.isBefore(today) || (start != null && !review.isAfter(start))) {
            problems.add(new FieldProblem("reviewDate", "agreements.reviewDate.tooEarly"));
        }
        if (start != null && start.isAfter(today.plusYears(1))) {
            problems.add(new FieldProblem("date", "agreements.date.tooFar"));
        }
        if (formality == Formality.SIGNED_MOU && !unsigned.isEmpty()) {
            problems.add(
                    new FieldProblem("signatories", "agreements.signatories.missing", String.join(", ", unsigned)));
        }
        return problems;
    }

    /** Ending: an agreement in force or lapsed, on a day not in the future and not before it started. */
    public static List<FieldProblem> ending(AgreementStatus status, LocalDate start, LocalDate on, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (status != AgreementStatus.IN_FORCE && status != AgreementStatus.LAPSED) {
            problems.add(new FieldProblem("status", "agreements.transition.notInForce"));
        } else if (on != null && (on.isAfter(today) || (start != null && on.isBefore(start)))) {
            problems.add(new FieldProblem("date", "agreements.endedOn.outside"));
        }
        return problems;
    }

    /**
     * A review: of an agreement in force or lapsed (which it brings back into force), held on a day not in the future,
     * with a next review after it and not already past.
     */
    public static List<FieldProblem> reviewing(AgreementStatus status, LocalDate on, LocalDate next, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (status != AgreementStatus.IN_FORCE && status != AgreementStatus.LAPSED) {
            problems.add(new FieldProblem("status", "agreements.transition.notInForce"));
        } else if (on != null && next != null && (!next.isAfter(on) || next.isBefore(today))) {
            problems.add(new FieldProblem("nextReviewOn", "agreements.reviewDate.tooEarly"));
        }
        return problems;
    }

    /** Commitments, signatories and steps may be added until the agreement has ended. */
    public static boolean open(AgreementStatus status) {
        return status != AgreementStatus.ENDED;
    }

    /** An open commitment past its due date. */
    public static boolean overdue(CommitmentStatus status, LocalDate dueOn, LocalDate today) {
        return status == CommitmentStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
