package org.harambee.system;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.harambee.system.CapacityMetrics.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An API call that found no free connection in time ({@code spring.datasource.hikari.connection-timeout}) or no
 * database is answered 503 with {@code Retry-After}, before {@link ApiExceptionHandler} would call it a 500. Pages
 * get the same answer from {@link CapacityFilter}, which sees their failures come out of the servlet.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableProblems {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableProblems.class);

    private final BusyAnswers busy;
    private final CapacityMetrics metrics;

    DatabaseUnavailableProblems(BusyAnswers busy, CapacityMetrics metrics) {
        this.busy = busy;
        this.metrics = metrics;
    }

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        SQLTransientConnectionException.class,
        SQLNonTransientConnectionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception ex, HttpServletRequest request) {
        log.warn("Answered 503, database unavailable: {}", DatabaseUnavailable.summary(ex));
        metrics.refused(Reason.DATABASE_UNAVAILABLE);
        long retryAfter = busy.retryAfterSeconds();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(busy.problem(request, LocaleContextHolder.getLocale(), retryAfter));
    }
}
