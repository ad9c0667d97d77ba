package org.harambee.system;

import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No record with this id that the user may see: 404, as a problem detail in the API and the error page on pages. The
 * detail is the message under {@code messageKey} in the reader's language; each module keeps its own key, so that what
 * the caller reads stays the module's own sentence.
 */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String messageKey, Object... args) {
        this(ProblemDetail.forStatus(HttpStatus.NOT_FOUND), messageKey, args);
    }

    /** With a problem detail that carries more properties (the P-code that was not found, say). */
    protected NotFoundException(ProblemDetail problem, String messageKey, Object... args) {
        super(HttpStatus.NOT_FOUND, problem, null, messageKey, args.length == 0 ? null : args);
    }

    /** For {@code Optional.orElseThrow}: {@code records.find(id).orElseThrow(NotFoundException.of("x.notFound"))}. */
    public static Supplier<NotFoundException> of(String messageKey) {
        return () -> new NotFoundException(messageKey);
    }
}
