package org.harambee.scaleup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.capacity.DistrictReadiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A phase whose gate fails starts only by a national coordinator's override: the form to start it (and its reason
 * field) is shown to them, and not to a district coordinator or a partner programme manager of the district, who
 * would be refused; they read why instead.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GateFormsIntegrationTests extends QuzlandScaleUp {

    static final String AMBER_MANAGER = "amber-manager";

    String plan;

    @BeforeEach
    void anAmberPhaseWhoseGateFails() {
        TestAccounts.create(jdbc, AMBER_MANAGER, "synthetic-pass-1", Role.PARTNER_PROGRAMME_MANAGER, "QZ0101");
        when(readiness.evaluate(any()))
                .thenAnswer(call -> new DistrictReadiness(call.getArgument(0), false, List.of()));
        when(agreements.inForceWithin(anyString())).thenReturn(List.of());
        plan = id(post(
                "/api/v1/scale-up-plans",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Amber first\",\"goalLevel\":\"DISTRICT\",\"goalUnit\":\"QZ0101\"}"));
        LocalDate start = LocalDate.now().plusMonths(1);
        MvcTestResult phase = post(
                "/api/v1/scale-up-plans/" + plan + "/phases",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"name\":\"Amber\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + start.plusMonths(3)
                        + "\",\"units\":[\"QZ0101\"]}");
        assertThat(phase).hasStatus(201);
        assertThat(JsonPath.<Boolean>read(
                        body(get("/api/v1/scale-up-plans/" + plan + "/gates", AMBER, Role.DISTRICT_COORDINATOR)),
                        "$[0].passes"))
                .isFalse();
    }

    @Test
    void theOverrideFormIsShownToTheNationalCoordinatorOnly() throws Exception {
        assertThat(page(NATIONAL, Role.NATIONAL_COORDINATOR))
                .contains("name=\"overrideReason\"", "id=\"start-")
                .doesNotContain("id=\"gate-national-");
        for (var reader : List.of(
                new Object[] {AMBER, Role.DISTRICT_COORDINATOR},
                new Object[] {AMBER_MANAGER, Role.PARTNER_PROGRAMME_MANAGER})) {
            assertThat(page((String) reader[0], (Role) reader[1]))
                    .as((String) reader[0])
                    .doesNotContain("name=\"overrideReason\"", "id=\"start-")
                    .contains("id=\"gate-national-", "Only a coordinator who plans for the whole country");
        }
    }

    private String page(String user, Role role) throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/scale-up/plans/" + plan)
                .with(TestAccounts.as(user, role))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }
}
