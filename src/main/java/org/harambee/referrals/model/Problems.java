package org.harambee.referrals.model;

import java.util.ArrayList;
import java.util.List;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;

/** The field problems a rule finds, all named at once before it refuses. */
final class Problems {

    private static final Inputs INPUTS = Inputs.keyed("referrals");

    private final List<FieldProblem> found = new ArrayList<>();

    Problems require(boolean ok, String field, String key) {
        if (!ok) {
            found.add(new FieldProblem(field, key));
        }
        return this;
    }

    Problems length(String field, String value, int max) {
        INPUTS.text(field, value, max, false, found);
        return this;
    }

    /** 400 with every problem found, if any. */
    void refuseIfAny() {
        Inputs.refuseIfAny(found);
    }
}
