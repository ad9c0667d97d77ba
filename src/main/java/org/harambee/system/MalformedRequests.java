package org.harambee.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request the firewall refuses once the application reads it (a form field whose name holds a control character,
 * for one): a client's mistake, answered 400, as problem details under {@code /api/} and as the error page elsewhere,
 * never 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedRequests {

    private final MessageSource messages;

    MalformedRequests(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!BusyAnswers.isApi(request)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return null;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.malformed", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
