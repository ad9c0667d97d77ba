package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A body over the limit is refused with 413 problem details, through the real server: a declared 50 MB body before
 * the server reads it (the answer arrives while the sender has sent 1 MB of it, so nothing was buffered), a chunked one
 * as soon as it passes the limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BodyLimitIntegrationTests {

    static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aDeclared50MegabyteBodyToAnAnonymousEndpointIsRefusedBeforeItIsRead() throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/sms/rapidpro HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + 50L * MB + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[MB]);
            out.flush();

            String answer = head(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("application/problem+json");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws IOException {
        String basic =
                Base64.getEncoder().encodeToString("admin:synthetic-admin-pass-2026".getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/tokens HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: Basic " + basic + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            chunk[0] = '[';
            try {
                for (int i = 0; i < 3 * MB / chunk.length; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    chunk[0] = ' ';
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server may close the connection once it has answered
            }

            assertThat(head(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
    }

    /** The status line and headers of the answer. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
