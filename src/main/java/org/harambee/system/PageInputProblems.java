package org.harambee.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;

/**
 * An invalid input that a page controller did not turn into messages beside its fields (a list's file asked for with
 * an unknown format or sort, say): the error page with 400, never 500. Forms keep their own handling ({@link Forms});
 * an API controller's answer stays the problem detail of {@link ApiExceptionHandler}, whichever advice runs first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageInputProblems {

    private final ApiExceptionHandler api;

    PageInputProblems(ApiExceptionHandler api) {
        this.api = api;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> refused(InvalidInputException ex, HandlerMethod handler, HttpServletResponse response)
            throws IOException {
        if (handler != null && AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(api.invalidInput(ex));
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return null;
    }
}
