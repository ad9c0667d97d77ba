package org.harambee.system;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request's body before it takes one of the node's turns, so that a phone sending its sync batch over 2G
 * holds a thread while it sends, not a turn that a request ready to work could use. JSON and other bodies up to the
 * limit are kept in memory (the limit bounds the memory: one body per servlet thread at most); a form's fields are
 * parsed by the container, within its own post size limit. Uploads (multipart) and larger bodies are read as the
 * application asks for them.
 */
final class BodyFirst {

    private BodyFirst() {}

    /** Whether {@link #read} reads the request's body (one of the node's {@link BodyReads}). */
    static boolean readsBody(HttpServletRequest request, int limit) {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (type == null || length <= 0) {
            return false;
        }
        String media = type.toLowerCase(Locale.ROOT);
        return media.startsWith("application/x-www-form-urlencoded")
                || !media.startsWith("multipart/") && length <= limit;
    }

    /**
     * The request with its body read (within the deadline of {@code reads}), or the request itself when its body is not
     * read first. A form's fields are parsed here from the bytes read (query string first, then body, as the container
     * does), so that the container does not read the body itself, without a deadline.
     */
    static HttpServletRequest read(HttpServletRequest request, int limit, BodyReads reads) throws IOException {
        if (!readsBody(request, limit)) {
            return request;
        }
        long length = request.getContentLengthLong();
        byte[] body = reads.deadlined(request.getInputStream()).readNBytes((int) Math.min(length, Integer.MAX_VALUE));
        if (request.getContentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return new Form(request, body);
        }
        return new Buffered(request, body);
    }

    /** The request with its body already read. */
    static class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bytes.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read before the request was admitted");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** A form whose fields were parsed from the body read first. */
    static final class Form extends Buffered {

        private final Map<String, String[]> parameters;

        Form(HttpServletRequest request, byte[] body) {
            super(request, body);
            String encoding = request.getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            Map<String, List<String>> fields = new LinkedHashMap<>();
            parse(request.getQueryString(), StandardCharsets.UTF_8, fields);
            parse(new String(body, StandardCharsets.ISO_8859_1), charset, fields);
            Map<String, String[]> map = new LinkedHashMap<>();
            fields.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(map);
        }

        /** {@code a=1&b=2} into {@code fields}; a pair that does not decode is left out, as the container does. */
        private static void parse(String encoded, Charset charset, Map<String, List<String>> fields) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
                    fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                } catch (IllegalArgumentException e) {
                    // a malformed escape: the field is dropped
                }
            }
        }

        /** The body's bytes were read as ISO-8859-1, one char a byte: percent escapes and others decode in the charset. */
        private static String decode(String latin1, Charset charset) {
            String bytesAsUrl = new String(latin1.getBytes(StandardCharsets.ISO_8859_1), charset);
            return URLDecoder.decode(bytesAsUrl, charset);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
