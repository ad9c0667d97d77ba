package org.harambee.referrals.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.referrals.ConsentInput;
import org.harambee.referrals.NoticeCount;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralInput;
import org.harambee.referrals.ReferralSubmission;
import org.harambee.referrals.ReferralTransitions;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.TransitionInput;
import org.harambee.referrals.internal.ReferralReading;
import org.harambee.referrals.links.LinkIssuing;
import org.harambee.referrals.servicepoints.EmergencyNumberRecords;
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
 * The referral form bound to {@link ReferralForm}, and an action on a referral's page bound to {@link TransitionForm},
 * with the services mocked and no database. The security filters are off and method security is not loaded: who may
 * send a referral, open it or act on it is checked by the filter chain and the services (ReferralsIntegrationTests,
 * ReferralPagesIntegrationTests, AuthorisationMatrixIntegrationTests); this slice checks how the form is bound and
 * answered. The mock user is there for the page layout's menu.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({ReferralController.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"CREATE_REFERRALS"})
class ReferralFormSliceTests {

    private static final UUID ID = UUID.fromString("7c2d9a4e-1b3f-4e5a-9c6d-0e1f2a3b4c5d");
    private static final UUID COMMUNITY = UUID.fromString("3a4b5c6d-7e8f-4a1b-8c2d-3e4f5a6b7c8d");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReferralReading reading;

    @MockitoBean
    ReferralSubmission submission;

    @MockitoBean
    ReferralTransitions transitions;

    @MockitoBean
    LinkIssuing linkIssuing;

    @MockitoBean
    ServicePoints servicePoints;

    @MockitoBean
    Communities communities;

    @MockitoBean
    Scopes scopes;

    @MockitoBean
    EmergencyNumberRecords emergencyNumberRecords;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @Test
    void aValidFormIsSentWithItsIdsAndDateAndRedirectsToTheReferral() {
        given(submission.submit(isNull(), any(), any(), eq(ReferralAction.SEND)))
                .willReturn(new ReferralTransitions.Sent(ID, null));

        assertThat(post(COMMUNITY.toString(), "2015-06-30", "send", Locale.ENGLISH))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/referrals/" + ID);

        ArgumentCaptor<ReferralInput> input = ArgumentCaptor.forClass(ReferralInput.class);
        ArgumentCaptor<ConsentInput> consent = ArgumentCaptor.forClass(ConsentInput.class);
        verify(submission).submit(isNull(), input.capture(), consent.capture(), eq(ReferralAction.SEND));
        assertThat(input.getValue().communityId()).isEqualTo(COMMUNITY);
        assertThat(input.getValue().birthDate()).isEqualTo(LocalDate.of(2015, 6, 30));
        assertThat(input.getValue().childName()).isEqualTo("Amina K.");
        assertThat(input.getValue().disability()).isTrue();
        assertThat(input.getValue().servicePointId()).isNull();
        assertThat(consent.getValue().caregiverConsent()).isTrue();
        assertThat(consent.getValue().childAssent()).isFalse();
    }

    @Test
    void aBirthDateThatIsNoDateAnswersTheFormWithItsMessageAndSendsNothing() {
        assertThat(post(COMMUNITY.toString(), "2015-02-30", "send", Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(ReferralController.FORM)
                .bodyText()
                .contains("class=\"field-error\">A date such as 2015-06-30.<")
                .contains("value=\"Amina K.\"")
                .contains(">Left alone for days<")
                .doesNotContain("value=\"2015-02-30\"");
        verify(submission, never()).submit(any(), any(), any(), any());
    }

    @Test
    void aBirthDateThatIsNoDateIsRefusedInTheReadersLanguage() {
        assertThat(post(COMMUNITY.toString(), "30/06/2015", null, Locale.FRENCH))
                .hasStatusOk()
                .bodyText()
                .contains("class=\"field-error\">Une date comme 2015-06-30.<");
        verify(submission, never()).submit(any(), any(), any(), any());
    }

    @Test
    void aCommunityThatIsNoIdIsRefusedBesideItsFieldAndSendsNothing() {
        assertThat(post("not-an-id", null, "send", Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(ReferralController.FORM)
                .bodyText()
                .contains("class=\"field-error\">Choose from the list.<")
                .contains("value=\"Amina K.\"");
        verify(submission, never()).submit(any(), any(), any(), any());
    }

    @Test
    void aRefusalOfTheServiceShowsBesideItsFieldWithWhatWasTyped() {
        given(submission.submit(any(), any(), any(), any()))
                .willThrow(new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("reason", "referrals.reason.required"))));

        assertThat(post(COMMUNITY.toString(), "2015-06-30", null, Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(ReferralController.FORM)
                .bodyText()
                .contains("class=\"field-error\">Give the reason for the referral.<")
                .contains("value=\"Amina K.\"")
                .contains("value=\"2015-06-30\"");
        verify(submission).submit(isNull(), any(), any(), isNull());
    }

    @Test
    void anActionOnAReferralIsSentWithItsNote() {
        given(transitions.apply(eq(ID), any())).willReturn(new ReferralTransitions.Sent(ID, null));

        assertThat(mvc.post()
                        .uri("/referrals/{id}/transitions", ID)
                        .param("action", "DECLINE")
                        .param("note", "No places left this month")
                        .exchange())
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/referrals/" + ID);
        verify(transitions).apply(ID, new TransitionInput("DECLINE", "No places left this month"));
    }

    private MvcTestResult post(String communityId, String birthDate, String intent, Locale locale) {
        var request = mvc.post()
                .uri("/referrals")
                .locale(locale)
                .param("communityId", communityId)
                .param("category", "SOCIAL_WELFARE")
                .param("priority", "URGENT")
                .param("ageBand", "AGE_5_9")
                .param("sex", "FEMALE")
                .param("disability", "true")
                .param("reason", "Left alone for days")
                .param("servicePointId", "")
                .param("childName", "Amina K.")
                .param("caregiverConsent", "true")
                .param("childAssent", "false");
        if (birthDate != null) {
            request = request.param("birthDate", birthDate);
        }
        if (intent != null) {
            request = request.param("intent", intent);
        }
        return request.exchange();
    }
}
