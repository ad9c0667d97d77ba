package org.harambee.partners.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.partners.OrganisationKind;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.internal.OrganisationChoice;
import org.harambee.partners.internal.PartnerPlaces;
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
 * The presence form bound to {@link PresenceController.Form}, with the services mocked and no database. The security
 * filters are off and method security is not loaded: who may record presence where is checked by the filter chain and
 * by {@link PresenceRecording} (PartnersIntegrationTests, OwnOrganisationIntegrationTests); this slice checks how the
 * form is bound and answered. The mock user is there for the page layout's menu.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({PresenceController.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"VIEW_PROGRAMME", "MANAGE_PARTNERS"})
class PresenceFormSliceTests {

    private static final UUID ORGANISATION = UUID.fromString("0b6f5d0e-8c2a-4a57-9d0e-6c1b2f3a4d01");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PresenceRecording presence;

    @MockitoBean
    PartnerPlaces places;

    @MockitoBean
    OrganisationChoice organisations;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @Test
    void aValidFormIsSentWithItsDatesAndRedirectsToThePlacesList() {
        given(presence.create(any(), anyString())).willReturn(created());

        assertThat(post("2025-06-01", "")).hasStatus3xxRedirection().hasRedirectedUrl("/presence?unit=QZ0101");

        ArgumentCaptor<PresenceRecording.PresenceInput> sent =
                ArgumentCaptor.forClass(PresenceRecording.PresenceInput.class);
        verify(presence).create(sent.capture(), anyString());
        assertThat(sent.getValue())
                .isEqualTo(new PresenceRecording.PresenceInput(ORGANISATION, "QZ0101", "HEALTH", "2025-06-01", null));
    }

    @Test
    void aDateThatIsNoDateAnswersTheFormWithItsMessageAndSendsNothing() {
        assertThat(post("2025-06-01", "2025-06-31"))
                .hasStatusOk()
                .hasViewName(PresenceController.FORM)
                .bodyText()
                .contains("id=\"endDate-error\" class=\"field-error\">Give a date as year-month-day.<")
                .doesNotContain("id=\"startDate-error\"");
        verify(presence, never()).create(any(), anyString());
    }

    @Test
    void aRefusalOfTheServiceShowsBesideItsField() {
        given(presence.create(any(), anyString()))
                .willThrow(new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("unit", "partners.unit.required"))));

        assertThat(post("2025-06-01", ""))
                .hasStatusOk()
                .hasViewName(PresenceController.FORM)
                .bodyText()
                .contains("id=\"unit-error\" class=\"field-error\">Give the P-code of the place.<")
                .contains("value=\"2025-06-01\"");
    }

    private MvcTestResult post(String startDate, String endDate) {
        return mvc.post()
                .uri("/presence")
                .param("organisationId", ORGANISATION.toString())
                .param("unit", "QZ0101")
                .param("sector", "HEALTH")
                .param("startDate", startDate)
                .param("endDate", endDate)
                .exchange();
    }

    private static PresenceRecording.PresenceView created() {
        return new PresenceRecording.PresenceView(
                UUID.randomUUID(),
                new OrganisationRef(ORGANISATION, "Amber Health Trust", null, OrganisationKind.values()[0], true),
                new PartnerPlaces.Place("QZ0101", "Amber"),
                Sector.HEALTH,
                LocalDate.parse("2025-06-01"),
                null,
                true);
    }
}
