package org.harambee.notifications.outbox;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A row that cannot be sent again by hand (not failed, or its one-time link erased): 409 saying why. */
public class NotRetryableException extends ErrorResponseException {

    private final String code;

    public NotRetryableException(String code) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, code, null);
        this.code = code;
    }

    /** The message key, for the page. */
    public String code() {
        return code;
    }
}
