package org.harambee.agreements.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.agreements.documents.AgreementDocuments;
import org.harambee.agreements.internal.AgreementInputs;
import org.harambee.agreements.lifecycle.Reminders;
import org.harambee.referrals.NoticeCount;
import org.harambee.system.Forms;
import org.harambee.system.InvalidInputException;
import org.harambee.system.Languages;
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
 * The agreement form bound to {@link AgreementForm}, with the services mocked and no database. The security filters are
 * off and method security is not loaded: who may send the form is the application's filter chain's business, checked
 * by AuthorisationMatrixIntegrationTests and AgreementsIntegrationTests; this slice checks how the form is bound and
 * answered. The mock user is there for the page layout, which shows the signed-in reader's menu.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({AgreementController.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"VIEW_PROGRAMME", "MANAGE_AGREEMENTS"})
class AgreementFormSliceTests {

    private static final UUID ID = UUID.fromString("5b0c4c4e-5f5a-4c39-9b64-2f1d1e0c0a01");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AgreementReading reading;

    @MockitoBean
    AgreementDrafting drafting;

    @MockitoBean
    AgreementDocuments documents;

    @MockitoBean
    Reminders reminders;

    @MockitoBean
    PartyChoices choices;

    @MockitoBean
    AgreementPage page;

    @MockitoBean
    AgreementExport export;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @Test
    void aValidFormIsSentWithItsDatesAndRedirectsToTheAgreement() {
        given(drafting.create(any())).willReturn(ID);

        assertThat(post("2026-03-01", "2027-02-28", Locale.ENGLISH))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/agreements/" + ID);

        ArgumentCaptor<AgreementInputs.AgreementInput> sent =
                ArgumentCaptor.forClass(AgreementInputs.AgreementInput.class);
        verify(drafting).create(sent.capture());
        assertThat(sent.getValue().title()).isEqualTo("Water point upkeep");
        assertThat(sent.getValue().startDate()).isEqualTo("2026-03-01");
        assertThat(sent.getValue().endDate()).isEqualTo("2027-02-28");
        assertThat(sent.getValue().reviewDate()).isNull();
    }

    @Test
    void aDateThatIsNoDateAnswersTheFormWithItsMessageAndSendsNothing() {
        assertThat(post("2026-03-01", "2026-13-45", Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(AgreementController.FORM)
                .bodyText()
                .contains("id=\"endDate-error\">Give a date as year-month-day.<")
                .contains("value=\"Water point upkeep\"")
                .doesNotContain("id=\"startDate-error\"");
        verify(drafting, never()).create(any());
    }

    @Test
    void aDateThatIsNoDateIsRefusedInTheReadersLanguage() {
        assertThat(post("2026-02-30", null, Locale.FRENCH))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"startDate-error\">Indiquez une date sous la forme année-mois-jour.<");
    }

    @Test
    void aRefusalOfTheServiceShowsBesideItsFieldAsTheFormNamesIt() {
        given(drafting.create(any()))
                .willThrow(new InvalidInputException(List.of(
                        new InvalidInputException.FieldProblem("title", "agreements.required"),
                        new InvalidInputException.FieldProblem("parties[0].refId", "agreements.choose.missing"))));

        assertThat(post("2026-03-01", null, Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(AgreementController.FORM)
                .bodyText()
                .contains("id=\"title-error\">This field is required.<")
                .contains("id=\"communityParty-error\">Choose from the list.<");
    }

    private MvcTestResult post(String startDate, String endDate, Locale locale) {
        var request = mvc.post()
                .uri("/agreements")
                .locale(locale)
                .param("title", "Water point upkeep")
                .param("purpose", "Who mends the pump")
                .param("formality", "MINUTED")
                .param("communityParty", "CLUSTER:" + UUID.randomUUID())
                .param("systemParty", "ORGANISATION:" + UUID.randomUUID())
                .param("startDate", startDate);
        if (endDate != null) {
            request = request.param("endDate", endDate);
        }
        return request.exchange();
    }
}
