package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.servlet.http.Cookie;
import org.harambee.access.signin.LoginAttempts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A sign-in session is kept in the database, so that another node can serve the next request; sign-out ends it;
 * repeated failures pause sign-in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInStoresTheSessionAndSigningOutRemovesIt() {
        MvcTestResult signedIn = mvc.post()
                .uri("/login")
                .param("username", "admin")
                .param("password", "synthetic-admin-pass-2026")
                .with(csrf())
                .exchange();
        assertThat(signedIn).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(sessionsOf("admin")).isPositive();

        assertThat(mvc.get().uri("/units").cookie(session)).hasStatusOk();

        assertThat(mvc.post().uri("/logout").cookie(session).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/units").cookie(session))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login");
    }

    @Test
    void aWrongPasswordCreatesNoSignedInSession() {
        long before = sessionsOf("admin");

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", "admin")
                        .param("password", "not-the-password")
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?error");
        assertThat(sessionsOf("admin")).isEqualTo(before);
    }

    @Test
    void repeatedFailuresPauseSignInWithoutSayingWhy() {
        try {
            for (int i = 0; i < LoginAttempts.FREE_ATTEMPTS; i++) {
                assertThat(mvc.get().uri("/api/v1/units").with(httpBasic("admin", "wrong-" + i)))
                        .hasStatus(HttpStatus.UNAUTHORIZED);
            }

            assertThat(mvc.get().uri("/api/v1/units").with(httpBasic("admin", "synthetic-admin-pass-2026")))
                    .hasStatus(HttpStatus.UNAUTHORIZED)
                    .bodyText()
                    .doesNotContainIgnoringCase("lock");
            assertThat(jdbc.sql("select locked_until from access_user where username = 'admin'")
                            .query(java.sql.Timestamp.class)
                            .single())
                    .isNotNull();
        } finally {
            jdbc.sql("update access_user set failed_logins = 0, locked_until = null where username = 'admin'")
                    .update();
        }
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic("admin", "synthetic-admin-pass-2026")))
                .hasStatusOk();
    }

    private long sessionsOf(String user) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(user)
                .query(Long.class)
                .single();
    }
}
