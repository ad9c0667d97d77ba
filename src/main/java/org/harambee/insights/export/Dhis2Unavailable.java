package org.harambee.insights.export;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The DHIS2 server could not take a push: not configured (503), unreachable or refusing it (502). Answered as a
 * problem detail whose text names no address and no credential.
 */
public class Dhis2Unavailable extends ErrorResponseException {

    Dhis2Unavailable(HttpStatus status, String messageKey) {
        super(status, ProblemDetail.forStatus(status), null, messageKey, null);
    }
}
