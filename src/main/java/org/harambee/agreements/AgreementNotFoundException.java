package org.harambee.agreements;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No agreement (or part of one) with this id: 404, on pages and in the API. */
class AgreementNotFoundException extends ErrorResponseException {

    AgreementNotFoundException() {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
                null,
                "problem.agreementNotFound",
                null);
    }
}
