package org.harambee.access;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No account with this id: 404, on pages and in the API. */
class AccountNotFoundException extends ErrorResponseException {

    AccountNotFoundException(UUID id) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
                null,
                "problem.accountNotFound",
                null);
    }
}
