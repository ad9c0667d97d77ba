package org.harambee.referrals.servicepoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harambee.referrals.NoticeCount;
import org.harambee.referrals.ServiceCategory;
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
 * The service point form bound to {@link ServicePointForm}, with the services mocked and no database. The security
 * filters are off and method security is not loaded: who may register a service point where is checked by the filter
 * chain and by {@link ServicePointRegister} (ServicePointRegisterIntegrationTests, AuthorisationMatrixIntegrationTests);
 * this slice checks how the form is bound and answered.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({ServicePointController.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"VIEW_PROGRAMME", "MANAGE_SERVICES"})
class ServicePointFormSliceTests {

    private static final UUID ID = UUID.fromString("1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ServicePointReading reading;

    @MockitoBean
    ServicePointRegister register;

    @MockitoBean
    ServicePointOfficers officers;

    @MockitoBean
    OfficerCandidates candidates;

    @MockitoBean
    ServicePointFocalPersons focalPersons;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @Test
    void aValidFormIsSentWithItsAreasAndRedirectsToTheServicePoint() {
        given(register.create(any(), anyString())).willReturn(created());

        assertThat(post("true")).hasStatus3xxRedirection().hasRedirectedUrl("/service-points/" + ID);

        ArgumentCaptor<ServicePointInput> sent = ArgumentCaptor.forClass(ServicePointInput.class);
        verify(register).create(sent.capture(), anyString());
        assertThat(sent.getValue().name()).isEqualTo("Amber health post");
        assertThat(sent.getValue().areas()).containsExactly("QZ010101", "QZ010102");
        assertThat(sent.getValue().onPlatform()).isTrue();
    }

    @Test
    void aBoxThatSendsNoYesOrNoIsRefusedBesideItAndSendsNothing() {
        assertThat(post("perhaps"))
                .hasStatusOk()
                .hasViewName(ServicePointController.FORM)
                .bodyText()
                .contains("class=\"field-error\">This value cannot be read here.<")
                .contains("value=\"Amber health post\"");
        verify(register, never()).create(any(), anyString());
    }

    @Test
    void everyRefusalOfAFieldShowsBesideItWithWhatWasTyped() {
        given(register.create(any(), anyString()))
                .willThrow(new InvalidInputException(List.of(
                        new InvalidInputException.FieldProblem("areas", "servicePoints.unit.unknown", "QZ010101"),
                        new InvalidInputException.FieldProblem("areas", "servicePoints.unit.unknown", "QZ010102"))));

        assertThat(post(null))
                .hasStatusOk()
                .hasViewName(ServicePointController.FORM)
                .bodyText()
                .contains("No place has the P-code QZ010101. No place has the P-code QZ010102.")
                .contains("value=\"Amber health post\"");
    }

    private MvcTestResult post(String onPlatform) {
        var request = mvc.post()
                .uri("/service-points")
                .param("name", "Amber health post")
                .param("category", "HEALTH")
                .param("unit", "QZ0101")
                .param("areas", "QZ010101, QZ010102")
                .param("phone", "+000 100 200");
        if (onPlatform != null) {
            request = request.param("onPlatform", onPlatform);
        }
        return request.exchange();
    }

    private static ServicePointViews.ServicePoint created() {
        return new ServicePointViews.ServicePoint(
                ID,
                "Amber health post",
                ServiceCategory.HEALTH,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                true,
                true,
                List.of(),
                "coordinator",
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
