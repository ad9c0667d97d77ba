package org.harambee.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the API's 401 and 403 answers as RFC 9457 problem details, in the caller's language. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final MessageSource messages;

    ProblemResponses(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        // a browser that is asked for Basic credentials prompts for them and then sends them with every request,
        // forged ones included: browsers are asked for a bearer token, which they never prompt for
        response.setHeader(
                "WWW-Authenticate", fromBrowser(request) ? "Bearer realm=\"Harambee\"" : "Basic realm=\"Harambee\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    /** Browsers send {@code Sec-Fetch-Mode} (all current ones) or call themselves Mozilla; scripts and servers do not. */
    static boolean fromBrowser(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return request.getHeader("Sec-Fetch-Mode") != null || (agent != null && agent.startsWith("Mozilla/"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
