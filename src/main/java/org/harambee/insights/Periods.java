package org.harambee.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/** Periods as the dashboard and the API take them: text parsed or refused field by field, today's by default. */
@Component
class Periods {

    /** The longest series a trend draws. */
    static final int MAX_POINTS = 120;

    /** Periods are the deployment's: its time zone says which month is running. */
    private final Clock clock = Clock.systemDefaultZone();

    /** The period named by {@code text}; the current quarter when blank; a problem on {@code field} otherwise. */
    Period parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Period.quarterOf(LocalDate.now(clock));
        }
        Period period = Period.parse(text);
        if (period == null) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "insights.period.invalid", text)));
        }
        return period;
    }

    /** The current period of a kind. */
    Period current(char kind) {
        LocalDate today = LocalDate.now(clock);
        return switch (kind) {
            case 'M' -> Period.month(YearMonth.from(today));
            case 'Y' -> Period.yearOf(today);
            default -> Period.quarterOf(today);
        };
    }

    /** The periods of a trend, from..to inclusive; by default the last 12 months, 8 quarters or 5 years. */
    List<Period> series(String kindText, String fromText, String toText) {
        List<FieldProblem> problems = new ArrayList<>();
        String k = kindText == null || kindText.isBlank() ? "Q" : kindText.trim();
        if (!k.equals("M") && !k.equals("Q") && !k.equals("Y")) {
            throw new InvalidInputException(List.of(new FieldProblem("kind", "insights.kind.invalid")));
        }
        char kind = k.charAt(0);
        Period to = toText == null || toText.isBlank() ? current(kind) : of(kind, "to", toText, problems);
        Period from = fromText == null || fromText.isBlank() || to == null
                ? (to == null ? null : back(to, kind == 'M' ? 11 : kind == 'Q' ? 7 : 4))
                : of(kind, "from", fromText, problems);
        if (problems.isEmpty() && from.start().isAfter(to.start())) {
            problems.add(new FieldProblem("from", "insights.period.order"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = from; !p.start().isAfter(to.start()); p = next(p)) {
            periods.add(p);
            if (periods.size() > MAX_POINTS) {
                throw new InvalidInputException(
                        List.of(new FieldProblem("from", "insights.period.tooLong", MAX_POINTS)));
            }
        }
        return periods;
    }

    private static Period of(char kind, String field, String text, List<FieldProblem> problems) {
        Period period = Period.parse(text);
        if (period == null || period.kind() != kind) {
            problems.add(new FieldProblem(field, "insights.period.invalid", text));
            return null;
        }
        return period;
    }

    static Period next(Period p) {
        return new Period(p.kind(), p.end());
    }

    static Period back(Period p, int steps) {
        LocalDate start = switch (p.kind()) {
            case 'M' -> p.start().minusMonths(steps);
            case 'Q' -> p.start().minusMonths(3L * steps);
            default -> p.start().minusYears(steps);
        };
        return new Period(p.kind(), start);
    }
}
