package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** The body limit reads nothing of a body declared too large, and stops reading one sent in chunks at the limit. */
class BodyLimitFilterTests {

    static final long FIFTY_MB = 50L * 1024 * 1024;

    private final BodyLimitFilter filter = new BodyLimitFilter(
            new BodyLimits(DataSize.ofMegabytes(2), DataSize.ofMegabytes(300), List.of("/api/v1/units/imports")),
            new BodyReads(32, java.time.Duration.ofSeconds(20), 500),
            CapacityFilterTests.busyAnswers(),
            JsonMapper.builder().build(),
            new StaticMessageSource() {
                {
                    setUseCodeAsDefaultMessage(true);
                }
            },
            new AcceptHeaderLocaleResolver());

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedUnread() throws Exception {
        Endless body = new Endless();
        MockHttpServletRequest request = request("/api/v1/sms/rapidpro", "application/json", FIFTY_MB, body);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(chain.getRequest()).isNull();
        assertThat(body.read).hasValue(0);
    }

    @Test
    void aChunkedBodyIsReadNoFurtherThanTheLimit() throws Exception {
        Endless body = new Endless();
        MockHttpServletRequest request = request("/api/v1/sms/rapidpro", "application/json", -1, body);
        request.addHeader("Transfer-Encoding", "chunked");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
        assertThat(body.read.get()).isLessThanOrEqualTo(DataSize.ofMegabytes(2).toBytes() + 1);
    }

    @Test
    void aChunkedUploadIsCountedAsTheApplicationReadsIt() throws Exception {
        Endless body = new Endless();
        MockHttpServletRequest request = request("/api/v1/units/imports", "multipart/form-data; boundary=x", -1, body);
        request.addHeader("Transfer-Encoding", "chunked");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> req.getInputStream().readAllBytes());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(body.read.get())
                .isLessThanOrEqualTo(DataSize.ofMegabytes(300).toBytes() + 1);
    }

    @Test
    void anUploadToAnUploadPathMayBeLarger() throws Exception {
        MockHttpServletRequest request =
                request("/api/v1/units/imports", "multipart/form-data; boundary=x", FIFTY_MB, new Endless());
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void anUploadElsewhereHasTheOrdinaryLimit() throws Exception {
        MockHttpServletRequest request = request("/login", "multipart/form-data; boundary=x", FIFTY_MB, new Endless());
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
    }

    private static MockHttpServletRequest request(String path, String type, long length, ServletInputStream body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return length;
            }

            @Override
            public ServletInputStream getInputStream() {
                return body;
            }
        };
        request.setContentType(type);
        return request;
    }

    /** A body that never ends, counting what was read of it. */
    static final class Endless extends ServletInputStream {
        final AtomicLong read = new AtomicLong();

        @Override
        public int read() {
            read.incrementAndGet();
            return 'x';
        }

        @Override
        public int read(byte[] bytes, int off, int len) {
            java.util.Arrays.fill(bytes, off, off + len, (byte) 'x');
            read.addAndGet(len);
            return len;
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {}
    }
}
