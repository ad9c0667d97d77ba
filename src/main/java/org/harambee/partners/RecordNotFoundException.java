package org.harambee.partners;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No organisation, presence, adoption, stakeholder or forum with this id: 404, on pages and in the API. */
class RecordNotFoundException extends ErrorResponseException {

    RecordNotFoundException() {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "partners.notFound", null);
    }
}
