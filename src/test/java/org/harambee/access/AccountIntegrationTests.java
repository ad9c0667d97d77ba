package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A user changes their own password and signs out everywhere, on the page and through the API. */
class AccountIntegrationTests extends SyntheticUserTests {

    static final String USER = "mariama";
    static final String FIRST = "first-synthetic-pass";
    static final String SECOND = "second-synthetic-pass";

    @Override
    String username() {
        return USER;
    }

    @Override
    String password() {
        return FIRST;
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() {
        Cookie here = signIn(FIRST);
        Cookie elsewhere = signIn(FIRST);

        assertThat(mvc.post()
                        .uri("/account/password")
                        .param("currentPassword", FIRST)
                        .param("newPassword", SECOND)
                        .param("confirmPassword", SECOND)
                        .cookie(here)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/account");

        assertThat(mvc.get().uri("/account").cookie(here)).hasStatusOk();
        assertThat(mvc.get().uri("/account").cookie(elsewhere)).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic(USER, FIRST))).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic(USER, SECOND))).hasStatusOk();
    }

    @Test
    void theFormExplainsEachProblemByField() {
        Cookie here = signIn(FIRST);

        assertThat(mvc.post()
                        .uri("/account/password")
                        .param("currentPassword", "not-mine-at-all")
                        .param("newPassword", "short")
                        .param("confirmPassword", "short")
                        .cookie(here)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("This is not your current password.", "Choose at least 12 characters");
        assertThat(mvc.post()
                        .uri("/account/password")
                        .param("currentPassword", FIRST)
                        .param("newPassword", SECOND)
                        .param("confirmPassword", "something-else-entirely")
                        .cookie(here)
                        .with(csrf()))
                .bodyText()
                .contains("The two new passwords differ.");
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic(USER, FIRST))).hasStatusOk();
    }

    @Test
    void theApiChangesThePasswordOrAnswersAProblemByField() {
        assertThat(mvc.post()
                        .uri("/api/v1/account/password")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + FIRST + "\",\"newPassword\":\"" + FIRST + "\"}")
                        .with(httpBasic(USER, FIRST)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("newPassword");

        assertThat(mvc.post()
                        .uri("/api/v1/account/password")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + FIRST + "\",\"newPassword\":\"" + SECOND + "\"}")
                        .with(httpBasic(USER, FIRST)))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic(USER, SECOND))).hasStatusOk();
    }

    @Test
    void signingOutEverywhereEndsEverySession() {
        Cookie here = signIn(FIRST);
        Cookie elsewhere = signIn(FIRST);

        assertThat(mvc.post().uri("/account/sessions/end").cookie(here).with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?logout");

        assertThat(mvc.get().uri("/account").cookie(here)).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/account").cookie(elsewhere)).hasStatus(HttpStatus.FOUND);
    }

    private Cookie signIn(String password) {
        var result = mvc.post()
                .uri("/login")
                .param("username", USER)
                .param("password", password)
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        return result.getResponse().getCookie("SESSION");
    }
}
