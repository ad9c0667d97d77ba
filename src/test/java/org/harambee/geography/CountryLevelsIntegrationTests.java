package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Naming a country's levels, through the API and the form; only administrators may. */
class CountryLevelsIntegrationTests extends QuzlandWebTests {

    @Test
    void anImportedCountryHasGenericLevelNamesUntilRenamed() {
        assertThat(mvc.get().uri("/api/v1/countries/QZ").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.levels[2].names.en")
                .isEqualTo("Level 2");
    }

    @Test
    void administratorRenamesLevelsThroughTheApi() {
        assertThat(mvc.put()
                        .uri("/api/v1/countries/QZ/levels")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"levels":[{"level":2,"names":{"en":"District","fr":"District","sw":"Wilaya"}}]}""")
                        .with(TestAccounts.administrator()))
                .hasStatusOk();

        assertThat(mvc.get()
                        .uri("/api/v1/units/QZ0101")
                        .header("Accept-Language", "sw")
                        .with(TestAccounts.as("reader", Role.RESEARCHER)))
                .bodyJson()
                .extractingPath("$.unit.levelName")
                .isEqualTo("Wilaya");
        assertThat(mvc.get().uri("/api/v1/countries/QZ").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .bodyJson()
                .extractingPath("$.levels[1].names.en")
                .isEqualTo("Level 1");
    }

    @Test
    void invalidNamesAreRefusedFieldByField() {
        assertThat(mvc.put()
                        .uri("/api/v1/countries/QZ/levels")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"levels":[{"level":12,"names":{"english":" "}}]}""")
                        .with(TestAccounts.administrator()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .isNotEmpty();
    }

    @Test
    void readersMayNotRenameLevels() {
        assertThat(mvc.put()
                        .uri("/api/v1/countries/QZ/levels")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"levels":[{"level":2,"names":{"en":"District"}}]}""")
                        .with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aUnitBelowTheCountryIsNotACountry() {
        assertThat(mvc.get().uri("/api/v1/countries/QZ01").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFormSavesNamesAndShowsThemOnTheCountryPage() {
        assertThat(mvc.post()
                        .uri("/units/QZ/levels")
                        .param("level.1.en", "Province")
                        .param("level.1.fr", "Province")
                        .param("level.3.en", "Chiefdom")
                        .param("level.3.fr", "Chefferie")
                        .with(TestAccounts.administrator())
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/units/QZ");

        assertThat(mvc.get().uri("/units/QZ?lang=fr").with(TestAccounts.administrator()))
                .bodyText()
                .contains("Chefferie", "Province", "Nommer les niveaux");
    }

    @Test
    void theFormRefusesABlankEnglishName() {
        assertThat(mvc.post()
                        .uri("/units/QZ/levels")
                        .param("level.1.en", " ")
                        .with(TestAccounts.administrator())
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("An English name is needed for every level.");
        assertThat(mvc.get().uri("/units/QZ/levels").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
