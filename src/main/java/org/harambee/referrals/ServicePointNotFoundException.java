package org.harambee.referrals;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No service point with this id: 404, on pages and in the API. */
public class ServicePointNotFoundException extends ErrorResponseException {

    public ServicePointNotFoundException() {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
                null,
                "problem.servicePointNotFound",
                null);
    }
}
