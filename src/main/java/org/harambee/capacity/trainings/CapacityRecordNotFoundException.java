package org.harambee.capacity.trainings;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such competency, training, participant, facilitator or assignment: 404, on pages and in the API. */
public class CapacityRecordNotFoundException extends ErrorResponseException {

    public CapacityRecordNotFoundException() {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
                null,
                "problem.capacityRecordNotFound",
                null);
    }
}
