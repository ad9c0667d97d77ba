package org.harambee.referrals;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No referral with this id that the user may see: 404, so that its existence is not told either. */
public class ReferralNotFoundException extends ErrorResponseException {

    public ReferralNotFoundException() {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
                null,
                "problem.referralNotFound",
                null);
    }
}
