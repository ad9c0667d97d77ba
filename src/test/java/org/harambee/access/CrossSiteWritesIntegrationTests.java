package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.servlet.http.Cookie;
import org.harambee.access.tokens.ApiTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * A forged cross-site write is refused however it is dressed: a signed-in page's session needs its CSRF token even
 * when an Authorization header comes along, and a write from another origin is refused outright. Clients that sign in
 * by their own header, without a session, still work; browsers are never asked for Basic credentials.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrossSiteWritesIntegrationTests {

    static final String ADMIN_PASSWORD = "synthetic-admin-pass-2026";
    static final String TOKEN = "{\"name\":\"cross-site\",\"days\":1}";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private Cookie session;

    @BeforeEach
    void signInOnThePages() {
        session = mvc.post()
                .uri("/login")
                .param("username", "admin")
                .param("password", ADMIN_PASSWORD)
                .with(csrf())
                .exchange()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
    }

    @AfterEach
    void removeTokens() {
        jdbc.sql("delete from access_token where name = 'cross-site'").update();
    }

    @Test
    void aSessionWithABogusAuthorizationHeaderStillNeedsTheCsrfToken() {
        assertThat(write().cookie(session).header("Authorization", "Harambee let-me-in"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(write().cookie(session).header("Authorization", "Bearer")).hasStatus4xxClientError();
        assertThat(created()).isZero();
    }

    @Test
    void aSessionWithTheBrowsersCachedBasicCredentialsStillNeedsTheCsrfToken() {
        assertThat(write().cookie(session).with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(created()).isZero();
    }

    @Test
    void aWriteFromAnotherOriginIsRefusedEvenWithCredentialsAndToken() {
        assertThat(write().cookie(session).with(csrf()).header("Origin", "https://evil.example"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(write().with(httpBasic("admin", ADMIN_PASSWORD)).header("Origin", "https://evil.example"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(write().with(httpBasic("admin", ADMIN_PASSWORD)).header("Origin", "null"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(created()).isZero();
    }

    @Test
    void thePagesOwnWritesWithTheTokenAndItsOriginAreTaken() {
        assertThat(write().cookie(session).with(csrf()).header("Origin", "http://localhost"))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void clientsSigningInByTheirOwnHeaderNeedNoCsrfToken() {
        String secret = tokens.create("admin", "cross-site", 1).secret();

        assertThat(write().header("Authorization", "Bearer " + secret)).hasStatus(HttpStatus.CREATED);
        assertThat(write().with(httpBasic("admin", ADMIN_PASSWORD))).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void browsersAreNeverAskedForBasicCredentials() {
        assertThat(mvc.get().uri("/api/v1/units").header("User-Agent", "Mozilla/5.0 (Linux; Android 10)"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .headers()
                .hasValue("WWW-Authenticate", "Bearer realm=\"Harambee\"");
        assertThat(mvc.get().uri("/api/v1/units").header("Sec-Fetch-Mode", "cors"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .headers()
                .hasValue("WWW-Authenticate", "Bearer realm=\"Harambee\"");
        assertThat(mvc.get().uri("/api/v1/units").header("User-Agent", "curl/8.5.0"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .headers()
                .hasValue("WWW-Authenticate", "Basic realm=\"Harambee\"");
    }

    private MockMvcRequestBuilder write() {
        return mvc.post()
                .uri("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TOKEN);
    }

    private long created() {
        return jdbc.sql("select count(*) from access_token where name = 'cross-site'")
                .query(Long.class)
                .single();
    }
}
