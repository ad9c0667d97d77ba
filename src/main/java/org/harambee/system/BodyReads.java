package org.harambee.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.apache.catalina.connector.ClientAbortException;

/**
 * The bodies a node reads before a request takes a turn ({@link BodyFirst}, and chunked bodies in
 * {@link BodyLimitFilter}): reading one holds a servlet thread for as long as the client takes to send it, so that a
 * crowd of slow senders could hold every thread and starve the node. Two bounds:
 * <ul>
 *   <li>at most {@code readers} such bodies are read at once; a request that finds no free reader is answered 503
 *       with {@code Retry-After} at once, without reading its body, and its connection is closed;
 *   <li>a body must arrive within {@code timeout}, extended by one second for every {@code minRate} bytes received
 *       (as Apache's {@code mod_reqtimeout}: a phone on 2G sends faster than that and is never cut; a client sending a
 *       byte a second is cut after the timeout); a body that does not is refused with 408 and its connection closed.
 *       A client that stops sending is cut by the container's read timeout of the same length
 *       ({@code connectionUploadTimeout}, set from {@code timeout} in {@link OperationsFilters}).
 * </ul>
 */
final class BodyReads {

    private final Semaphore readers;
    private final long timeoutNanos;
    private final long minRate;

    BodyReads(int readers, Duration timeout, long minRate) {
        this.readers = new Semaphore(readers);
        this.timeoutNanos = timeout.toNanos();
        this.minRate = minRate;
    }

    /** Takes a reader, or says there is none free; a caller that took one must {@link #leave()} exactly once. */
    boolean enter() {
        return readers.tryAcquire();
    }

    void leave() {
        readers.release();
    }

    int available() {
        return readers.availablePermits();
    }

    /** {@code in}, refusing with {@link TooSlow} a read that comes after the body's deadline. */
    InputStream deadlined(InputStream in) {
        return new Deadlined(in, System.nanoTime(), timeoutNanos, minRate);
    }

    /**
     * Sends what was written to {@code response} and ends the exchange without reading the rest of the body: the
     * container closes the connection at once instead of reading (swallowing) what the client still sends, which a
     * slow client would make last as long as it likes. The exception (the container's own for a client gone) reaches
     * the container quietly: no error page, the connection closed once the answer is out.
     */
    static void answerAndClose(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.flushBuffer();
        throw new ClientAbortException("the request's body was not read; connection closed");
    }

    /** A body that did not arrive in time. */
    static final class TooSlow extends IOException {
        TooSlow() {
            super("request body too slow");
        }
    }

    /** Whether {@code failure} comes from a body that did not arrive in time, or from the container's read timeout. */
    static boolean tooSlow(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooSlow || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static final class Deadlined extends InputStream {

        private final InputStream in;
        private final long start;
        private final long timeoutNanos;
        private final long minRate;
        private long received;

        Deadlined(InputStream in, long start, long timeoutNanos, long minRate) {
            this.in = in;
            this.start = start;
            this.timeoutNanos = timeoutNanos;
            this.minRate = minRate;
        }

        private void check() throws TooSlow {
            long allowed = timeoutNanos + (minRate > 0 ? received * 1_000_000_000L / minRate : Long.MAX_VALUE / 4);
            if (System.nanoTime() - start > allowed) {
                throw new TooSlow();
            }
        }

        @Override
        public int read() throws IOException {
            check();
            int b = in.read();
            if (b >= 0) {
                received++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            int n = in.read(b, off, len);
            if (n > 0) {
                received += n;
            }
            return n;
        }
    }
}
