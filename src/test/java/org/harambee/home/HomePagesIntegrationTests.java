package org.harambee.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.home.HomeWorld.FACILITATOR;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The home page and the menu as pages: each role's menu holds only links its role may open (each one followed and
 * answered without a refusal), a facilitator sees neither the API nor scale-up planning nor API tokens, the header
 * counts unread notices, and the page speaks English, French and Swahili.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomePagesIntegrationTests {

    /** An account of each role, from {@link HomeWorld}. */
    static final Map<Role, String> ACCOUNTS = Map.of(
            Role.ADMINISTRATOR, "admin",
            Role.NATIONAL_COORDINATOR, HomeWorld.NATIONAL,
            Role.DISTRICT_COORDINATOR, HomeWorld.AMBER,
            Role.PARTNER_PROGRAMME_MANAGER, HomeWorld.PARTNER,
            Role.COMMUNITY_FACILITATOR, FACILITATOR,
            Role.SERVICE_POINT_OFFICER, HomeWorld.OFFICER,
            Role.RESEARCHER, HomeWorld.RESEARCHER);

    static final Pattern NAV = Pattern.compile("(?s)<nav class=\"nav\">(.*?)</nav>");
    static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void theWorld() {
        new HomeWorld(jdbc).build(jobs);
    }

    @AfterEach
    void clear() {
        HomeWorld.clear(jdbc);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyLinkOfARolesMenuOpensForThatRole(Role role) {
        String page = page("/", role, "en");
        Matcher nav = NAV.matcher(page);
        assertThat(nav.find()).isTrue();
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(nav.group(1));
        while (href.find()) {
            links.add(href.group(1));
        }
        assertThat(links).contains("/", "/units", "/account");
        for (String link : links) {
            MvcTestResult opened = mvc.get()
                    .uri(link)
                    .with(TestAccounts.as(ACCOUNTS.get(role), role))
                    .exchange();
            assertThat(opened.getResponse().getStatus())
                    .as("%s opens %s", role, link)
                    .isIn(200, 302);
        }
    }

    @Test
    void aFacilitatorsPagesOfferNeitherTheApiNorScaleUpNorTokens() {
        String home = page("/", Role.COMMUNITY_FACILITATOR, "en");

        assertThat(home)
                .doesNotContain("href=\"/swagger-ui.html\"")
                .doesNotContain("href=\"/scale-up\"")
                .doesNotContain("href=\"/accounts\"")
                .contains("href=\"/communities\"", "href=\"/referrals\"");
        assertThat(page("/account", Role.COMMUNITY_FACILITATOR, "en")).doesNotContain("id=\"token-form\"");
        assertThat(page("/", Role.DISTRICT_COORDINATOR, "en"))
                .contains("href=\"/swagger-ui.html\"", "href=\"/scale-up\"");
        assertThat(page("/account", Role.DISTRICT_COORDINATOR, "en")).contains("id=\"token-form\"");
    }

    @Test
    void theHeaderCountsUnreadNoticesAndLinksToThem() {
        assertThat(page("/units", Role.COMMUNITY_FACILITATOR, "en"))
                .containsPattern("id=\"notice-count\"[^>]*href=\"/referrals#notices\"")
                .containsPattern("class=\"notice-count attention\">1<");
        jdbc.sql("update referral_notice set read_at = current_timestamp").update();
        assertThat(page("/units", Role.COMMUNITY_FACILITATOR, "en")).containsPattern("class=\"notice-count\">0<");
        assertThat(page("/units", Role.RESEARCHER, "en")).doesNotContain("notice-count");
    }

    @Test
    void theHomeSpeaksEachLanguage() {
        assertThat(page("/", Role.COMMUNITY_FACILITATOR, "en"))
                .contains("Your work", "Community facilitator", "My drafts");
        assertThat(page("/", Role.COMMUNITY_FACILITATOR, "fr"))
                .contains("Votre travail", "Facilitateur communautaire", "Mes brouillons");
        assertThat(page("/", Role.COMMUNITY_FACILITATOR, "sw"))
                .contains("Kazi yako", "Mwezeshaji wa jamii", "Rasimu zangu");
    }

    @Test
    void aPageOfTheHomeWithoutSigningInLeadsToTheSignIn() {
        assertThat(mvc.get().uri("/").exchange()).hasStatus(302).redirectedUrl().endsWith("/login");
    }

    private String page(String uri, Role role, String language) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .with(TestAccounts.as(ACCOUNTS.get(role), role))
                .header("Accept-Language", language)
                .exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
