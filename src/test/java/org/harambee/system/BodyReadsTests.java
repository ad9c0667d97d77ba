package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A body read before a turn: within its deadline (the timeout, extended a second for every {@code minRate} bytes), at
 * most {@code readers} at once, and a form's fields parsed from the bytes read as the container would.
 */
class BodyReadsTests {

    @Test
    void aBodyThatKeepsUpIsReadWhateverItsLength() throws IOException {
        BodyReads reads = new BodyReads(2, Duration.ofMillis(200), 1_000_000);
        byte[] body = new byte[100_000];

        assertThat(reads.deadlined(new ByteArrayInputStream(body)).readAllBytes())
                .hasSize(100_000);
    }

    @Test
    void aTrickleIsCutOnceTheTimeoutHasPassed() {
        BodyReads reads = new BodyReads(2, Duration.ofMillis(300), 500);
        InputStream trickle = new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                // a byte at a time, as a socket that receives a byte at a time
                b[off] = (byte) read();
                return 1;
            }
        };
        long start = System.nanoTime();

        assertThatThrownBy(() -> reads.deadlined(trickle).readNBytes(4000))
                .isInstanceOf(BodyReads.TooSlow.class)
                .satisfies(e -> assertThat(BodyReads.tooSlow(e)).isTrue());
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(250L, 3_000L);
    }

    @Test
    void readersAreBounded() {
        BodyReads reads = new BodyReads(2, Duration.ofSeconds(1), 500);

        assertThat(reads.enter()).isTrue();
        assertThat(reads.enter()).isTrue();
        assertThat(reads.enter()).as("a third reader").isFalse();
        reads.leave();
        assertThat(reads.enter()).isTrue();
    }

    @Test
    void aFormIsParsedFromTheBytesReadQueryStringFirst() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setQueryString("lang=fr&next=%2Fhome");
        request.setContentType("application/x-www-form-urlencoded");
        request.setCharacterEncoding("UTF-8");
        request.setContent("username=synthetic+user&password=p%C3%A4ss%26word&lang=sw&bad=%zz&flag"
                .getBytes(StandardCharsets.US_ASCII));

        HttpServletRequest form = BodyFirst.read(request, 512 * 1024, new BodyReads(1, Duration.ofSeconds(5), 500));

        assertThat(form.getParameter("username")).isEqualTo("synthetic user");
        assertThat(form.getParameter("password")).isEqualTo("päss&word");
        assertThat(form.getParameterValues("lang")).containsExactly("fr", "sw");
        assertThat(form.getParameter("next")).isEqualTo("/home");
        assertThat(form.getParameter("flag")).isEmpty();
        assertThat(form.getParameterMap())
                .as("a field that does not decode is left out")
                .doesNotContainKey("bad");
        assertThat(java.util.Collections.list(form.getParameterNames()))
                .containsExactly("lang", "next", "username", "password", "flag");
    }

    @Test
    void aJsonBodyIsKeptAsRead() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/sms/rapidpro");
        request.setContentType("application/json");
        request.setContent("{\"text\":\"synthetic\"}".getBytes(StandardCharsets.UTF_8));

        HttpServletRequest read = BodyFirst.read(request, 512 * 1024, new BodyReads(1, Duration.ofSeconds(5), 500));

        assertThat(new String(read.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"text\":\"synthetic\"}");
    }
}
