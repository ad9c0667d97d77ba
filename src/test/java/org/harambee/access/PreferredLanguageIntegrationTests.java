package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The language of the pages is kept on the account, so that it follows the user to another phone. */
@SpringBootTest
@AutoConfigureMockMvc
class PreferredLanguageIntegrationTests {

    static final String PASSWORD = "synthetic-language-pass-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aFacilitatorWithoutAPreferredLanguage() {
        TestAccounts.create(jdbc, "mariama", PASSWORD, null);
    }

    @Test
    void switchingLanguageWhileSignedInKeepsItOnTheAccount() {
        assertThat(mvc.get().uri("/account?lang=sw").with(TestAccounts.as("mariama", null)))
                .hasStatusOk()
                .bodyText()
                .contains("lang=\"sw\"");
        assertThat(language("mariama")).isEqualTo("sw");
        assertThat(mvc.get().uri("/account").with(TestAccounts.as("mariama", null)))
                .bodyText()
                .contains("Language of the pages", "<strong>Kiswahili</strong>");

        mvc.get().uri("/account?lang=fr").with(TestAccounts.as("mariama", null)).exchange();
        assertThat(language("mariama")).isEqualTo("fr");
    }

    @Test
    void aLanguageThePagesDoNotSpeakIsNotKept() {
        mvc.get().uri("/account?lang=sw").with(TestAccounts.as("mariama", null)).exchange();
        mvc.get().uri("/account?lang=de").with(TestAccounts.as("mariama", null)).exchange();

        assertThat(language("mariama")).isEqualTo("sw");
    }

    @Test
    void signingInOnAnotherPhoneTurnsThePagesToTheKeptLanguage() {
        mvc.get().uri("/account?lang=sw").with(TestAccounts.as("mariama", null)).exchange();

        MvcTestResult otherPhone = signIn(null);

        assertThat(otherPhone).hasStatus3xxRedirection().cookies().hasValue("harambee-lang", "sw");
    }

    @Test
    void theLanguageChosenBeforeSigningInIsKeptWhenTheAccountHasNone() {
        MvcTestResult signIn = signIn(new Cookie("harambee-lang", "fr"));

        assertThat(signIn).hasStatus3xxRedirection();
        assertThat(language("mariama")).isEqualTo("fr");
    }

    @Test
    void theKeptLanguageWinsOverTheOneChosenOnThisBrowser() {
        jdbc.sql("update access_user set language = 'sw' where username = 'mariama'")
                .update();

        assertThat(signIn(new Cookie("harambee-lang", "fr"))).cookies().hasValue("harambee-lang", "sw");
        assertThat(language("mariama")).isEqualTo("sw");
    }

    @Test
    void choosingALanguageBeforeSigningInChangesNoAccount() {
        assertThat(mvc.get().uri("/login?lang=fr")).hasStatusOk().bodyText().contains("Mot de passe");

        assertThat(language("mariama")).isNull();
    }

    private MvcTestResult signIn(Cookie cookie) {
        var request = mvc.post()
                .uri("/login")
                .param("username", "mariama")
                .param("password", PASSWORD)
                .with(csrf());
        return (cookie == null ? request : request.cookie(cookie)).exchange();
    }

    private String language(String username) {
        return jdbc.sql("select language from access_user where username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
