package org.harambee.referrals.links;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A one-time link that opens nothing: mistyped or forged, replaced by a newer one, expired, or its referral moved on. */
public class LinkNotValidException extends ErrorResponseException {

    public LinkNotValidException() {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "problem.linkNotValid", null);
    }
}
