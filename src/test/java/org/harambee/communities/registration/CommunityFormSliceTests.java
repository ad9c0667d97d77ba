package org.harambee.communities.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.communities.Clusters;
import org.harambee.communities.Communities;
import org.harambee.communities.Origin;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.communities.internal.CommunityPageData;
import org.harambee.communities.internal.CommunityViews;
import org.harambee.communities.internal.Timeline;
import org.harambee.partners.Partners;
import org.harambee.referrals.NoticeCount;
import org.harambee.system.Forms;
import org.harambee.system.InvalidInputException;
import org.harambee.system.Languages;
import org.harambee.system.ReplicaReads;
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
 * The community form bound to {@link CommunityForm}, with the services mocked and no database. The security filters
 * are off and method security is not loaded: who may send the form is checked by CommunityPagesIntegrationTests and
 * AuthorisationMatrixIntegrationTests; this slice checks how the form is bound and answered. The mock user is there
 * for the page layout, which shows the signed-in reader's menu.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({CommunityController.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"VIEW_PROGRAMME", "MANAGE_COMMUNITIES"})
class CommunityFormSliceTests {

    private static final UUID ID = UUID.fromString("0f6b7c1e-2a43-4d59-8e1a-3b5c7d9e1f20");
    private static final UUID PARTNER = UUID.fromString("7a1d2c3b-4e5f-4a6b-9c8d-0e1f2a3b4c5d");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    CommunityDirectory directory;

    @MockitoBean
    CommunityRegistration registration;

    @MockitoBean
    Communities communities;

    @MockitoBean
    Timeline timeline;

    @MockitoBean
    CommunityPageData pageData;

    @MockitoBean
    Partners partners;

    @MockitoBean
    ReplicaReads replica;

    @MockitoBean
    Clusters clusters;

    @MockitoBean
    CommunityExport export;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @Test
    void aValidFormIsSentWithItsIdsNumbersAndFilledRowsAndRedirectsToTheCommunity() {
        given(registration.create(any(), anyString())).willReturn(created());

        assertThat(post(PARTNER.toString(), "1200", Locale.ENGLISH))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/communities/" + ID);

        ArgumentCaptor<CommunityRegistration.CommunityInput> sent =
                ArgumentCaptor.forClass(CommunityRegistration.CommunityInput.class);
        verify(registration).create(sent.capture(), anyString());
        assertThat(sent.getValue().name()).isEqualTo("Kpetema");
        assertThat(sent.getValue().populationTotal()).isEqualTo(1200L);
        assertThat(sent.getValue().partnerId()).isEqualTo(PARTNER);
        assertThat(sent.getValue().sourceCommunityId()).isNull();
        assertThat(sent.getValue().facilitators())
                .containsExactly(
                        new CommunityRegistration.FacilitatorInput("Amina Sesay", true),
                        new CommunityRegistration.FacilitatorInput("Joseph Kamara", false));
    }

    @Test
    void anIdThatIsNoIdAnswersTheFormWithItsMessageAndSendsNothing() {
        assertThat(post("not-an-id", "1200", Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(CommunityController.FORM)
                .bodyText()
                .contains("<select id=\"partnerId\" name=\"partnerId\" class=\"invalid\">")
                .contains("class=\"field-error\">Choose from the list.<")
                .contains("value=\"Kpetema\"")
                .contains("value=\"Amina Sesay\"")
                .doesNotContain("Give a whole number.");
        verify(registration, never()).create(any(), anyString());
    }

    @Test
    void aPopulationThatIsNoNumberComesBackAsTypedWithItsMessageInTheReadersLanguage() {
        assertThat(post(PARTNER.toString(), "many", Locale.FRENCH))
                .hasStatusOk()
                .hasViewName(CommunityController.FORM)
                .bodyText()
                .contains("name=\"populationTotal\" value=\"many\"")
                .contains("class=\"field-error\">Indiquez un nombre entier.<");
        verify(registration, never()).create(any(), anyString());
    }

    @Test
    void aRefusalOfTheServiceShowsBesideTheRowItCameFromWithWhatWasTyped() {
        given(registration.create(any(), anyString()))
                .willThrow(new InvalidInputException(List.of(
                        new InvalidInputException.FieldProblem("name", "communities.required"),
                        new InvalidInputException.FieldProblem("facilitators[1].name", "communities.tooLong", 200))));

        String body = assertThat(post(PARTNER.toString(), "1200", Locale.ENGLISH))
                .hasStatusOk()
                .hasViewName(CommunityController.FORM)
                .bodyText()
                .contains("value=\"Kpetema\"")
                .contains("name=\"populationTotal\" value=\"1200\"")
                .actual();
        // the second filled facilitator is in the form's third row (the second row was left empty)
        assertThat(row(body, 2)).contains("class=\"field-error\">At most 200 characters.<");
        assertThat(row(body, 1)).doesNotContain("field-error");
        assertThat(body).contains("class=\"field-error\">Fill in this field.<");
        assertThat(body).contains("name=\"facilitators[2].name\" value=\"Joseph Kamara\"");
    }

    /** The page from a facilitator row's name field to the next row's. */
    private static String row(String body, int index) {
        int from = body.indexOf("name=\"facilitators[" + index + "].name\"");
        int to = body.indexOf("name=\"facilitators[" + (index + 1) + "].name\"");
        assertThat(from).isPositive();
        assertThat(to).isGreaterThan(from);
        return body.substring(from, to);
    }

    private static CommunityViews.Community created() {
        return new CommunityViews.Community(
                ID,
                "Kpetema",
                null,
                1200L,
                null,
                List.of(),
                null,
                Origin.AGENCY_INITIATED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private MvcTestResult post(String partnerId, String populationTotal, Locale locale) {
        return mvc.post()
                .uri("/communities")
                .locale(locale)
                .param("name", "Kpetema")
                .param("unit", "SL030101")
                .param("populationTotal", populationTotal)
                .param("populationChildren", "")
                .param("facilitators[0].name", "Amina Sesay")
                .param("facilitators[0].inside", "true")
                .param("facilitators[1].name", "")
                .param("facilitators[2].name", "Joseph Kamara")
                .param("facilitators[3].name", "")
                .param("partnerId", partnerId)
                .param("origin", "AGENCY_INITIATED")
                .param("sourceCommunityId", "")
                .exchange();
    }
}
