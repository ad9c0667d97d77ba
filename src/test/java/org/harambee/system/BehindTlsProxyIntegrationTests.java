package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Served over TLS by a proxy in front (which says so in {@code X-Forwarded-Proto}), pages tell browsers to keep to
 * HTTPS (HSTS) and the session cookie is {@code Secure}; over plain HTTP neither, since HSTS there means nothing. Every
 * page and API answer carries a Referrer-Policy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BehindTlsProxyIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void overHttpsAtTheProxyPagesSendHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> page = get("/login", "https");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void overPlainHttpNeitherHstsNorSecureCookie() throws Exception {
        HttpResponse<String> page = get("/login", null);

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void everyAnswerCarriesAReferrerPolicy() throws Exception {
        for (String path : List.of("/", "/units", "/api/v1/units", "/communities/map", "/nowhere")) {
            assertThat(get(path, null).headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("same-origin");
        }
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
