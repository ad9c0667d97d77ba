package org.harambee.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.harambee.Nodes;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The gateways' stand-ins, one of each per test JVM: GreenMail, a real SMTP server in-process, and a MockWebServer
 * answering as RapidPro's broadcast API with a status the test chooses (201 unless told otherwise), keeping every
 * request it received. The sender is switched off in these contexts: tests run its passes by hand.
 */
public final class StandIns {

    public static final String TOKEN = "synthetic-rapidpro-token";
    public static final String FROM = "harambee@example.org";
    public static final String BASE_URL = "https://harambee.example.org";

    private static final GreenMail MAIL;
    private static final MockWebServer RAPIDPRO = new MockWebServer();
    private static final ConcurrentLinkedQueue<RecordedRequest> REQUESTS = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger STATUS = new AtomicInteger(201);

    static {
        try {
            MAIL = new GreenMail(new ServerSetup(Nodes.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MAIL.start();
        RAPIDPRO.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                REQUESTS.add(request);
                return new MockResponse.Builder()
                        .code(STATUS.get())
                        .addHeader("Content-Type", "application/json")
                        .body("{\"id\":1}")
                        .build();
            }
        });
        try {
            RAPIDPRO.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StandIns() {}

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("harambee.notifications.mail-from", () -> FROM);
        registry.add("harambee.notifications.rapidpro-url", () -> "http://127.0.0.1:" + RAPIDPRO.getPort() + "/");
        registry.add("harambee.notifications.rapidpro-token", () -> TOKEN);
        registry.add("harambee.notifications.base-url", () -> BASE_URL);
        registry.add("harambee.notifications.sender-enabled", () -> "false");
        registry.add("harambee.notifications.retry-first", () -> "10s");
        registry.add("harambee.notifications.retry-max", () -> "40s");
        registry.add("harambee.notifications.max-attempts", () -> "3");
        registry.add("harambee.notifications.gateway-timeout", () -> "5s");
        registry.add("harambee.notifications.lease", () -> "1m");
        registry.add("harambee.notifications.batch-size", () -> "25");
    }

    /** Forgets what the stand-ins received; RapidPro answers 201 again. */
    public static void reset() {
        try {
            MAIL.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        REQUESTS.clear();
        STATUS.set(201);
    }

    public static List<MimeMessage> mails() {
        return List.of(MAIL.getReceivedMessages());
    }

    public static List<RecordedRequest> smsRequests() {
        return List.copyOf(REQUESTS);
    }

    /** The status RapidPro answers from now on. */
    public static void rapidProAnswers(int status) {
        STATUS.set(status);
    }
}
