package org.harambee.system;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request's body before it takes one of the node's turns, so that a phone sending its sync batch over 2G
 * holds a thread while it sends, not a turn that a request ready to work could use. JSON and other bodies up to the
 * limit are kept in memory (the limit bounds the memory: one body per servlet thread at most); a form's fields are
 * parsed by the container, within its own post size limit. Uploads (multipart) and larger bodies are read as the
 * application asks for them.
 */
final class BodyFirst {

    private BodyFirst() {}

    static HttpServletRequest read(HttpServletRequest request, int limit) throws IOException {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (type == null || length <= 0) {
            return request;
        }
        String media = type.toLowerCase(Locale.ROOT);
        if (media.startsWith("application/x-www-form-urlencoded")) {
            request.getParameterMap();
            return request;
        }
        if (media.startsWith("multipart/") || length > limit) {
            return request;
        }
        byte[] body = request.getInputStream().readNBytes((int) length);
        return new Buffered(request, body);
    }

    /** The request with its body already read. */
    static final class Buffered extends HttpServletRequestWrapper {

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
}
