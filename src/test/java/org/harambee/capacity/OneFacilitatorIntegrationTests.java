package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.Scope;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One facilitator (decision 0032): the names given when a community is registered or corrected are people of the
 * register assigned to it, so that a facilitator named on a community and then trained counts for readiness without
 * being registered a second time; the community reads its facilitators back from the register.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OneFacilitatorIntegrationTests extends QuzlandCapacity {

    @Autowired
    Readiness readiness;

    @Autowired
    CapacityWork work;

    @Test
    void aFacilitatorNamedOnACommunityAndThenTrainedCountsForReadinessWithoutASecondRecord() {
        UUID kpetema = register("Kpetema", "QZ010101", "{\"name\":\"Fatmata Sesay\",\"insideCommunity\":true}");
        assertThat(trainedFacilitators("QZ0101")).isZero();
        Scope amber = Scope.of(List.of(unitPath("QZ0101")));
        assertThat(work.facilitatorsWithoutTraining(amber))
                .as("the coordinator's home counts her as not yet trained")
                .isEqualTo(1);
        UUID fatmata = jdbc.sql("select id from capacity_facilitator where name = 'Fatmata Sesay'")
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select sex from capacity_facilitator where id = ?")
                        .param(fatmata)
                        .query(String.class)
                        .single())
                .isEqualTo("UNKNOWN");
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/facilitators?unit=QZ0101", AMBER, Role.DISTRICT_COORDINATOR)), "$[*].id"))
                .containsExactly(fatmata.toString());

        UUID training = CapacityTables.training(jdbc, "QZ0101");
        assertThat(errors(post(
                        "/api/v1/trainings/" + training + "/participants",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"facilitatorId\":\"" + fatmata + "\"}")))
                .as("a person whose sex the register does not know yet is asked it as a participant")
                .containsOnly(Map.entry("sex", "Choose female or male."));
        UUID participant = lastParticipant(post(
                "/api/v1/trainings/" + training + "/participants",
                AMBER,
                Role.DISTRICT_COORDINATOR,
                "{\"facilitatorId\":\"" + fatmata + "\",\"sex\":\"FEMALE\"}"));
        assertThat(put(
                        "/api/v1/trainings/" + training + "/results",
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        "{\"results\":[{\"participantId\":\"" + participant + "\",\"attended\":true}]}"))
                .hasStatusOk();

        assertThat(trainedFacilitators("QZ0101")).isEqualTo(1);
        assertThat(work.facilitatorsWithoutTraining(amber)).isZero();
        assertThat(count("capacity_facilitator")).isEqualTo(1);
        String shown = body(get("/api/v1/communities/" + kpetema, RESEARCHER, Role.RESEARCHER));
        assertThat(JsonPath.<List<String>>read(shown, "$.facilitators[*].id")).containsExactly(fatmata.toString());
        assertThat(JsonPath.<List<Boolean>>read(shown, "$.facilitators[*].trained"))
                .containsExactly(true);
        assertThat(jdbc.sql("select count(*) from access_audit where seq > ? and detail like '%Fatmata%'")
                        .param(auditedBefore)
                        .query(Long.class)
                        .single())
                .as("no name in the audit trail")
                .isZero();
    }

    @Test
    void aNameIsThePersonOfTheSameNameInTheDistrictAndAnotherDistrictHasItsOwn() {
        UUID joseph = CapacityTables.facilitator(jdbc, "Joseph Koroma", "QZ0101");
        UUID kpetema = register("Kpetema", "QZ010101", "{\"name\":\"joseph KOROMA\",\"insideCommunity\":false}");
        UUID gbanja = register("Gbanja", "QZ010102", "{\"name\":\"Joseph Koroma\",\"insideCommunity\":false}");
        UUID largo = register("Largo", "QZ010201", "{\"name\":\"Joseph Koroma\",\"insideCommunity\":false}");

        assertThat(assigned(kpetema)).containsExactly(joseph);
        assertThat(assigned(gbanja)).containsExactly(joseph);
        assertThat(assigned(largo)).singleElement().isNotEqualTo(joseph);
        assertThat(count("capacity_facilitator")).isEqualTo(2);
        assertThat(audited("FACILITATOR_CREATED")).isEqualTo(1);
        assertThat(audited("FACILITATOR_ASSIGNED")).isEqualTo(3);
    }

    @Test
    void removingANameEndsTheAssignmentAndKeepsThePersonAndTheirTraining() {
        UUID kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        UUID fatmata = CapacityTables.facilitator(jdbc, "Fatmata Sesay", "QZ0101");
        UUID assignment = CapacityTables.assign(jdbc, fatmata, kpetema);
        UUID participant = CapacityTables.attended(jdbc, CapacityTables.training(jdbc, "QZ0101"), fatmata, null);

        assertThat(put("/api/v1/communities/" + kpetema, AMBER, Role.DISTRICT_COORDINATOR, kpetemaJson(null)))
                .hasStatusOk();
        assertThat(assigned(kpetema))
                .as("a correction that names no facilitators leaves them")
                .containsExactly(fatmata);

        assertThat(put(
                        "/api/v1/communities/" + kpetema,
                        AMBER,
                        Role.DISTRICT_COORDINATOR,
                        kpetemaJson("{\"name\":\"Fatmata Sesay\",\"insideCommunity\":false},"
                                + "{\"name\":\"Mohamed Bangura\",\"insideCommunity\":true}")))
                .hasStatusOk();
        assertThat(assigned(kpetema)).hasSize(2).contains(fatmata);
        assertThat(put("/api/v1/communities/" + kpetema, AMBER, Role.DISTRICT_COORDINATOR, kpetemaJson("")))
                .hasStatusOk();

        assertThat(assigned(kpetema)).isEmpty();
        assertThat(jdbc.sql("select ends_on from capacity_assignment where id = ?")
                        .param(assignment)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.now().minusDays(1));
        assertThat(jdbc.sql("select count(*) from capacity_assignment where community_id = ?")
                        .param(kpetema)
                        .query(Long.class)
                        .single())
                .as("the assignment made and ended on the same day is withdrawn")
                .isEqualTo(1);
        assertThat(count("capacity_facilitator")).isEqualTo(2);
        assertThat(jdbc.sql("select facilitator_id from capacity_participant where id = ?")
                        .param(participant)
                        .query(UUID.class)
                        .single())
                .isEqualTo(fatmata);
    }

    @Test
    void theCommunityPageLinksEachFacilitatorToTheRegisterAndSaysWhetherTheyAreTrained() throws Exception {
        UUID kpetema = register("Kpetema", "QZ010101", "{\"name\":\"Fatmata Sesay\",\"insideCommunity\":true}");
        UUID fatmata = assigned(kpetema).get(0);

        MvcTestResult page = mvc.get()
                .uri("/communities/" + kpetema)
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "fr")
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString())
                .contains("href=\"/facilitators/" + fatmata + "\"")
                .contains("Fatmata Sesay")
                .contains("pas encore formé");
    }

    /** Registers a community through the API: Amber's coordinator inside Amber, the national coordinator elsewhere. */
    private UUID register(String name, String pcode, String facilitators) {
        boolean amber = pcode.startsWith("QZ0101");
        MvcTestResult created = post(
                "/api/v1/communities",
                amber ? AMBER : NATIONAL,
                amber ? Role.DISTRICT_COORDINATOR : Role.NATIONAL_COORDINATOR,
                "{\"name\":\"" + name + "\",\"unit\":\"" + pcode + "\",\"origin\":\"AGENCY_INITIATED\","
                        + "\"facilitators\":[" + facilitators + "]}");
        assertThat(created).hasStatus(201);
        return UUID.fromString(JsonPath.read(body(created), "$.id"));
    }

    private static String kpetemaJson(String facilitators) {
        return "{\"name\":\"Kpetema\",\"unit\":\"QZ010101\",\"origin\":\"AGENCY_INITIATED\""
                + (facilitators == null ? "" : ",\"facilitators\":[" + facilitators + "]") + "}";
    }

    /** The people assigned to the community today. */
    private List<UUID> assigned(UUID community) {
        return jdbc.sql("select facilitator_id from capacity_assignment where community_id = ? and starts_on <= ?"
                        + " and (ends_on is null or ends_on >= ?) order by created_at")
                .params(community, LocalDate.now(), LocalDate.now())
                .query(UUID.class)
                .list();
    }

    private long trainedFacilitators(String pcode) {
        UUID unit = jdbc.sql("select id from geo_unit where pcode = ?")
                .param(pcode)
                .query(UUID.class)
                .single();
        return readiness.evaluate(unit).checks().stream()
                .filter(c -> c.criterion().equals("TRAINED_FACILITATORS_PER_10_COMMUNITIES"))
                .findFirst()
                .orElseThrow()
                .actual();
    }
}
