package org.harambee.scaleup.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.UUID;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The scale-up event form bound to {@link ScaleUpEventController.Form}, with the service mocked and no database. The
 * security filters are off and method security is not loaded: who may record an event where is checked by the filter
 * chain and by {@link ScaleUpEvents} (the scale-up integration tests); this slice checks how the form is bound and
 * answered. The mock user is there for the page layout's menu.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({ScaleUpEventController.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"VIEW_PROGRAMME", "PLAN_SCALE_UP"})
class ScaleUpEventFormSliceTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ScaleUpEvents events;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @BeforeEach
    void noEventsYet() {
        given(events.list(any(), any(), anyString())).willReturn(List.of());
    }

    @Test
    void aValidFormIsSentWithItsDateAndRedirectsToTheEvents() {
        given(events.record(any())).willReturn(UUID.randomUUID());

        assertThat(post("2025-05-20")).hasStatus3xxRedirection().hasRedirectedUrl("/scale-up/events");

        verify(events)
                .record(new ScaleUpEvents.EventInput(
                        "HORIZONTAL", "QZ0101", "2025-05-20", "Two villages copied the dialogue."));
    }

    @Test
    void aDateThatIsNoDateAnswersTheFormWithItsMessageAndSendsNothing() {
        assertThat(post("2025-05-32"))
                .hasStatusOk()
                .hasViewName(ScaleUpEventController.LIST)
                .bodyText()
                .contains("class=\"field-error\">Give a date as year-month-day.<")
                .contains("Two villages copied the dialogue.");
        verify(events, never()).record(any());
    }

    @Test
    void aRefusalOfTheServiceShowsBesideItsField() {
        given(events.record(any()))
                .willThrow(new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("unit", "scaleup.unit.required"))));

        assertThat(post("2025-05-20"))
                .hasStatusOk()
                .hasViewName(ScaleUpEventController.LIST)
                .bodyText()
                .contains("class=\"field-error\">Give the P-code of a place.<")
                .contains("value=\"2025-05-20\"");
    }

    private MvcTestResult post(String occurredOn) {
        return mvc.post()
                .uri("/scale-up/events")
                .param("kind", "HORIZONTAL")
                .param("unit", "QZ0101")
                .param("occurredOn", occurredOn)
                .param("description", "Two villages copied the dialogue.")
                .exchange();
    }
}
