package org.harambee.geography;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No unit has this P-code; answered as 404 (a problem detail on the API, the error page in the UI). */
public class UnitNotFoundException extends ErrorResponseException {

    public UnitNotFoundException(String pcode) {
        super(HttpStatus.NOT_FOUND, problem(pcode), null, "problem.unitNotFound", new Object[] {pcode});
    }

    private static ProblemDetail problem(String pcode) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setProperty("pcode", pcode);
        return problem;
    }
}
