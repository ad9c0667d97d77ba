package org.harambee.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every request an id: the one a proxy sent in {@code X-Request-Id} when it is a plain token, otherwise a new
 * one. It is in the log context ({@code requestId}, a field of every JSON log line written while the request runs) and
 * returned in the {@code X-Request-Id} header, so that a user's report or a proxy's log leads to the lines. A request
 * that failed (5xx) or was slow is logged with its method, route (the mapping's pattern, such as
 * {@code /api/v1/referrals/{id}}: never the path itself, which may carry a one-time link's secret, nor the query string,
 * which may carry search terms), status and time; never who made it: the audit trail says who did what, the log is for
 * operating the node.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    private static final Logger log = LoggerFactory.getLogger("org.harambee.requests");
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private final long slowNanos;

    RequestIdFilter(Duration slow) {
        this.slowNanos = slow.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches()
                ? given
                : Ids.newId().toString();
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            long took = System.nanoTime() - start;
            // a failure after the answer was sent (a connection closed on purpose, BodyReads) logs the answer's status
            int status = failed && !response.isCommitted() ? 500 : response.getStatus();
            if (status >= 500 || took >= slowNanos) {
                log.info(
                        "{} {} answered {} in {} ms",
                        request.getMethod(),
                        route(request),
                        status,
                        Duration.ofNanos(took).toMillis());
            }
            MDC.remove(MDC_KEY);
        }
    }

    /** The matched mapping's pattern; for a request no controller took, its first path segment only. */
    static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            return pattern.toString();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int second = path.indexOf('/', 1);
        return second < 0 ? path : path.substring(0, second) + "/**";
    }
}
