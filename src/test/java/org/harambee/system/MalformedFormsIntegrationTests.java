package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A form with a control character in a field's name or value is answered 400 (or the form again with its messages),
 * never 500, on pages and on the API (where it was a 500: the API's catch-all took the firewall's refusal for a
 * server error).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MalformedFormsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aControlCharacterInAFieldNameIsABadRequest() {
        MvcTestResult result = mvc.post()
                .uri("/organisations")
                .with(TestAccounts.as("admin", Role.ADMINISTRATOR))
                .with(csrf())
                .param("na\u0000me", "Hope")
                .param("kind\u0007", "NATIONAL_NGO")
                .exchange();

        assertThat(result.getUnresolvedException()).isNull();
        assertThat(result).hasStatus(400);
    }

    @Test
    void aFormWithAControlCharacterInAFieldNameSentToTheApiIsABadRequestWithProblemDetails() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/tokens")
                .with(httpBasic("admin", "synthetic-admin-pass-2026"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("a%00b=%01&name=x")
                .exchange();

        assertThat(result.getUnresolvedException()).isNull();
        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aControlCharacterInAFieldValueIsNoServerError() {
        MvcTestResult result = mvc.post()
                .uri("/organisations")
                .with(TestAccounts.as("admin", Role.ADMINISTRATOR))
                .with(csrf())
                .param("name", "Ho\u0000pe\u001b")
                .param("kind", "NATIONAL_NGO\u0001")
                .exchange();

        assertThat(result.getUnresolvedException()).isNull();
        assertThat(result.getResponse().getStatus()).isLessThan(500);
    }

    @Test
    void aControlCharacterInTheSignInFormIsABadRequest() {
        MvcTestResult result = mvc.post()
                .uri("/login")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(csrf())
                .param("user\u0001name", "admin")
                .param("password", "x")
                .exchange();

        assertThat(result.getUnresolvedException()).isNull();
        assertThat(result.getResponse().getStatus()).isLessThan(500);
    }
}
