package org.harambee.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first door of every request: a body larger than the limit ({@link BodyLimits}) is refused with 413 before a byte
 * of it is read, when its length is declared; a body sent in chunks is read up to the limit before the application
 * sees it (at most the limit in memory, as {@link BodyFirst} does for small bodies) and refused as soon as it passes
 * it. Forms and uploads sent in chunks are parsed by the container within its own limits, and counted when read as a
 * stream. So no request, signed in or not, makes the node hold more than the limit in
 * memory, whatever it sends.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private static final String EXCEEDED = BodyLimitFilter.class.getName() + ".exceeded";

    private final long requestLimit;
    private final long uploadLimit;
    private final List<PathPattern> uploadPaths;
    private final BodyReads reads;
    private final BusyAnswers busy;
    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    BodyLimitFilter(
            BodyLimits limits,
            BodyReads reads,
            BusyAnswers busy,
            JsonMapper json,
            MessageSource messages,
            LocaleResolver locales) {
        this.reads = reads;
        this.busy = busy;
        this.requestLimit = limits.requestBody().toBytes();
        this.uploadLimit = limits.uploadBody().toBytes();
        this.uploadPaths = limits.uploadPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        if (declared >= 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!parsedByTheContainer(request)) {
            // a body sent in chunks, of unknown length: read it up to the limit before anything else sees it, by one
            // of the node's body readers and within the body's deadline, as BodyFirst does
            if (!reads.enter()) {
                busy.write(request, response);
                BodyReads.answerAndClose(response);
                return;
            }
            byte[] body;
            try {
                body = reads.deadlined(request.getInputStream())
                        .readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            } catch (IOException ex) {
                if (!BodyReads.tooSlow(ex)) {
                    throw ex;
                }
                if (!response.isCommitted()) {
                    response.resetBuffer();
                    response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
                }
                BodyReads.answerAndClose(response);
                return;
            } finally {
                reads.leave();
            }
            if (body.length > limit) {
                refuse(request, response);
                return;
            }
            chain.doFilter(new BodyFirst.Buffered(request, body), response);
            return;
        }
        try {
            chain.doFilter(new Counted(request, limit), response);
        } catch (IOException | ServletException | RuntimeException ex) {
            if (request.getAttribute(EXCEEDED) == null || response.isCommitted()) {
                throw ex;
            }
        }
        if (request.getAttribute(EXCEEDED) != null && !response.isCommitted()) {
            response.reset();
            refuse(request, response);
        }
    }

    /**
     * Forms and uploads are read by the container itself, within {@code server.tomcat.max-http-form-post-size} and the
     * multipart limits; the count here covers what the application reads as a stream.
     */
    private static boolean parsedByTheContainer(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null
                && (type.regionMatches(true, 0, "multipart/", 0, "multipart/".length())
                        || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
    }

    /** Error dispatches carry no body of their own. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    private long limitOf(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.regionMatches(true, 0, "multipart/", 0, "multipart/".length())) {
            return requestLimit;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var container = org.springframework.http.server.PathContainer.parsePath(path);
        return uploadPaths.stream().anyMatch(p -> p.matches(container)) ? uploadLimit : requestLimit;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = locales.resolveLocale(request);
        String detail = messages.getMessage("problem.bodyTooLarge", null, locale);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        // what the client still sends is not read: the connection closes once the container has swallowed its share
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (BusyAnswers.isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(detail);
        }
    }

    /** Reading a body past its limit; the API answers it 413 wherever it surfaces ({@link ApiExceptionHandler}). */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("request body over the limit of " + limit + " bytes");
        }
    }

    /** Whether {@code failure} comes from reading a body past its limit. */
    static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** The request whose body stops being read, with an error, once it passes the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream body;
            private long count;

            CountingStream(ServletInputStream body) {
                this.body = body;
            }

            @Override
            public int read() throws IOException {
                int b = body.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] bytes, int off, int len) throws IOException {
                int n = body.read(bytes, off, (int) Math.min(len, limit - count + 1));
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            private void counted(int n) throws IOException {
                count += n;
                if (count > limit) {
                    setAttribute(EXCEEDED, Boolean.TRUE);
                    throw new TooLarge(limit);
                }
            }

            @Override
            public boolean isFinished() {
                return body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        }
    }
}
