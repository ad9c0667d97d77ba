package org.harambee.geography;

import org.harambee.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** No unit has this P-code: 404, with the P-code asked for as the problem detail's {@code pcode}. */
public class UnitNotFoundException extends NotFoundException {

    public UnitNotFoundException(String pcode) {
        super(problem(pcode), "problem.unitNotFound", pcode);
    }

    private static ProblemDetail problem(String pcode) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setProperty("pcode", pcode);
        return problem;
    }
}
