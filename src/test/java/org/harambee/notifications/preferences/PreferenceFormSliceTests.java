package org.harambee.notifications.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.harambee.referrals.NoticeCount;
import org.harambee.system.Forms;
import org.harambee.system.InvalidInputException;
import org.harambee.system.Languages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The preferences form bound to {@link PreferenceForm}, with {@link Preferences} mocked and no database. The security
 * filters are off: whose preferences change is {@link Preferences}'s business (the signed-in account's own), checked
 * by NotificationsWebIntegrationTests; this slice checks how the form is bound and answered.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({PreferenceController.class, Forms.class, Languages.class})
@WithMockUser
class PreferenceFormSliceTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Preferences preferences;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @BeforeEach
    void mine() {
        given(preferences.mine())
                .willReturn(new PreferenceView(true, false, true, null, null, true, true, "Africa/Nairobi"));
    }

    @Test
    void aValidFormIsSentAsTheServicesInputAndRedirects() {
        assertThat(mvc.post()
                        .uri("/notifications/preferences")
                        .param("email", "true")
                        .param("quietFrom", "21:00")
                        .param("quietUntil", "06:30"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/notifications/preferences");
        verify(preferences).change(new PreferenceInput(true, null, null, "21:00", "06:30"));
    }

    @Test
    void aChannelThatCannotBeReadAnswersTheFormWithItsMessageAndSendsNothing() {
        assertThat(mvc.post()
                        .uri("/notifications/preferences")
                        .param("email", "perhaps")
                        .param("quietFrom", "21:00"))
                .hasStatusOk()
                .hasViewName(PreferenceController.FORM)
                .bodyText()
                .contains("This value cannot be read here.")
                .contains("value=\"21:00\"");
        verify(preferences, never()).change(any());
    }

    @Test
    void aRefusalOfTheServiceShowsBesideItsFieldWithWhatWasTyped() {
        given(preferences.change(any()))
                .willThrow(new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("quietUntil", "notifications.quiet.both"))));

        assertThat(mvc.post()
                        .uri("/notifications/preferences")
                        .param("sms", "true")
                        .param("quietFrom", "21:00"))
                .hasStatusOk()
                .hasViewName(PreferenceController.FORM)
                .bodyText()
                .contains("Give both ends of the quiet hours, or neither.")
                .contains("value=\"21:00\"");
    }
}
