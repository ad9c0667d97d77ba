package org.harambee.communities;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No community (or record of one) with this id: 404, on pages and in the API. */
public class CommunityNotFoundException extends ErrorResponseException {

    public CommunityNotFoundException() {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
                null,
                "problem.communityNotFound",
                null);
    }
}
