package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Personal API tokens: created once with their secret, used as Bearer, refused when revoked, expired or unknown. */
class TokensIntegrationTests extends SyntheticUserTests {

    static final String USER = "kamara";
    static final String PASSWORD = "synthetic-kamara-pass";

    @Override
    String username() {
        return USER;
    }

    @Override
    String password() {
        return PASSWORD;
    }

    @Test
    void aTokenSignsInAsItsOwnerWithTheOwnersRoles() throws Exception {
        String secret = createToken("nightly export", 30);

        assertThat(secret).startsWith("hmb_").hasSize(47);
        assertThat(mvc.get().uri("/api/v1/units").header("Authorization", "Bearer " + secret))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/v1/units/imports")
                        .multipart()
                        .file("file", "x".getBytes())
                        .header("Authorization", "Bearer " + secret))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/tokens").with(httpBasic(USER, PASSWORD)))
                .hasStatusOk()
                .bodyText()
                .contains("nightly export", "lastUsedAt")
                .doesNotContain(secret);
    }

    @Test
    void revokedExpiredAndUnknownTokensAreRefusedAlike() throws Exception {
        String revoked = createToken("old laptop", 30);
        String id = jdbc.sql("select cast(id as varchar(36)) from access_token where name = 'old laptop'")
                .query(String.class)
                .single();
        assertThat(mvc.delete().uri("/api/v1/tokens/" + id).with(httpBasic(USER, PASSWORD)))
                .hasStatus(HttpStatus.NO_CONTENT);
        String expired = createToken("short-lived", 1);
        jdbc.sql("update access_token set expires_at = created_at where name = 'short-lived'")
                .update();

        for (String secret : List.of(revoked, expired, "hmb_not-a-token-that-exists-anywhere-at-all-0000")) {
            assertThat(mvc.get().uri("/api/v1/units").header("Authorization", "Bearer " + secret))
                    .hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void nobodyRevokesAnotherUsersToken() throws Exception {
        createToken("mine", 30);
        String id = jdbc.sql("select cast(id as varchar(36)) from access_token where name = 'mine'")
                .query(String.class)
                .single();

        assertThat(mvc.delete().uri("/api/v1/tokens/" + id).with(httpBasic("admin", "synthetic-admin-pass-2026")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTokenNeedsANameAndAtMostAYear() {
        assertThat(mvc.post()
                        .uri("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"days\":400}")
                        .with(httpBasic(USER, PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("name", "days");
    }

    @Test
    void whatIsWrongWithATokenIsSaidInTheCallersLanguage() {
        assertThat(mvc.post()
                        .uri("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "sw")
                        .content("{\"name\":\" \",\"days\":90}")
                        .with(httpBasic(USER, PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("Eleza tokeni ni ya kazi gani, kwa herufi zisizozidi 100.");
    }

    @Test
    void theAccountPageShowsANewSecretOnceOnly() throws Exception {
        var created = mvc.post()
                .uri("/account/tokens")
                .param("tokenName", "district dashboard")
                .param("tokenDays", "90")
                .with(user(USER))
                .with(csrf())
                .exchange();
        assertThat(created).hasStatusOk();
        String page = created.getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*(hmb_[A-Za-z0-9_-]{43}).*", "$1");
        assertThat(secret).startsWith("hmb_").hasSize(47);
        assertThat(mvc.get().uri("/api/v1/units").header("Authorization", "Bearer " + secret))
                .hasStatusOk();

        assertThat(mvc.get().uri("/account").with(user(USER)))
                .bodyText()
                .contains("district dashboard")
                .doesNotContain(secret);
    }

    @Test
    void theAccountFormRefusesANamelessToken() {
        assertThat(mvc.post()
                        .uri("/account/tokens")
                        .param("tokenName", " ")
                        .param("tokenDays", "90")
                        .with(user(USER).authorities(new SimpleGrantedAuthority("EXPORT_AGGREGATES")))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Say what the token is for");
        assertThat(jdbc.sql("select count(*) from access_token t join access_user u on u.id = t.user_id"
                                + " where u.username = ?")
                        .param(USER)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theAccountFormRefusesDaysThatAreNoNumberBesideTheDaysAndMakesNoToken() {
        assertThat(mvc.post()
                        .uri("/account/tokens")
                        .param("tokenName", "district dashboard")
                        .param("tokenDays", "ninety")
                        .with(user(USER).authorities(new SimpleGrantedAuthority("EXPORT_AGGREGATES")))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("class=\"field-error\">Choose from 1 to 365 days.<")
                .doesNotContain("hmb_");
        assertThat(jdbc.sql("select count(*) from access_token t join access_user u on u.id = t.user_id"
                                + " where u.username = ?")
                        .param(USER)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String createToken(String name, int days) throws Exception {
        var result = mvc.post()
                .uri("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"days\":" + days + "}")
                .with(httpBasic(USER, PASSWORD))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return JsonPath.read(result.getResponse().getContentAsString(), "$.secret");
    }
}
