package org.harambee.insights.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
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
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.ErrorResponseException;

/**
 * The forms of the DHIS2 page bound to {@link Dhis2Forms}, with the mapping and push services mocked and no database
 * or DHIS2 server. The security filters are off and method security is not loaded (who may map and push is checked by
 * Dhis2IntegrationTests and AuthorisationMatrixIntegrationTests); this slice checks how the forms are bound and
 * answered.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({Dhis2Controller.class, Forms.class, Languages.class})
@WithMockUser(authorities = {"MANAGE_INTEGRATIONS"})
class Dhis2FormsSliceTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Dhis2Mappings mappings;

    @MockitoBean
    Dhis2ElementMapping elements;

    @MockitoBean
    Dhis2OrgUnitMapping orgUnits;

    @MockitoBean
    Dhis2Push push;

    @MockitoBean
    Dhis2CodeMatching codeMatching;

    @MockitoBean(name = "noticeCount")
    NoticeCount noticeCount;

    @BeforeEach
    void emptyMapping() {
        given(mappings.mapping(anyString())).willReturn(new Dhis2Mappings.Mapping(List.of(), List.of(), List.of()));
    }

    @Test
    void anIndicatorIsMappedAsTypedAndThePageComesBack() {
        assertThat(mvc.post()
                        .uri("/insights/dhis2/data-elements")
                        .param("indicator", "coverage")
                        .param("periodType", "QUARTERLY")
                        .param("dataSet", "pBOMPrpg1QX")
                        .param("uid", "fbfJHSPpUQD"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/insights/dhis2");
        verify(elements).mapIndicator("coverage", "QUARTERLY", "pBOMPrpg1QX", "fbfJHSPpUQD");
    }

    @Test
    void theRemoveButtonUnmapsTheRowAndMapsNothing() {
        assertThat(mvc.post()
                        .uri("/insights/dhis2/data-elements")
                        .param("indicator", "coverage")
                        .param("periodType", "QUARTERLY")
                        .param("remove", "1"))
                .hasStatus3xxRedirection();
        verify(elements).unmapIndicator("coverage", "QUARTERLY");
        verify(elements, never()).mapIndicator(any(), any(), any(), any());
    }

    @Test
    void aRefusalOfTheMappingShowsBesideItsFieldOfThatForm() {
        willThrow(new InvalidInputException(
                        List.of(new InvalidInputException.FieldProblem("uid", "insights.dhis2.uid.invalid"))))
                .given(orgUnits)
                .mapUnit("QZ01", "nope");

        assertThat(mvc.post()
                        .uri("/insights/dhis2/org-units")
                        .param("pcode", "QZ01")
                        .param("uid", "nope"))
                .hasStatusOk()
                .hasViewName(Dhis2Controller.PAGE)
                .bodyText()
                .contains("A DHIS2 id has 11 letters or digits and starts with a letter.")
                .doesNotContain("No place has this P-code.");
    }

    @Test
    void anUnknownPlaceToPushShowsBesideThePushForm() {
        given(push.push(any(), any(), any())).willThrow(new ErrorResponseException(HttpStatus.NOT_FOUND));

        assertThat(mvc.post().uri("/insights/dhis2/push").param("pcode", "QZ99").param("period", "2026-Q1"))
                .hasStatusOk()
                .hasViewName(Dhis2Controller.PAGE)
                .bodyText()
                .contains("No place has this P-code.");
    }
}
