package org.harambee.communities.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.internal.Choices;
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
 * The meeting form bound to {@link MeetingForm}, with the services mocked and no database; who may send it is checked
 * by MeetingsIntegrationTests and AuthorisationMatrixIntegrationTests.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({MeetingController.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"VIEW_PROGRAMME", "MANAGE_COMMUNITIES"})
class MeetingFormSliceTests {

    private static final UUID COMMUNITY = UUID.fromString("3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98");
    private static final UUID MEETING = UUID.fromString("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Meetings meetings;

    @MockitoBean
    Choices choices;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @BeforeEach
    void community() {
        given(meetings.visible(COMMUNITY))
                .willReturn(new CommunityRef(COMMUNITY, "Kpetema", UUID.randomUUID(), "/1/", null, null));
    }

    @Test
    void aValidFormIsSentWithItsDayAndCountsAndRedirectsToTheMeeting() {
        Meetings.MeetingView view = mock(Meetings.MeetingView.class);
        given(view.id()).willReturn(MEETING);
        given(meetings.record(eq(COMMUNITY), any(), anyString())).willReturn(view);

        assertThat(post("2026-03-01", "5", Locale.ENGLISH))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/meetings/" + MEETING);

        ArgumentCaptor<Meetings.MeetingInput> sent = ArgumentCaptor.forClass(Meetings.MeetingInput.class);
        verify(meetings).record(eq(COMMUNITY), sent.capture(), anyString());
        assertThat(sent.getValue().heldOn()).isEqualTo("2026-03-01");
        assertThat(sent.getValue().boys()).isEqualTo(5);
        assertThat(sent.getValue().men()).isNull();
    }

    @Test
    void aDayThatIsNoDateAnswersTheFormWithItsMessageAndSendsNothing() {
        assertThat(post("2026-02-30", "5", Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(MeetingController.FORM)
                .bodyText()
                .contains("class=\"field-error\">Give a date as year-month-day.<")
                .contains("Who fetches water");
        verify(meetings, never()).record(any(), any(), anyString());
    }

    @Test
    void aCountThatIsNoNumberComesBackAsTypedWithItsMessage() {
        assertThat(post("2026-03-01", "five", Locale.FRENCH))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"five\"")
                .contains("class=\"field-error\">Indiquez un nombre entier.<");
        verify(meetings, never()).record(any(), any(), anyString());
    }

    @Test
    void aRefusalOfTheServiceShowsBesideItsFieldWithWhatWasTyped() {
        given(meetings.record(eq(COMMUNITY), any(), anyString()))
                .willThrow(new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("boys", "communities.count.negative"))));

        assertThat(post("2026-03-01", "-2", Locale.ENGLISH))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"-2\"")
                .contains("value=\"2026-03-01\"")
                .contains("class=\"field-error\">May not be negative.<");
    }

    private MvcTestResult post(String heldOn, String boys, Locale locale) {
        return mvc.post()
                .uri("/communities/" + COMMUNITY + "/meetings")
                .locale(locale)
                .param("type", "PLANNING_GROUP")
                .param("heldOn", heldOn)
                .param("girls", "4")
                .param("boys", boys)
                .param("women", "7")
                .param("men", "")
                .param("facilitation", "COMMUNITY")
                .param("decisions", "Who fetches water")
                .exchange();
    }
}
