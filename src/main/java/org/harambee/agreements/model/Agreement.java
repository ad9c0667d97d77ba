package org.harambee.agreements.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.harambee.agreements.AgreementEnded;
import org.harambee.agreements.AgreementInForce;
import org.harambee.agreements.AgreementLapsed;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.Formality;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;

/**
 * An agreement between communities and the wider system, and the rules of its life: a draft with its parties comes
 * into force, lapses when its review date passes without a review, is reviewed (which brings a lapsed one back into
 * force) and is ended. Each decision returns the agreement as it becomes and the events to publish ({@link Change}); a
 * refusal is thrown as {@link InvalidInputException} with every field problem found, those the caller found in the
 * input ({@code found}) first. The day is passed in; nothing here reads a clock.
 */
public record Agreement(
        UUID id,
        UUID unitId,
        String unitPath,
        Formality formality,
        AgreementStatus status,
        LocalDate startDate,
        LocalDate reviewDate,
        LocalDate endedOn) {

    static final int MIN_PARTIES = 2;
    public static final int MAX_PARTIES = 20;

    /**
     * The status as readers see it: an agreement in force whose review date has passed is lapsed, whether or not the
     * daily job has stored that yet.
     */
    public static AgreementStatus effective(AgreementStatus stored, LocalDate reviewDate, LocalDate today) {
        return stored == AgreementStatus.IN_FORCE && reviewDate != null && reviewDate.isBefore(today)
                ? AgreementStatus.LAPSED
                : stored;
    }

    /** At least two parties and at most {@link #MAX_PARTIES}, one on the community side and one on the system side. */
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

    public AgreementStatus effectiveStatus(LocalDate today) {
        return effective(status, reviewDate, today);
    }

    /** Commitments, signatories and steps may be added until the agreement has ended. */
    public boolean open() {
        return status != AgreementStatus.ENDED;
    }

    /** Refuses (on {@code status}) what only an agreement not yet ended takes. */
    public void requireOpen() {
        if (!open()) {
            refuse(List.of(new FieldProblem("status", "agreements.ended")));
        }
    }

    /**
     * Adds to {@code problems} what a correction of the facts may not change once the draft is in force: its start,
     * and its review date (which only a review moves).
     */
    public void checkRevision(LocalDate start, LocalDate review, List<FieldProblem> problems) {
        if (status == AgreementStatus.DRAFT) {
            return;
        }
        if (!Objects.equals(review, reviewDate)) {
            problems.add(new FieldProblem("reviewDate", "agreements.reviewDate.byReview"));
        }
        if (!Objects.equals(start, startDate)) {
            problems.add(new FieldProblem("startDate", "agreements.startDate.fixed"));
        }
    }

    /**
     * A party joins only a draft (once in force, it did not agree to it); refused at once otherwise. Answers the
     * problems of adding one to the {@code existing} parties: too many.
     */
    public List<FieldProblem> addingParty(int existing) {
        if (status != AgreementStatus.DRAFT) {
            refuse(List.of(new FieldProblem("party", "agreements.party.onlyDraft")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (existing >= MAX_PARTIES) {
            problems.add(new FieldProblem("party", "agreements.parties.tooMany", MAX_PARTIES));
        }
        return problems;
    }

    /**
     * A party leaves only a draft, when no signatory or commitment names it ({@code inUse}) and the {@code remaining}
     * parties still make an agreement. Answers the problems found, named on {@code party}.
     */
    public List<FieldProblem> removingParty(boolean inUse, List<PartyKind> remaining) {
        List<FieldProblem> problems = new ArrayList<>();
        if (status != AgreementStatus.DRAFT) {
            problems.add(new FieldProblem("party", "agreements.party.onlyDraft"));
        } else if (inUse) {
            problems.add(new FieldProblem("party", "agreements.party.inUse"));
        } else {
            partyProblems(remaining).forEach(p -> problems.add(new FieldProblem("party", p.key(), p.args())));
        }
        return problems;
    }

    /**
     * The draft comes into force on {@code start}, to be reviewed on {@code review}: a review date after the start and
     * not already past, a start no more than a year ahead, and for a signed memorandum a signatory for every party
     * ({@code unsigned} names the parties without one). The rules are not tried while the input has problems.
     */
    public Change enterForce(
            LocalDate start,
            LocalDate review,
            List<String> unsigned,
            Ties ties,
            LocalDate today,
            List<FieldProblem> found) {
        refuseIfAny(found);
        List<FieldProblem> problems = new ArrayList<>();
        if (effectiveStatus(today) != AgreementStatus.DRAFT) {
            refuse(List.of(new FieldProblem("status", "agreements.transition.notDraft")));
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
        refuseIfAny(problems);
        Agreement after = with(AgreementStatus.IN_FORCE, start, review, null);
        return new Change(after, status, List.of(after.inForce(ties, start)));
    }

    /**
     * The review held on {@code on}, with the next one on {@code next} (after it and not already past): of an agreement
     * in force, or lapsed, which it brings back into force. A lapse the daily job has not stored yet is told first.
     */
    public Change review(LocalDate on, LocalDate next, Ties ties, LocalDate today, List<FieldProblem> found) {
        AgreementStatus current = effectiveStatus(today);
        List<FieldProblem> problems = new ArrayList<>(found);
        if (current != AgreementStatus.IN_FORCE && current != AgreementStatus.LAPSED) {
            problems.add(new FieldProblem("status", "agreements.transition.notInForce"));
        } else if (on != null && next != null && (!next.isAfter(on) || next.isBefore(today))) {
            problems.add(new FieldProblem("nextReviewOn", "agreements.reviewDate.tooEarly"));
        }
        refuseIfAny(problems);
        Agreement after = with(AgreementStatus.IN_FORCE, startDate, next, null);
        List<Object> events = new ArrayList<>();
        if (current == AgreementStatus.LAPSED) {
            if (status != AgreementStatus.LAPSED) {
                events.add(lapsed(ties));
            }
            events.add(after.inForce(ties, on));
        }
        return new Change(after, status, events);
    }

    /** Ended on {@code on}: an agreement in force or lapsed, on a day not in the future and not before it started. */
    public Change end(LocalDate on, Ties ties, LocalDate today, List<FieldProblem> found) {
        AgreementStatus current = effectiveStatus(today);
        List<FieldProblem> problems = new ArrayList<>(found);
        if (current != AgreementStatus.IN_FORCE && current != AgreementStatus.LAPSED) {
            problems.add(new FieldProblem("status", "agreements.transition.notInForce"));
        } else if (on != null && (on.isAfter(today) || (startDate != null && on.isBefore(startDate)))) {
            problems.add(new FieldProblem("date", "agreements.endedOn.outside"));
        }
        refuseIfAny(problems);
        Agreement after = with(AgreementStatus.ENDED, startDate, reviewDate, on);
        return new Change(after, status, List.of(new AgreementEnded(id, unitId, unitPath, ties.communityIds(), on)));
    }

    /** Stored as in force with its review date before {@code today}: lapsed from now on. */
    public boolean lapses(LocalDate today) {
        return status == AgreementStatus.IN_FORCE && effectiveStatus(today) == AgreementStatus.LAPSED;
    }

    /** The daily lapse of an agreement that {@link #lapses}; an error for any other. */
    public Change lapse(Ties ties, LocalDate today) {
        if (!lapses(today)) {
            throw new IllegalStateException("agreement " + id + " does not lapse on " + today);
        }
        return new Change(with(AgreementStatus.LAPSED, startDate, reviewDate, endedOn), status, List.of(lapsed(ties)));
    }

    private AgreementLapsed lapsed(Ties ties) {
        return new AgreementLapsed(id, unitId, unitPath, ties.communityIds(), reviewDate);
    }

    private AgreementInForce inForce(Ties ties, LocalDate since) {
        return new AgreementInForce(
                id, unitId, unitPath, ties.communityIds(), since, ties.communityPartyIds(), ties.clusterPartyIds());
    }

    private Agreement with(AgreementStatus next, LocalDate start, LocalDate review, LocalDate ended) {
        return new Agreement(id, unitId, unitPath, formality, next, start, review, ended);
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            refuse(problems);
        }
    }

    private static void refuse(List<FieldProblem> problems) {
        throw new InvalidInputException(problems);
    }
}
