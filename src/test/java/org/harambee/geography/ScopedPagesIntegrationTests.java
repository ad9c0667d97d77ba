package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Pages show a scoped user their places only: the district they start from, never a unit outside it. */
class ScopedPagesIntegrationTests extends QuzlandWebTests {

    @BeforeEach
    void districtCoordinatorOfAmber() {
        TestAccounts.create(jdbc, "sahr", "synthetic-sahr-pass-2026", Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, "idle", "synthetic-idle-pass-2026", Role.COMMUNITY_FACILITATOR);
    }

    @Test
    void theListStartsFromTheScopeAndSearchesOnlyInsideIt() {
        assertThat(mvc.get().uri("/units").with(TestAccounts.as("sahr", Role.DISTRICT_COORDINATOR)))
                .hasStatusOk()
                .bodyText()
                .contains("Amber", "/units/QZ0101")
                .doesNotContain("Quzland", "Lake Province", "Birch");
        assertThat(mvc.get()
                        .uri("/units?q=cedar")
                        .header("HX-Request", "true")
                        .with(TestAccounts.as("sahr", Role.DISTRICT_COORDINATOR)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Cedar");
    }

    @Test
    void aUnitInsideShowsItsBreadcrumbWithoutLinksAboveTheScope() {
        assertThat(mvc.get().uri("/units/QZ0101").with(TestAccounts.as("sahr", Role.DISTRICT_COORDINATOR)))
                .hasStatusOk()
                .bodyText()
                .contains("Hill Province", "Amber North")
                .doesNotContain("href=\"/units/QZ01\"", "href=\"/units/QZ\"");
        assertThat(mvc.get().uri("/units/QZ010101").with(TestAccounts.as("sahr", Role.DISTRICT_COORDINATOR)))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/units/QZ0101\"");
    }

    @Test
    void aUnitOutsideIsRefused() {
        for (String page : new String[] {"/units/QZ0201", "/units/QZ01", "/units/QZ", "/units/QZ0102/map.json"}) {
            assertThat(mvc.get().uri(page).with(TestAccounts.as("sahr", Role.DISTRICT_COORDINATOR)))
                    .as(page)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aRoleWithoutPlacesShowsNothing() {
        assertThat(mvc.get().uri("/units").with(TestAccounts.as("idle", Role.COMMUNITY_FACILITATOR)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Quzland", "Amber");
        assertThat(mvc.get().uri("/units/QZ0101").with(TestAccounts.as("idle", Role.COMMUNITY_FACILITATOR)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
