package org.harambee.referrals.servicepoints;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No route of the pathway with this id: 404, on pages and in the API. */
class PathwayRouteNotFoundException extends ErrorResponseException {

    PathwayRouteNotFoundException() {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
                null,
                "problem.pathwayRouteNotFound",
                null);
    }
}
