package org.harambee.capacity.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.capacity.internal.Place;
import org.harambee.partners.Partners;
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
 * The training form bound to {@link TrainingController.Form}, with the services mocked and no database. The security
 * filters are off and method security is not loaded: who may record a training where is checked by the filter chain
 * and by {@link Trainings} (the capacity integration tests); this slice checks how the form is bound and answered. The
 * mock user is there for the page layout's menu.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({TrainingController.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"VIEW_PROGRAMME", "MANAGE_TRAININGS"})
class TrainingFormSliceTests {

    private static final UUID TRAINER = UUID.fromString("5d1c2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Trainings trainings;

    @MockitoBean
    TrainingReading reading;

    @MockitoBean
    TrainingPage page;

    @MockitoBean
    Competencies competencies;

    @MockitoBean
    Partners partners;

    @MockitoBean
    TrainingExport export;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @Test
    void aValidFormIsSentWithItsDatesAndRedirectsToTheTraining() {
        UUID id = UUID.randomUUID();
        given(trainings.create(any(), anyString())).willReturn(created(id));

        assertThat(post("2025-03-10", "2025-03-12", "70"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/trainings/" + id);

        ArgumentCaptor<Trainings.TrainingInput> sent = ArgumentCaptor.forClass(Trainings.TrainingInput.class);
        verify(trainings).create(sent.capture(), anyString());
        assertThat(sent.getValue())
                .isEqualTo(new Trainings.TrainingInput(
                        "Facilitation basics",
                        List.of("FACILITATION"),
                        "2025-03-10",
                        "2025-03-12",
                        "QZ0101",
                        "Town hall",
                        TRAINER.toString(),
                        "HELD",
                        true,
                        70));
    }

    @Test
    void aDateThatIsNoDateAnswersTheFormWithItsMessageAndSendsNothing() {
        assertThat(post("2025-03-10", "2025-02-30", "70"))
                .hasStatusOk()
                .hasViewName(TrainingController.FORM)
                .bodyText()
                .contains("class=\"field-error\">Give a date as year-month-day.<")
                .contains("value=\"2025-03-10\"")
                .contains("value=\"Facilitation basics\"");
        verify(trainings, never()).create(any(), anyString());
    }

    @Test
    void aRefusalOfTheServiceShowsBesideItsFieldWithWhatWasTyped() {
        given(trainings.create(any(), anyString()))
                .willThrow(new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("passMark", "capacity.percent.range"))));

        assertThat(post("2025-03-10", "2025-03-12", "seventy"))
                .hasStatusOk()
                .hasViewName(TrainingController.FORM)
                .bodyText()
                .contains("class=\"field-error\">Give a number from 0 to 100.<")
                .contains("value=\"seventy\"");
    }

    private MvcTestResult post(String startsOn, String endsOn, String passMark) {
        return mvc.post()
                .uri("/trainings")
                .param("title", "Facilitation basics")
                .param("competencies", "FACILITATION")
                .param("startsOn", startsOn)
                .param("endsOn", endsOn)
                .param("unit", "QZ0101")
                .param("venue", "Town hall")
                .param("trainerOrganisationId", TRAINER.toString())
                .param("status", "HELD")
                .param("assessed", "on")
                .param("passMark", passMark)
                .exchange();
    }

    private static TrainingViews.Training created(UUID id) {
        return new TrainingViews.Training(
                id,
                "Facilitation basics",
                List.of(),
                LocalDate.parse("2025-03-10"),
                LocalDate.parse("2025-03-12"),
                3,
                new Place("QZ0101", "Amber", "District"),
                "Town hall",
                null,
                TrainingStatus.HELD,
                true,
                70,
                List.of(),
                0,
                "coordinator",
                Instant.parse("2025-03-12T10:00:00Z"));
    }
}
