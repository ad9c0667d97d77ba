package org.harambee.referrals.sms;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A webhook body larger than a concern can be: 413, read no further than the cap. */
class SmsBodyTooLargeException extends ErrorResponseException {

    SmsBodyTooLargeException(int cap) {
        super(
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE),
                null,
                "referrals.sms.tooLarge",
                new Object[] {cap / 1024});
    }
}
