package org.harambee.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Answers a list's export with its file, written straight to the response as the rows are read (decision 0036): the
 * header in the reader's language, the file named after the list and today's date. What the rows are, their scope and
 * the audit line stay with the module that owns the list; its rows come from {@link RecordStreams}.
 */
@Component
public class RecordExports {

    private final MessageSource messages;
    private final DeploymentZone zone;

    RecordExports(MessageSource messages, DeploymentZone zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /**
     * Writes the file {@code name-YYYY-MM-DD.csv|xlsx}: the header from {@code headerKeys} in the reader's language,
     * then what {@code rows} writes to the sheet; the rows must not be gathered in memory first.
     */
    public void write(
            HttpServletResponse response,
            ExportFormat format,
            String name,
            List<String> headerKeys,
            Consumer<ExportSheet> rows)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = headerKeys.stream()
                .map(key -> messages.getMessage(key, null, key, locale))
                .toList();
        response.setContentType(format.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name + "-" + zone.today() + "." + format.extension())
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (ExportSheet sheet = format.open(response.getOutputStream(), name, header)) {
            rows.accept(sheet);
        }
    }

    /**
     * The label of a coded value (a status, a category) in the reader's language, {@code prefix + value}; each value is
     * looked up once per export. The code itself when there is no message; empty for none.
     */
    public Function<Object, String> labels(String prefix) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Object, String> known = new HashMap<>();
        return value -> value == null
                ? null
                : known.computeIfAbsent(value, v -> messages.getMessage(prefix + v, null, String.valueOf(v), locale));
    }
}
