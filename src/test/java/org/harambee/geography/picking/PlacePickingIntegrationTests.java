package org.harambee.geography.picking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.system.ResultPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The picker finds a place by any of its names, folded, or by P-code, the P-code typed in full first; shows each
 * place's parents; and offers nothing outside the user's area, in the pages and the API alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlacePickingIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlacePicking picking;

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void zedland() {
        Zedland.load(jdbc, jobs);
        TestAccounts.create(jdbc, "picker-kenema", "synthetic-picker-pass-2026", Role.COMMUNITY_FACILITATOR, "ZZ0101");
    }

    @Test
    @WithMockUser(username = "admin", authorities = "VIEW_PLACES")
    void anAccentedNameIsFoundWithoutItsAccentsInAnyCase() {
        assertThat(pcodes("SEGBWE")).containsExactly("ZZ010102");
        assertThat(pcodes("ségbwéma")).containsExactly("ZZ010102");
    }

    @Test
    @WithMockUser(username = "admin", authorities = "VIEW_PLACES")
    void anArabicNameIsFound() {
        assertThat(pcodes("سيغب")).containsExactly("ZZ010102");
    }

    @Test
    @WithMockUser(username = "admin", authorities = "VIEW_PLACES")
    void aDistrictTypedByItsFullPcodeComesFirst() {
        assertThat(picking.find("ZZ0101", Permission.VIEW_PLACES, 0, 1, "en").items())
                .extracting(PlaceCandidate::pcode)
                .containsExactly("ZZ0101");
        assertThat(pcodes("zz0101")).containsExactly("ZZ0101", "ZZ010103", "ZZ010101", "ZZ010102");
    }

    @Test
    @WithMockUser(username = "admin", authorities = "VIEW_PLACES")
    void twoPlacesOfTheSameNameAreToldApartByTheirParents() {
        List<PlaceCandidate> bamas =
                picking.find("bama", Permission.VIEW_PLACES, 0, 10, "en").items();
        assertThat(bamas).extracting(PlaceCandidate::within).containsExactly("Kenema › Eastern", "Bo › Southern");
        assertThat(picking.find("Eastern", Permission.VIEW_PLACES, 0, 10, "en").items())
                .extracting(PlaceCandidate::within)
                .containsExactly("Zedland");
    }

    @Test
    @WithMockUser(username = "admin", authorities = "VIEW_PLACES")
    void aPageIsBoundedAndCounted() {
        ResultPage<PlaceCandidate> page = picking.find("ZZ", Permission.VIEW_PLACES, 0, 500, "en");
        assertThat(page.size()).isEqualTo(PlacePicking.MAX_SIZE);
        assertThat(page.totalItems()).isEqualTo(9);
        assertThat(picking.find("ZZ", Permission.VIEW_PLACES, 1, 4, "en").items())
                .extracting(PlaceCandidate::pcode)
                .containsExactly("ZZ0101", "ZZ010103", "ZZ010101", "ZZ020101");
        assertThat(picking.find("  ", Permission.VIEW_PLACES, 0, 10, "en").totalItems())
                .isZero();
    }

    @Test
    void noPlaceOutsideTheUsersAreaIsOffered() {
        assertThat(mvc.get()
                        .uri("/api/v1/places?q={q}", "bama")
                        .with(TestAccounts.as("picker-kenema", Role.COMMUNITY_FACILITATOR)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].pcode")
                .asArray()
                .containsExactly("ZZ010101");
        assertThat(mvc.get()
                        .uri("/api/v1/places?q={q}", "ZZ02")
                        .with(TestAccounts.as("picker-kenema", Role.COMMUNITY_FACILITATOR)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(0);
        assertThat(mvc.get()
                        .uri("/places/pick?field=unit&unit={q}", "Eas")
                        .header("HX-Request", "true")
                        .with(TestAccounts.as("picker-kenema", Role.COMMUNITY_FACILITATOR)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("ZZ01<");
    }

    @Test
    void theHtmxSuggestionsShowEachCandidatesParents() {
        assertThat(mvc.get()
                        .uri("/places/pick?field=unit&id=area&unit={q}", "bam")
                        .header("HX-Request", "true")
                        .with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("data-field=\"area\"", "data-pcode=\"ZZ010101\"", "Kenema › Eastern", "Bo › Southern")
                .doesNotContain("<html");
    }

    @Test
    void withoutJavascriptThePickerPageLinksBackToTheFormWithEveryFieldAsTyped() {
        assertThat(mvc.get()
                        .uri(
                                "/places/pick?_pick=unit&unit=bama&name={name}&_back=/communities/new&_csrf=secret",
                                "Kids & carers")
                        .with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("/communities/new?unit=ZZ020101&amp;_picked=unit&amp;name=Kids+%26+carers")
                .contains("Bo › Southern")
                .doesNotContain("secret");
    }

    @Test
    void aRecordsFormSentByPostKeepsItsFieldsOutOfEveryAddressAndGetsThemBack() throws Exception {
        var sent = mvc.post()
                .uri("/places/pick")
                .param("_pick", "unit")
                .param("unit", "bama")
                .param("name", "Synthetic Kids club")
                .param("populationTotal", "120")
                .param("_back", "/communities/new")
                .with(csrf())
                .with(TestAccounts.as("picker-kenema", Role.COMMUNITY_FACILITATOR))
                .exchange()
                .getResponse();
        String page = sent.getContentAsString();
        Cookie session = sent.getCookie("SESSION");
        assertThat(session).as("the fields are kept in the session").isNotNull();
        Matcher link = Pattern.compile("href=\"(/communities/new\\?unit=ZZ010101[^\"]*)\"")
                .matcher(page);
        assertThat(link.find()).as("a link back with the picked place").isTrue();
        String back = link.group(1).replace("&amp;", "&");
        assertThat(back).contains("_carry=").doesNotContain("Synthetic", "120", "csrf");
        assertThat(page).doesNotContain("value=\"Synthetic Kids club\"");

        assertThat(mvc.get()
                        .uri(back)
                        .cookie(session)
                        .with(TestAccounts.as("picker-kenema", Role.COMMUNITY_FACILITATOR)))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"Synthetic Kids club\"", "value=\"ZZ010101\"", "value=\"120\"");
        assertThat(mvc.get().uri(back).with(TestAccounts.as("picker-kenema", Role.COMMUNITY_FACILITATOR)))
                .as("another session gets the place only")
                .hasStatusOk()
                .bodyText()
                .contains("value=\"ZZ010101\"")
                .doesNotContain("Synthetic Kids club");
    }

    @Test
    void thePickerNeverSendsTheUserToAnotherSite() {
        assertThat(mvc.get()
                        .uri("/places/pick?_pick=unit&unit=bama&_back=//evil.example/x")
                        .with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/?unit=ZZ010101")
                .doesNotContain("evil.example");
    }

    @Test
    void severalPlacesInOneFieldKeepThoseAlreadyPicked() {
        assertThat(mvc.get()
                        .uri("/places/pick?_pick=units&_many_units=true&units={typed}&_back=/x", "ZZ0201, bam")
                        .with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("/x?units=ZZ0201%2C+ZZ010101&amp;_picked=units");
    }

    @Test
    void backOnTheFormEveryTypedFieldIsShownWithThePickedPlace() {
        assertThat(mvc.get()
                        .uri("/communities/new?unit=ZZ010101&_picked=unit&name={name}&populationTotal=120", "Kids club")
                        .with(TestAccounts.as("picker-kenema", Role.COMMUNITY_FACILITATOR)))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"Kids club\"", "value=\"ZZ010101\"", "value=\"120\"");
    }

    private List<String> pcodes(String text) {
        return picking.find(text, Permission.VIEW_PLACES, 0, 50, "en").items().stream()
                .map(PlaceCandidate::pcode)
                .toList();
    }
}
