package org.harambee.scaleup.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No plan, phase, lesson, rollout or event with this id: 404, on pages and in the API. */
public class NotFound extends ErrorResponseException {

    public NotFound() {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "scaleup.notFound", null);
    }
}
