package org.harambee.agreements.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;
import java.util.UUID;
import org.harambee.agreements.documents.AgreementDocuments;
import org.harambee.agreements.drafting.AgreementDrafting;
import org.harambee.agreements.drafting.AgreementPage;
import org.harambee.agreements.internal.AgreementInputs;
import org.harambee.agreements.lifecycle.AgreementTransitions;
import org.harambee.system.Forms;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The forms on an agreement's page bound to {@link PartForms}, with the services and the page mocked: what the
 * binding could not read reaches the page under the form's section, as the service's refusals do. Security filters off
 * and method security not loaded, as in the other form slices: who may post is checked by the integration tests.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({AgreementPartsController.class, Forms.class})
class AgreementPartsSliceTests {

    private static final UUID ID = UUID.fromString("5b0c4c4e-5f5a-4c39-9b64-2f1d1e0c0a02");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AgreementPage page;

    @MockitoBean
    AgreementDrafting drafting;

    @MockitoBean
    AgreementParts parts;

    @MockitoBean
    AgreementTransitions transitions;

    @MockitoBean
    AgreementDocuments documents;

    @Test
    void aSignatoryIsSentWithItsPartyAndDay() {
        UUID party = UUID.randomUUID();

        assertThat(mvc.post()
                        .uri("/agreements/" + ID + "/signatories")
                        .param("partyId", party.toString())
                        .param("name", "Mama Ruth")
                        .param("signedOn", "2026-03-14"))
                .hasRedirectedUrl("/agreements/" + ID);

        verify(parts).addSignatory(ID, new AgreementInputs.SignatoryInput(party, "Mama Ruth", null, "2026-03-14"));
    }

    @Test
    void aPartyThatIsNoIdAndADayThatIsNoDayAreShownInTheSignatorySection() {
        given(page.show(eq(ID), any(), any(), anyMap(), eq("signatory"))).willReturn("redirect:/shown");

        assertThat(mvc.post()
                        .uri("/agreements/" + ID + "/signatories")
                        .param("partyId", "not-an-id")
                        .param("name", "Mama Ruth")
                        .param("signedOn", "14/03/2026"))
                .hasRedirectedUrl("/shown");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, String>> errors = ArgumentCaptor.forClass(Map.class);
        verify(page).show(eq(ID), any(), any(), errors.capture(), eq("signatory"));
        assertThat(errors.getValue())
                .containsOnly(
                        Map.entry("signatory.partyId", "Choose from the list."),
                        Map.entry("signatory.signedOn", "Give a date as year-month-day."));
        verify(parts, never()).addSignatory(any(), any());
    }
}
