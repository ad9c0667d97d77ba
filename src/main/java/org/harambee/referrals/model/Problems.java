package org.harambee.referrals.model;

import java.util.ArrayList;
import java.util.List;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;

/** The field problems a rule finds, all named at once before it refuses. */
final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    Problems require(boolean ok, String field, String key) {
        if (!ok) {
            found.add(new FieldProblem(field, key));
        }
        return this;
    }

    Problems length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            found.add(new FieldProblem(field, "referrals.tooLong", max));
        }
        return this;
    }

    /** 400 with every problem found, if any. */
    void refuseIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
