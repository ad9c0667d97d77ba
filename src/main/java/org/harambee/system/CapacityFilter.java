package org.harambee.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.harambee.system.CapacityMetrics.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of the node, before sessions and security (both may read the database): a request that may need the
 * database waits for one of the node's turns ({@link Admissions}) or is answered 503 with {@code Retry-After} at once,
 * instead of everyone waiting for a connection. A request's body is read before it waits ({@link BodyFirst}), so that
 * slow senders do not hold turns, by one of a bounded number of readers and within a deadline ({@link BodyReads}), so
 * that they do not hold every thread either. Static assets and health probes pass without a turn. A request that fails because
 * the database could not be reached, wherever in the chain, is answered the same way (never a 500).
 */
class CapacityFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CapacityFilter.class);

    /** Served without the database: assets (content-hashed or not), the app's static files, health and probes. */
    private static final List<String> FREE_PREFIXES =
            List.of("/css/", "/js/", "/img/", "/webjars/", "/actuator/", "/livez", "/readyz", "/favicon.ico");

    private static final List<String> FREE_APP_SUFFIXES = List.of(".js", ".css", ".svg", ".webmanifest");

    private final Admissions admissions;
    private final BusyAnswers busy;
    private final CapacityMetrics metrics;
    private final BodyReads reads;
    private final boolean enabled;
    private final int bodyLimit;

    CapacityFilter(
            Admissions admissions,
            BodyReads reads,
            BusyAnswers busy,
            CapacityMetrics metrics,
            CapacitySettings settings) {
        this.admissions = admissions;
        this.reads = reads;
        this.busy = busy;
        this.metrics = metrics;
        this.enabled = settings.enabled();
        this.bodyLimit =
                (int) Math.min(Integer.MAX_VALUE, settings.bodyFirstLimit().toBytes());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enabled || isFree(request)) {
            guarded(request, response, chain);
            return;
        }
        HttpServletRequest read = readFirst(request, response);
        if (read == null) {
            return;
        }
        Admissions.Outcome outcome = admissions.enter();
        if (outcome != Admissions.Outcome.ADMITTED) {
            metrics.refused(outcome == Admissions.Outcome.QUEUE_FULL ? Reason.QUEUE_FULL : Reason.WAITED_TOO_LONG);
            busy.write(request, response);
            return;
        }
        try {
            guarded(read, response, chain);
        } finally {
            admissions.leave();
        }
    }

    /**
     * The request with its body read ({@link BodyFirst}) by one of the node's {@link BodyReads}; {@code null} when it
     * was answered instead and its connection closed: 503 when no reader was free, 408 when the body did not arrive in
     * time.
     */
    private HttpServletRequest readFirst(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!BodyFirst.readsBody(request, bodyLimit)) {
            return request;
        }
        if (!reads.enter()) {
            metrics.refused(Reason.BODY_READERS);
            busy.write(request, response);
            BodyReads.answerAndClose(response);
            return null;
        }
        try {
            return BodyFirst.read(request, bodyLimit, reads);
        } catch (IOException ex) {
            if (!BodyReads.tooSlow(ex)) {
                throw ex;
            }
            metrics.refused(Reason.BODY_TOO_SLOW);
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
            }
            BodyReads.answerAndClose(response);
            return null;
        } finally {
            reads.leave();
        }
    }

    /** Runs the rest of the chain; a database that could not be reached becomes a 503 while nothing was sent. */
    private void guarded(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException ex) {
            if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
                throw ex;
            }
            log.warn("Answered 503, database unavailable: {}", DatabaseUnavailable.summary(ex));
            metrics.refused(Reason.DATABASE_UNAVAILABLE);
            String requestId = response.getHeader(RequestIdFilter.HEADER);
            response.reset();
            if (requestId != null) {
                response.setHeader(RequestIdFilter.HEADER, requestId);
            }
            busy.write(request, response);
        }
    }

    static boolean isFree(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (FREE_PREFIXES.stream().anyMatch(path::startsWith)) {
            return true;
        }
        return path.startsWith("/app/")
                && path.indexOf('/', "/app/".length()) < 0
                && FREE_APP_SUFFIXES.stream().anyMatch(path::endsWith);
    }
}
