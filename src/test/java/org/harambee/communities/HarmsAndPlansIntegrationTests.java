package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.communities.CommunityFixtures.body;
import static org.harambee.communities.CommunityRegistrationIntegrationTests.errors;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Harm selections and action plans: a harm from the list with the groups consulted, a plan against a harm the
 * community selected, actions owned by a group whose status moves to done with the day it was done.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HarmsAndPlansIntegrationTests extends QuzlandCommunities {

    static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

    UUID kpetema;

    @BeforeEach
    void kpetemaRegistered() {
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
    }

    @Test
    void aHarmIsSelectedWithTheGroupsConsultedAndAPlanAddressesIt() {
        assertThat(errors(plan(
                        "{\"title\":\"Back to school\",\"harm\":\"CHILD_LABOUR\",\"startsOn\":\"" + YESTERDAY + "\"}")))
                .containsOnly(Map.entry("harm", "Choose a harm the community selected."));

        MvcTestResult selected = post(
                "/api/v1/communities/" + kpetema + "/harm-selections",
                "{\"harm\":\"CHILD_LABOUR\",\"selectedOn\":\"" + YESTERDAY + "\","
                        + "\"groupsConsulted\":[\"GIRLS\",\"BOYS\",\"ELDERS\"]}");
        assertThat(selected).hasStatus(201);
        assertThat(JsonPath.<String>read(body(selected), "$.harmName")).isEqualTo("Child labour");
        assertThat(JsonPath.<List<String>>read(body(selected), "$.groupsConsulted"))
                .containsExactly("GIRLS", "BOYS", "ELDERS");

        MvcTestResult plan = plan("{\"title\":\"Back to school\",\"harm\":\"CHILD_LABOUR\",\"startsOn\":\"" + YESTERDAY
                + "\",\"endsOn\":\"" + LocalDate.now().plusMonths(6) + "\"}");
        assertThat(plan).hasStatus(201);
        String planId = JsonPath.read(body(plan), "$.id");
        assertThat(plan.getResponse().getHeader("Location")).isEqualTo("/api/v1/action-plans/" + planId);

        MvcTestResult action = post(
                "/api/v1/action-plans/" + planId + "/actions",
                "{\"description\":\"Talk to farm owners\",\"owner\":\"Child protection committee\","
                        + "\"status\":\"PLANNED\",\"dueOn\":\""
                        + LocalDate.now().plusDays(14) + "\"}");
        assertThat(action).hasStatus(201);
        String actionId = JsonPath.read(body(action), "$.id");
        assertThat(errors(api.put(
                        "/api/v1/actions/" + actionId,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"description\":\"Talk to farm owners\",\"owner\":\"Child protection committee\","
                                + "\"status\":\"DONE\"}")))
                .containsOnly(Map.entry("doneOn", "Give the day the action was done."));
        assertThat(errors(api.put(
                        "/api/v1/actions/" + actionId,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"description\":\"Talk to farm owners\",\"owner\":\"\",\"status\":\"IN_PROGRESS\","
                                + "\"doneOn\":\"" + YESTERDAY + "\"}")))
                .containsOnly(
                        Map.entry("owner", "Fill in this field."),
                        Map.entry("doneOn", "Only a done action has a day it was done."));
        assertThat(api.put(
                        "/api/v1/actions/" + actionId,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"description\":\"Talk to farm owners\",\"owner\":\"Child protection committee\","
                                + "\"status\":\"DONE\",\"doneOn\":\"" + YESTERDAY + "\"}"))
                .hasStatusOk();

        String shown = body(api.get("/api/v1/action-plans/" + planId, RESEARCHER, Role.RESEARCHER));
        assertThat(JsonPath.<List<String>>read(shown, "$.actions[*].status")).containsExactly("DONE");
        assertThat(JsonPath.<List<String>>read(shown, "$.actions[*].doneOn")).containsExactly(YESTERDAY);
        assertThat(JsonPath.<List<String>>read(
                        body(api.get("/api/v1/communities/" + kpetema + "/timeline", RESEARCHER, Role.RESEARCHER)),
                        "$[*].kind"))
                .containsExactly("HARM", "PLAN");
        assertThat(jdbc.sql("select action from access_audit where record_id in (?, ?) order by seq")
                        .params(planId, actionId)
                        .query(String.class)
                        .list())
                .containsExactly("ACTION_PLAN_CREATED", "ACTION_ADDED", "ACTION_UPDATED");
    }

    @Test
    void aHarmSelectionNeedsAHarmFromTheListAndTheGroupsConsulted() {
        assertThat(errors(post(
                        "/api/v1/communities/" + kpetema + "/harm-selections",
                        "{\"harm\":\"BAD_LUCK\",\"selectedOn\":\""
                                + LocalDate.now().plusDays(1) + "\"," + "\"groupsConsulted\":[]}")))
                .containsOnly(
                        Map.entry("harm", "Choose a harm from the list."),
                        Map.entry("selectedOn", "The date may not be in the future."),
                        Map.entry("groupsConsulted", "Tick the groups that were consulted."));
        assertThat(count("community_harm_selection")).isZero();

        UUID mano = CommunityTables.community(jdbc, "Mano", "QZ020101");
        assertThat(post(
                        "/api/v1/communities/" + mano + "/harm-selections",
                        "{\"harm\":\"EARLY_MARRIAGE\",\"selectedOn\":\"" + YESTERDAY + "\","
                                + "\"groupsConsulted\":[\"WOMEN\"]}"))
                .hasStatus(403);
        UUID lakePlan = CommunityTables.actionPlan(jdbc, mano);
        assertThat(api.get("/api/v1/action-plans/" + lakePlan, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(api.put(
                        "/api/v1/actions/" + CommunityTables.firstAction(jdbc, lakePlan),
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"description\":\"x\",\"owner\":\"y\",\"status\":\"DROPPED\"}"))
                .hasStatus(403);
    }

    @Test
    void thePlanPageShowsItsActionsAndTheProblemsOfOneBesideIt() throws Exception {
        UUID plan = CommunityTables.actionPlan(jdbc, kpetema);
        UUID action = CommunityTables.firstAction(jdbc, plan);

        MvcTestResult refused = mvc.post()
                .uri("/plans/" + plan + "/actions")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("actionId", action.toString())
                .param("description", "Talk to farm owners")
                .param("owner", "Child protection committee")
                .param("status", "DONE")
                .exchange();

        assertThat(refused).hasStatusOk();
        String html = refused.getResponse().getContentAsString();
        assertThat(html)
                .contains("Back to school", "Talk to farm owners", "by Child protection committee")
                .contains("Give the day the action was done.");
        assertThat(jdbc.sql("select status from community_action where id = ?")
                        .param(action)
                        .query(String.class)
                        .single())
                .isEqualTo("PLANNED");

        MvcTestResult added = mvc.post()
                .uri("/plans/" + plan + "/actions")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .param("description", "Children's club visits families")
                .param("owner", "Children's club")
                .param("status", "IN_PROGRESS")
                .exchange();
        assertThat(added).hasStatus3xxRedirection();
        assertThat(count("community_action")).isEqualTo(2);

        MvcTestResult harmPage = mvc.post()
                .uri("/communities/" + kpetema + "/harms")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "fr")
                .param("harm", "EARLY_MARRIAGE")
                .param("selectedOn", YESTERDAY)
                .exchange();
        assertThat(harmPage.getResponse().getContentAsString()).contains("Cochez les groupes consultés.");
    }

    private MvcTestResult post(String uri, String json) {
        return api.post(uri, COORDINATOR, Role.DISTRICT_COORDINATOR, json);
    }

    private MvcTestResult plan(String json) {
        return post("/api/v1/communities/" + kpetema + "/action-plans", json);
    }
}
