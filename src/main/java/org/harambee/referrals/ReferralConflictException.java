package org.harambee.referrals;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A referral is not where the request assumed it was (an action out of order, a change made meanwhile): 409 with a
 * message saying why, and nothing changed.
 */
public class ReferralConflictException extends ErrorResponseException {

    private final String code;
    private final transient Object[] args;

    public ReferralConflictException(String code, Object... args) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, code, args);
        this.code = code;
        this.args = args;
    }

    /** The message key, for pages. */
    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }
}
