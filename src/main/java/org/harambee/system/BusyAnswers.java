package org.harambee.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quick "try again shortly" answer: 503 with {@code Retry-After}, as an RFC 9457 problem under {@code /api/} and
 * as a small page elsewhere. Written without templates or the database, since it is what a node says when it has no
 * room for more work. The delay is spread between 1 s and {@code harambee.capacity.retry-after-max} so that refused
 * clients do not all return in the same second.
 */
@Component
public class BusyAnswers {

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final Languages languages;
    private final long retryAfterMaxSeconds;

    BusyAnswers(
            JsonMapper json,
            MessageSource messages,
            LocaleResolver locales,
            Languages languages,
            CapacitySettings settings) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
        this.languages = languages;
        this.retryAfterMaxSeconds = settings.retryAfterMax().toSeconds();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    long retryAfterSeconds() {
        return ThreadLocalRandom.current().nextLong(1, retryAfterMaxSeconds + 1);
    }

    /** The problem detail of an API call refused for now; the caller sets the status and {@code Retry-After}. */
    ProblemDetail problem(HttpServletRequest request, Locale locale, long retryAfter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("problem.busy", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("retryAfter", retryAfter);
        return problem;
    }

    /** Answers 503 with {@code Retry-After}: a problem detail under {@code /api/}, a small page elsewhere. */
    public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        long retryAfter = retryAfterSeconds();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem(request, locale, retryAfter));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setHeader("Content-Security-Policy", SecurityHeaders.CSP);
            response.getWriter().write(page(request.getContextPath(), locale));
        }
    }

    private String page(String context, Locale locale) {
        String title = escape(messages.getMessage("error.busy", null, locale));
        String detail = escape(messages.getMessage("error.busy.detail", null, locale));
        String home = escape(messages.getMessage("error.home", null, locale));
        return "<!DOCTYPE html>\n<html lang=\"" + escape(locale.getLanguage()) + "\" dir=\""
                + escape(languages.direction(locale)) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"" + context + "/css/harambee.css\">"
                + "</head><body><main class=\"page\"><section class=\"narrow\"><h1>" + title + "</h1><p>" + detail
                + "</p><p><a href=\"" + context + "/\">" + home + "</a></p></section></main></body></html>\n";
    }

    /** Only what HTML needs escaped; the page is UTF-8, so letters such as é stay as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
