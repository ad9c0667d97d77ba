package org.harambee.access.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.access.OrganisationDirectory;
import org.harambee.referrals.NoticeCount;
import org.harambee.system.Forms;
import org.harambee.system.InvalidInputException;
import org.harambee.system.Languages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The account form bound to {@link AccountForm}, with the services mocked and no database. The security filters are
 * off and method security is not loaded: who may send the form, and its CSRF token, are the filter chain's business,
 * checked by AuthorisationMatrixIntegrationTests, CrossSiteWritesIntegrationTests and
 * AccountAdministrationIntegrationTests; this slice checks how the form is bound and answered. The mock user is there
 * for the page layout's menu.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({AccountAdminController.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"MANAGE_ACCOUNTS"})
class AccountFormSliceTests {

    private static final UUID ID = UUID.fromString("0b7e6c1a-2d3f-4e5a-9b8c-7d6e5f4a3b2c");
    private static final UUID ORGANISATION = UUID.fromString("6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AccountAdministration administration;

    @MockitoBean
    AccountReading reading;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @BeforeEach
    void organisations() {
        given(reading.organisations())
                .willReturn(List.of(new OrganisationDirectory.Organisation(ORGANISATION, "Tumaini Trust")));
    }

    @Test
    void aValidFormIsSentWithItsOrganisationAndEachRolesPlacesAndRedirectsToTheAccount() {
        assertThat(post(ORGANISATION.toString(), Locale.ENGLISH))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/accounts/" + ID);

        ArgumentCaptor<AccountAdministration.AccountInput> sent =
                ArgumentCaptor.forClass(AccountAdministration.AccountInput.class);
        verify(administration).update(eq(ID), sent.capture());
        assertThat(sent.getValue().displayName()).isEqualTo("Amara Odhiambo");
        assertThat(sent.getValue().organisationId()).isEqualTo(ORGANISATION);
        assertThat(sent.getValue().roles())
                .containsExactly(
                        new AccountAdministration.RoleGrant("ADMINISTRATOR", List.of()),
                        new AccountAdministration.RoleGrant("DISTRICT_COORDINATOR", List.of("QZ01", "QZ0102")));
    }

    @Test
    void anOrganisationThatIsNoIdAnswersTheFormWithItsMessageAndSendsNothing() {
        assertThat(post("not-an-id", Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(AccountAdminController.FORM)
                .bodyText()
                .contains("Choose from the list.")
                .contains("value=\"Amara Odhiambo\"")
                .contains("QZ01, QZ0102")
                .doesNotContain("<option value=\"" + ORGANISATION + "\" selected");
        verify(administration, never()).update(any(), any());
    }

    @Test
    void anOrganisationThatIsNoIdIsRefusedInTheReadersLanguage() {
        assertThat(post("not-an-id", Locale.FRENCH)).hasStatusOk().bodyText().contains("Choisissez dans la liste.");
    }

    @Test
    void aRefusalOfTheServiceShowsBesideItsFieldAndARolesBesideItsPlaces() {
        given(administration.update(eq(ID), any()))
                .willThrow(new InvalidInputException(List.of(
                        new InvalidInputException.FieldProblem("email", "accounts.email.invalid"),
                        new InvalidInputException.FieldProblem(
                                "roles[1].units", "accounts.roles.unknownUnit", "QZ0102"))));

        assertThat(post(ORGANISATION.toString(), Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(AccountAdminController.FORM)
                .bodyText()
                .contains("This is not an e-mail address.")
                .contains("No place has the P-code QZ0102.")
                .contains("value=\"Amara Odhiambo\"")
                .contains("QZ01, QZ0102");
    }

    private MvcTestResult post(String organisationId, Locale locale) {
        return mvc.post()
                .uri("/accounts/" + ID)
                .locale(locale)
                .param("displayName", "Amara Odhiambo")
                .param("email", "amara@example.org")
                .param("organisationId", organisationId)
                .param("roles", "ADMINISTRATOR", "DISTRICT_COORDINATOR")
                .param("units_DISTRICT_COORDINATOR", "QZ01, QZ0102")
                .exchange();
    }
}
