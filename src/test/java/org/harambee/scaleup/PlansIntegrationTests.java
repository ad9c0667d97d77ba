package org.harambee.scaleup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.agreements.AgreementRef;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.Formality;
import org.harambee.capacity.DistrictReadiness;
import org.harambee.capacity.ReadinessCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A national coordinator plans the scale-up: a plan for the nation that starts in two districts, one of which is not
 * ready (no trained officers); overlapping phases refused; the next phase waits for the lessons of the one before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlansIntegrationTests extends QuzlandScaleUp {

    static final LocalDate START = LocalDate.now().plusMonths(1);

    @BeforeEach
    void amberReadyBirchWithoutTrainedOfficersOneAgreementEverywhere() {
        UUID birch = unitId("QZ0102");
        when(readiness.evaluate(any()))
                .thenAnswer(call -> birch.equals(call.getArgument(0))
                        ? new DistrictReadiness(
                                birch,
                                false,
                                List.of(
                                        new ReadinessCheck("trainedFacilitators", true, 6, 4),
                                        new ReadinessCheck("trainedOfficers", false, 0, 2)))
                        : new DistrictReadiness(call.getArgument(0), true, List.of()));
        when(agreements.inForceWithin(anyString())).thenReturn(List.of(agreement()));
    }

    @Test
    void aPlanStartingInTwoDistrictsShowsWhyOneIsNotReadyAndCannotStartWithoutAnOverride() {
        long overrides = audited("SCALEUP_PHASE_STARTED_OVERRIDE");
        String plan = id(plan(NATIONAL, "Nation by 2030", "NATION", "QZ"));
        MvcTestResult phase = phase(plan, NATIONAL, "Two districts", START, START.plusMonths(6), "QZ0101", "QZ0102");
        assertThat(phase).hasStatus(201);
        String phaseId = JsonPath.read(body(phase), "$.phases[0].id");
        assertThat(JsonPath.<List<String>>read(body(phase), "$.phases[0].units[*].pcode"))
                .containsExactlyInAnyOrder("QZ0101", "QZ0102");

        String gates = body(get("/api/v1/scale-up-plans/" + plan + "/gates", NATIONAL, Role.NATIONAL_COORDINATOR));

        assertThat(JsonPath.<Boolean>read(gates, "$[0].passes")).isFalse();
        assertThat(JsonPath.<List<Boolean>>read(gates, "$[0].units[?(@.unit.pcode == 'QZ0101')].passes"))
                .containsExactly(true);
        assertThat(JsonPath.<List<String>>read(gates, "$[0].units[?(@.unit.pcode == 'QZ0102')].unmet[*].criterion"))
                .containsExactly("trainedOfficers");
        assertThat(JsonPath.<List<Integer>>read(gates, "$[0].units[?(@.unit.pcode == 'QZ0102')].unmet[*].required"))
                .containsExactly(2);
        assertThat(post("/api/v1/scale-up-plans/phases/" + phaseId + "/start", AMBER, Role.DISTRICT_COORDINATOR, "{}"))
                .hasStatus(403);
        assertThat(errors(post(
                        "/api/v1/scale-up-plans/phases/" + phaseId + "/start",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{}")))
                .containsOnly(Map.entry("gate", "The gate of this phase does not pass: see the reasons above."));
        assertThat(started(phaseId)).isNull();

        MvcTestResult overridden = post(
                "/api/v1/scale-up-plans/phases/" + phaseId + "/start",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"overrideReason\":\"Officers trained next month; the minister launches now\"}");

        assertThat(overridden).hasStatusOk();
        assertThat(JsonPath.<String>read(body(overridden), "$.phases[0].overrideReason"))
                .startsWith("Officers trained");
        assertThat(started(phaseId)).isEqualTo(LocalDate.now());
        assertThat(audited("SCALEUP_PHASE_STARTED_OVERRIDE")).isEqualTo(overrides + 1);
    }

    @Test
    void onlyACoordinatorOfTheWholeCountryMayOverrideAFailingGate() {
        String plan = id(plan(AMBER, "Amber first", "DISTRICT", "QZ0101"));
        doReturn(new DistrictReadiness(unitId("QZ0101"), false, List.of()))
                .when(readiness)
                .evaluate(any());
        String phaseId = JsonPath.read(
                body(phase(plan, AMBER, "Amber", START, START.plusMonths(3), "QZ0101")), "$.phases[0].id");

        assertThat(errors(post(
                        "/api/v1/scale-up-plans/phases/" + phaseId + "/start",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"overrideReason\":\"We are keen\"}")))
                .containsOnly(Map.entry(
                        "overrideReason",
                        "Only a coordinator who plans for the whole country may start a phase whose gate does not"
                                + " pass."));
        assertThat(started(phaseId)).isNull();
    }

    @Test
    void overlappingPhasesAndOtherBadInputAreRefusedAndChangeNothing() {
        String plan = id(plan(NATIONAL, "Nation", "NATION", "QZ"));
        assertThat(phase(plan, NATIONAL, "Two districts", START, START.plusMonths(6), "QZ0101", "QZ0102"))
                .hasStatus(201);
        long auditLines = count("access_audit");

        assertThat(errors(phase(plan, NATIONAL, "Hill", START.plusMonths(6), START.plusMonths(9), "QZ01")))
                .containsOnly(Map.entry(
                        "startsOn",
                        "The phase would overlap the phase Two districts (" + START + " to " + START.plusMonths(6)
                                + ")."));
        assertThat(errors(phase(plan, NATIONAL, " ", START.plusYears(2), START.plusYears(1), "QZ99", "QZ0201")))
                .containsOnly(
                        Map.entry("name", "Fill this in."),
                        Map.entry("endsOn", "The last day may not be before the first."),
                        Map.entry("units[0]", "There is no place with the P-code QZ99."));
        assertThat(errors(post(
                        "/api/v1/scale-up-plans/" + plan + "/phases",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"name\":\"Later\",\"startsOn\":\"soon\",\"endsOn\":\"2031-01-01\",\"units\":[]}")))
                .containsOnly(
                        Map.entry("startsOn", "Give a date as year-month-day."),
                        Map.entry("units", "Give at least one place."));
        String amberPlan = id(plan(AMBER, "Amber", "DISTRICT", "QZ0101"));
        assertThat(errors(phase(amberPlan, AMBER, "Next door", START, START.plusMonths(1), "QZ0102")))
                .containsOnly(Map.entry("units[0]", "Birch does not lie inside the goal place."));

        assertThat(count("scaleup_phase")).isEqualTo(1);
        assertThat(count("scaleup_phase_unit")).isEqualTo(2);
        assertThat(count("access_audit")).isEqualTo(auditLines + 1);
    }

    @Test
    void aPlanAimsAtAUnitOfItsLevelInsideThePlannersArea() {
        assertThat(errors(plan(NATIONAL, "", "REGION", "QZ01")))
                .containsOnly(Map.entry("name", "Fill this in."), Map.entry("goalLevel", "Choose from the list."));
        assertThat(errors(plan(NATIONAL, "Hill", "DISTRICT", "QZ01")))
                .containsOnly(Map.entry("goalUnit", "Hill Province is not of the goal level."));
        assertThat(plan(AMBER, "Hill", "PROVINCE", "QZ01")).hasStatus(403);
        assertThat(plan(RESEARCHER, "Hill", "PROVINCE", "QZ01")).hasStatus(403);
        assertThat(count("scaleup_plan")).isZero();

        String hill = id(plan(NATIONAL, "Hill", "PROVINCE", "QZ01"));
        assertThat(get("/api/v1/scale-up-plans/" + hill, RESEARCHER, Role.RESEARCHER))
                .hasStatusOk();
        assertThat(get("/api/v1/scale-up-plans/" + hill, LAKE_MANAGER, Role.PARTNER_PROGRAMME_MANAGER))
                .hasStatus(403);
        assertThat(JsonPath.<List<Object>>read(
                        body(get("/api/v1/scale-up-plans", LAKE_MANAGER, Role.PARTNER_PROGRAMME_MANAGER)), "$"))
                .isEmpty();
        assertThat(get("/api/v1/scale-up-plans/" + UUID.randomUUID(), NATIONAL, Role.NATIONAL_COORDINATOR))
                .hasStatus(404);
    }

    @Test
    void theNextPhaseWaitsUntilEveryLessonOfThePreviousOneIsReviewed() {
        doAnswer(call -> new DistrictReadiness(call.getArgument(0), true, List.of()))
                .when(readiness)
                .evaluate(any());
        String plan = id(plan(NATIONAL, "Hill", "PROVINCE", "QZ01"));
        phase(plan, NATIONAL, "Amber", START, START.plusMonths(6), "QZ0101");
        String second = JsonPath.read(
                body(phase(plan, NATIONAL, "Birch", START.plusMonths(7), START.plusMonths(12), "QZ0102")),
                "$.phases[1].id");
        String first = JsonPath.read(
                body(get("/api/v1/scale-up-plans/" + plan, NATIONAL, Role.NATIONAL_COORDINATOR)), "$.phases[0].id");

        assertThat(passes(plan)).containsExactly(true, false);
        assertThat(post(
                        "/api/v1/scale-up-plans/phases/" + first + "/lessons",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"text\":\"x\"}"))
                .hasStatus(403);
        MvcTestResult lesson = post(
                "/api/v1/scale-up-plans/phases/" + first + "/lessons",
                NATIONAL,
                Role.NATIONAL_COORDINATOR,
                "{\"text\":\"Chiefs want to be asked first\"}");
        assertThat(lesson).hasStatus(201);
        assertThat(passes(plan)).containsExactly(true, false);
        String lessonId = JsonPath.read(body(lesson), "$.phases[0].lessons[0].id");
        assertThat(post(
                        "/api/v1/scale-up-plans/lessons/" + lessonId + "/review",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{}"))
                .hasStatusOk();
        assertThat(passes(plan)).containsExactly(true, true);

        assertThat(post(
                        "/api/v1/scale-up-plans/phases/" + second + "/start",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{\"startedOn\":\"" + LocalDate.now().minusDays(1) + "\"}"))
                .hasStatusOk();
        assertThat(started(second)).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(errors(post(
                        "/api/v1/scale-up-plans/phases/" + second + "/start",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        "{}")))
                .containsKey("phase");
    }

    @Test
    void aPhaseNamedWithItsNumberIsNotNumberedTwice() throws Exception {
        String plan = id(plan(NATIONAL, "Nation", "NATION", "QZ"));
        phase(plan, NATIONAL, "Phase 1: two districts", START, START.plusMonths(6), "QZ0101");
        phase(plan, NATIONAL, "Hills", START.plusMonths(7), START.plusMonths(9), "QZ0102");

        String page = get("/scale-up/plans/" + plan, NATIONAL, Role.NATIONAL_COORDINATOR)
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(">Phase 1: two districts<", ">Phase 2: Hills<")
                .doesNotContain("Phase 1: Phase 1");
    }

    @Test
    void thePlanPageShowsEachGateWithItsReasonsAndStillWorksWhenReadinessCannotBeRead() throws Exception {
        String plan = id(plan(NATIONAL, "Nation", "NATION", "QZ"));
        phase(plan, NATIONAL, "Two districts", START, START.plusMonths(6), "QZ0101", "QZ0102");

        String page = get("/scale-up/plans/" + plan, NATIONAL, Role.NATIONAL_COORDINATOR)
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("The gate does not pass.", "Agreements in force: 1 of 1 needed", "Birch");
        assertThat(page).containsAnyOf("trainedOfficers: 0 of 2 needed", "capacity.criterion");

        doThrow(new UnsupportedOperationException("not yet")).when(readiness).evaluate(any());
        doThrow(new IllegalStateException("down")).when(agreements).inForceWithin(anyString());
        MvcTestResult degraded = get("/scale-up/plans/" + plan, NATIONAL, Role.NATIONAL_COORDINATOR);
        assertThat(degraded).hasStatusOk();
        assertThat(degraded.getResponse().getContentAsString())
                .contains("Readiness could not be evaluated.", "Agreements in force could not be read.")
                .contains("Reason to start although the gate does not pass");
    }

    @Test
    void theFormsCreateAPlanAddAPhaseAndKeepWhatWasTypedWhenRefused() throws Exception {
        MvcTestResult saved = mvc.post()
                .uri("/scale-up/plans")
                .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                .with(csrf())
                .param("name", "Nation by 2030")
                .param("goalLevel", "NATION")
                .param("goalUnit", "QZ")
                .param("agreementsRequired", "1")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        UUID plan = jdbc.sql("select id from scaleup_plan").query(UUID.class).single();

        assertThat(phaseForm(plan, "Two districts", START, START.plusMonths(6), "QZ0101 QZ0102"))
                .hasStatus3xxRedirection();
        MvcTestResult refused = phaseForm(plan, "Overlap", START.plusMonths(2), START.plusMonths(8), "QZ0201");
        assertThat(refused.getResponse().getContentAsString())
                .contains("The phase would overlap the phase Two districts")
                .contains("value=\"Overlap\"")
                .contains("value=\"QZ0201\"");
        assertThat(count("scaleup_phase")).isEqualTo(1);
    }

    private MvcTestResult phaseForm(UUID plan, String name, LocalDate from, LocalDate to, String units) {
        return mvc.post()
                .uri("/scale-up/plans/" + plan + "/phases")
                .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("name", name)
                .param("startsOn", from.toString())
                .param("endsOn", to.toString())
                .param("units", units)
                .exchange();
    }

    private List<Boolean> passes(String plan) {
        return JsonPath.read(
                body(get("/api/v1/scale-up-plans/" + plan + "/gates", NATIONAL, Role.NATIONAL_COORDINATOR)),
                "$[*].passes");
    }

    private LocalDate started(String phase) {
        return jdbc.sql("select started_on from scaleup_phase where id = ?")
                .param(UUID.fromString(phase))
                .query((rs, i) -> java.util.Optional.ofNullable(rs.getDate(1)))
                .single()
                .map(java.sql.Date::toLocalDate)
                .orElse(null);
    }

    private MvcTestResult plan(String user, String name, String level, String unit) {
        Role role = user.equals(NATIONAL)
                ? Role.NATIONAL_COORDINATOR
                : user.equals(AMBER) ? Role.DISTRICT_COORDINATOR : Role.RESEARCHER;
        return post(
                "/api/v1/scale-up-plans",
                user,
                role,
                "{\"name\":\"" + name + "\",\"goalLevel\":\"" + level + "\",\"goalUnit\":\"" + unit + "\"}");
    }

    private MvcTestResult phase(String plan, String user, String name, LocalDate from, LocalDate to, String... units) {
        Role role = user.equals(NATIONAL) ? Role.NATIONAL_COORDINATOR : Role.DISTRICT_COORDINATOR;
        return post(
                "/api/v1/scale-up-plans/" + plan + "/phases",
                user,
                role,
                "{\"name\":\"" + name + "\",\"startsOn\":\"" + from + "\",\"endsOn\":\"" + to + "\",\"units\":["
                        + String.join(
                                ",",
                                java.util.Arrays.stream(units)
                                        .map(u -> "\"" + u + "\"")
                                        .toList()) + "]}");
    }

    private static AgreementRef agreement() {
        return new AgreementRef(
                UUID.randomUUID(),
                "Referral pathway MOU",
                Formality.SIGNED_MOU,
                AgreementStatus.IN_FORCE,
                UUID.randomUUID(),
                "/x/",
                LocalDate.now().plusYears(1),
                List.of());
    }
}
