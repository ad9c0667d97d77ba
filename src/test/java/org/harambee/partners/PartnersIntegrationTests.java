package org.harambee.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.ImportJobsAwait;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Organisations, presence and adoption through the API and the pages: who may read and write what, where; input
 * refused field by field with nothing written; adoption steps in order; the organisations present but not adopting;
 * the events and the audit trail.
 */
@RecordApplicationEvents
class PartnersIntegrationTests extends PartnersWebTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    Partners partners;

    @Test
    void organisationsAreListedForEveryReaderBySearchAndKindWithTheirCountrysLevelName() {
        assertThat(put(ADMIN, "/api/v1/countries/QZ/levels", """
                        {"levels":[{"level":2,"names":{"en":"District","fr":"District","sw":"Wilaya"}}]}""")).hasStatusOk();
        MvcTestResult created = post(AMBER, "/api/v1/organisations", """
                {"name":"Child Aid Quzland","shortName":"CAQ","kind":"INTERNATIONAL_NGO","country":"qz","level":2,
                 "contactName":"Ama Contact","contactEmail":"ama@example.org","contactPhone":"+999 555 0100",
                 "website":"https://caq.example.org"}""");
        assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader("Location", "/api/v1/organisations/" + id(created));
        assertThat(created).bodyJson().extractingPath("$.levelName").isEqualTo("District");
        assertThat(created).bodyJson().extractingPath("$.country").isEqualTo("QZ");
        organisation("Hill Women's Group", "COMMUNITY_BASED");
        UUID lake = organisation("Lake Health Link", "NATIONAL_NGO");

        assertThat(get(RESEARCHER, "/api/v1/organisations"))
                .bodyJson()
                .extractingPath("$.items[*].name")
                .isEqualTo(List.of("Child Aid Quzland", "Hill Women's Group", "Lake Health Link"));
        assertThat(get(RESEARCHER, "/api/v1/organisations?q=HEALTH"))
                .bodyJson()
                .extractingPath("$.items[*].name")
                .isEqualTo(List.of("Lake Health Link"));
        assertThat(get(RESEARCHER, "/api/v1/organisations?q=caq"))
                .bodyJson()
                .extractingPath("$.items[*].name")
                .isEqualTo(List.of("Child Aid Quzland"));
        assertThat(get(CEDAR, "/api/v1/organisations?kind=COMMUNITY_BASED"))
                .bodyJson()
                .extractingPath("$.items[*].name")
                .isEqualTo(List.of("Hill Women's Group"));
        assertThat(get(ADMIN, "/api/v1/organisations/" + id(created) + "?lang=sw"))
                .bodyJson()
                .extractingPath("$.levelName")
                .isEqualTo("Wilaya");

        // not placed: a coordinator elsewhere may change it; a reader may not
        assertThat(put(CEDAR, "/api/v1/organisations/" + lake, """
                        {"name":"Lake Health Link","shortName":"LHL","kind":"NATIONAL_NGO"}""")).hasStatusOk();
        assertThat(post(CEDAR, "/api/v1/organisations/" + lake + "/deactivate", ""))
                .hasStatusOk();
        assertThat(get(RESEARCHER, "/api/v1/organisations?active=true"))
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(2);
        assertThat(get(RESEARCHER, "/api/v1/organisations?active=false"))
                .bodyJson()
                .extractingPath("$.items[*].shortName")
                .isEqualTo(List.of("LHL"));
        assertThat(audited("organisation"))
                .containsExactly(
                        "ORGANISATION_CREATED",
                        "ORGANISATION_CREATED",
                        "ORGANISATION_CREATED",
                        "ORGANISATION_UPDATED",
                        "ORGANISATION_DEACTIVATED");
    }

    @Test
    void onlyHoldersOfManagePartnersRegisterOrganisations() {
        for (var reader : List.of(RESEARCHER, ADMIN)) {
            assertThat(post(reader, "/api/v1/organisations", "{\"name\":\"Refused Org\",\"kind\":\"UN_AGENCY\"}"))
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.get().uri("/api/v1/organisations").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(get(RESEARCHER, "/api/v1/organisations/" + UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("There is no such record.");
        assertThat(get(RESEARCHER, "/api/v1/organisations?kind=BANK")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(count("partner_organisation")).isZero();
    }

    @Test
    void anInvalidOrganisationIsRefusedFieldByFieldAndNothingIsWritten() {
        assertThat(post(AMBER, "/api/v1/organisations", """
                        {"name":" ","kind":"BANK","country":"XX","level":3,"contactEmail":"nope",
                         "contactPhone":"call me","website":"ftp://files.example.org"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .isEqualTo(List.of("name", "kind", "country", "contactEmail", "contactPhone", "website"));
        assertThat(post(AMBER, "/api/v1/organisations", "{\"name\":\"Lonely\",\"kind\":\"GOVERNMENT\",\"level\":2}"))
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .isEqualTo(List.of("level"));
        assertThat(post(AMBER, "/api/v1/organisations", """
                        {"name":"Too Deep","kind":"GOVERNMENT","country":"QZ","level":7}"""))
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("This country has no level 7.");
        assertThat(count("partner_organisation")).isZero();

        organisation("Child Aid", "NATIONAL_NGO");
        assertThat(post(AMBER, "/api/v1/organisations", "{\"name\":\"  child   AID \",\"kind\":\"NATIONAL_NGO\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .isEqualTo(List.of(
                        Map.of("field", "name", "message", "An organisation of this name is already registered.")));
        assertThat(count("partner_organisation")).isEqualTo(1);
        assertThat(audited("organisation")).containsExactly("ORGANISATION_CREATED");
    }

    @Test
    void theOrganisationFormShowsEachProblemBesideItsFieldAndKeepsWhatWasEntered() {
        assertThat(mvc.post()
                        .uri("/organisations")
                        .param("name", "")
                        .param("shortName", "KEPT")
                        .param("kind", "NATIONAL_NGO")
                        .param("contactEmail", "not-an-address")
                        .with(csrf())
                        .with(AMBER))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"name-error\" class=\"field-error\">Give the name.<")
                .contains("id=\"contactEmail-error\" class=\"field-error\">This is not an e-mail address.<")
                .contains("value=\"KEPT\"")
                .contains("value=\"not-an-address\"");
        assertThat(count("partner_organisation")).isZero();

        MvcTestResult saved = mvc.post()
                .uri("/organisations")
                .param("name", "Form Made Org")
                .param("kind", "FAITH_BASED")
                .param("place", "QZ:1")
                .with(csrf())
                .with(AMBER)
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        UUID id = jdbc.sql("select id from partner_organisation where name = 'Form Made Org'")
                .query(UUID.class)
                .single();
        assertThat(saved).redirectedUrl().isEqualTo("/organisations/" + id);
        assertThat(get(RESEARCHER, "/organisations/" + id))
                .hasStatusOk()
                .bodyText()
                .contains("Form Made Org")
                .contains("Quzland: Level 1 (level 1)")
                .doesNotContain("/organisations/" + id + "/edit");
        assertThat(get(RESEARCHER, "/organisations?q=form"))
                .hasStatusOk()
                .bodyText()
                .contains("Form Made Org")
                .doesNotContain("href=\"/organisations/new\"");
        assertThat(get(RESEARCHER, "/organisations/new")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(AMBER, "/units")).bodyText().contains("href=\"/organisations\"");
    }

    @Test
    void presenceIsReadAndWrittenOnlyInsideTheCallersUnits() {
        UUID org = organisation("Child Aid", "INTERNATIONAL_NGO");
        UUID amber = presence(AMBER, org, "QZ010101", "HEALTH", "2025-01-01", null);
        UUID cedar = presence(CEDAR, org, "QZ020101", "EDUCATION", "2025-01-01", "2025-06-30");
        String outside = "{\"organisationId\":\"" + org
                + "\",\"unit\":\"QZ020101\",\"sector\":\"WASH\",\"startDate\":\"2025-01-01\"}";
        assertThat(post(AMBER, "/api/v1/presence", outside)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(RESEARCHER, "/api/v1/presence", outside.replace("QZ020101", "QZ010101")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("partner_presence")).isEqualTo(2);

        assertThat(get(AMBER, "/api/v1/presence"))
                .bodyJson()
                .extractingPath("$.items[*].id")
                .isEqualTo(List.of(amber.toString()));
        assertThat(get(RESEARCHER, "/api/v1/presence"))
                .bodyJson()
                .extractingPath("$.items[*].unit.pcode")
                .isEqualTo(List.of("QZ010101"));
        assertThat(get(CEDAR, "/api/v1/presence"))
                .bodyJson()
                .extractingPath("$.items[*].id")
                .isEqualTo(List.of(cedar.toString()));
        assertThat(get(ADMIN, "/api/v1/presence?current=false"))
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(2);
        assertThat(get(ADMIN, "/api/v1/presence?current=true&sector=EDUCATION"))
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(0);
        assertThat(get(ADMIN, "/api/v1/presence?unit=QZ02"))
                .bodyJson()
                .extractingPath("$.items[0].unit.name")
                .isEqualTo("Cedar East");
        assertThat(get(AMBER, "/api/v1/presence/" + amber))
                .bodyJson()
                .extractingPath("$.organisation.name")
                .isEqualTo("Child Aid");
        assertThat(get(AMBER, "/api/v1/presence/" + cedar)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(AMBER, "/api/v1/presence?unit=QZ0201")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put(AMBER, "/api/v1/presence/" + cedar, "{\"sector\":\"WASH\",\"startDate\":\"2025-01-01\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete().uri("/api/v1/presence/" + cedar).with(AMBER)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(AMBER, "/presence/" + cedar + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(AMBER, "/presence/" + amber + "/edit"))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"2025-01-01\"");
        assertThat(get(RESEARCHER, "/presence?unit=QZ01"))
                .hasStatusOk()
                .bodyText()
                .contains("Amber North (QZ010101)")
                .doesNotContain("Cedar East");
        assertThat(get(CEDAR, "/api/v1/presence/" + cedar))
                .bodyJson()
                .extractingPath("$.sector")
                .isEqualTo("EDUCATION");

        assertThat(put(CEDAR, "/api/v1/presence/" + cedar, "{\"sector\":\"WASH\",\"startDate\":\"2025-02-01\"}"))
                .bodyJson()
                .extractingPath("$.endDate")
                .isNull();
        assertThat(mvc.delete().uri("/api/v1/presence/" + cedar).with(CEDAR)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(get(CEDAR, "/api/v1/presence/" + cedar)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql(
                                "select action, unit_path from access_audit where record_type = 'presence' and seq > ? order by seq")
                        .param(auditBefore)
                        .query((rs, i) -> tuple(rs.getString(1), rs.getString(2)))
                        .list())
                .containsExactly(
                        tuple("PRESENCE_CREATED", path("QZ010101")),
                        tuple("PRESENCE_CREATED", path("QZ020101")),
                        tuple("PRESENCE_UPDATED", path("QZ020101")),
                        tuple("PRESENCE_DELETED", path("QZ020101")));
    }

    @Test
    void invalidPresenceIsRefusedFieldByFieldAndNothingIsWritten() {
        UUID org = organisation("Child Aid", "INTERNATIONAL_NGO");
        assertThat(post(AMBER, "/api/v1/presence", """
                        {"unit":"QZ9999","sector":"MINING","startDate":"2025-13-01"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .isEqualTo(List.of("unit", "organisationId", "sector", "startDate"));
        assertThat(post(
                        AMBER,
                        "/api/v1/presence",
                        "{\"organisationId\":\"" + org + "\",\"unit\":\"QZ010101\","
                                + "\"sector\":\"HEALTH\",\"startDate\":\"2025-05-01\",\"endDate\":\"2025-04-30\"}"))
                .bodyJson()
                .extractingPath("$.errors")
                .isEqualTo(List.of(Map.of("field", "endDate", "message", "The end cannot come before the start.")));
        assertThat(count("partner_presence")).isZero();

        presence(AMBER, org, "QZ010101", "HEALTH", "2025-01-01", "2025-12-31");
        assertThat(post(
                        AMBER,
                        "/api/v1/presence",
                        "{\"organisationId\":\"" + org + "\",\"unit\":\"QZ010101\","
                                + "\"sector\":\"HEALTH\",\"startDate\":\"2025-12-31\"}"))
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("startDate");
        presence(AMBER, org, "QZ010101", "HEALTH", "2026-01-01", null);
        assertThat(count("partner_presence")).isEqualTo(2);

        assertThat(mvc.post()
                        .uri("/presence")
                        .param("organisationId", org.toString())
                        .param("unit", "QZ010102")
                        .param("sector", "GBV")
                        .param("startDate", "2025-03-01")
                        .param("endDate", "2025-02-01")
                        .with(csrf())
                        .with(AMBER))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"endDate-error\" class=\"field-error\">The end cannot come before the start.<")
                .contains("value=\"QZ010102\"")
                .contains("value=\"2025-02-01\"");
        assertThat(count("partner_presence")).isEqualTo(2);
    }

    @Test
    void adoptionStepsGoInOrderWithDatesThatNeverGoBackAndSupportingIsPublished() {
        UUID org = organisation("Child Aid", "INTERNATIONAL_NGO");
        MvcTestResult started = post(
                AMBER,
                "/api/v1/adoptions",
                "{\"organisationId\":\"" + org + "\",\"unit\":\"QZ0101\",\"invitedOn\":\"2025-02-01\"}");
        assertThat(started).hasStatus(HttpStatus.CREATED);
        String steps = "/api/v1/adoptions/" + id(started) + "/steps";

        assertThat(post(AMBER, steps, "{\"step\":\"TRAINED\",\"date\":\"2025-03-01\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .isEqualTo(List.of(
                        Map.of("field", "step", "message", "Steps are taken in order: the next one is Agreed.")));
        assertThat(post(AMBER, steps, "{\"step\":\"AGREED\",\"date\":\"2025-01-31\"}"))
                .bodyJson()
                .extractingPath("$.errors")
                .isEqualTo(List.of(Map.of(
                        "field", "date", "message", "This step cannot come before the step before it (2025-02-01).")));
        assertThat(post(
                        AMBER,
                        steps,
                        "{\"step\":\"AGREED\",\"date\":\"" + LocalDate.now().plusDays(1) + "\"}"))
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("date");
        assertThat(post(CEDAR, steps, "{\"step\":\"AGREED\",\"date\":\"2025-02-01\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(AMBER, "/api/v1/adoptions/" + id(started)))
                .bodyJson()
                .extractingPath("$.step")
                .isEqualTo("INVITED");
        assertThat(events.stream(AdoptionStepRecorded.class).map(AdoptionStepRecorded::step))
                .containsExactly(AdoptionStep.INVITED);

        assertThat(post(AMBER, steps, "{\"step\":\"agreed\",\"date\":\"2025-02-01\"}"))
                .hasStatusOk();
        assertThat(post(AMBER, steps, "{\"step\":\"TRAINED\",\"date\":\"2025-03-15\"}"))
                .hasStatusOk();
        assertThat(events.stream(PartnerAdopted.class)).isEmpty();
        assertThat(post(AMBER, steps, "{\"step\":\"SUPPORTING\",\"date\":\"2025-04-20\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.steps[*].date")
                .isEqualTo(List.of("2025-02-01", "2025-02-01", "2025-03-15", "2025-04-20"));
        assertThat(post(AMBER, steps, "{\"step\":\"SUPPORTING\",\"date\":\"2025-04-21\"}"))
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("This organisation already supports communities here.");
        assertThat(post(
                        AMBER,
                        "/api/v1/adoptions",
                        "{\"organisationId\":\"" + org + "\",\"unit\":\"QZ0101\",\"invitedOn\":\"2025-02-01\"}"))
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("unit");

        UUID unit = jdbc.sql("select id from geo_unit where pcode = 'QZ0101'")
                .query(UUID.class)
                .single();
        assertThat(events.stream(AdoptionStepRecorded.class).map(AdoptionStepRecorded::step))
                .containsExactly(
                        AdoptionStep.INVITED, AdoptionStep.AGREED, AdoptionStep.TRAINED, AdoptionStep.SUPPORTING);
        assertThat(events.stream(PartnerAdopted.class))
                .containsExactly(new PartnerAdopted(id(started), org, unit, path("QZ0101"), LocalDate.of(2025, 4, 20)));
        assertThat(audited("adoption"))
                .containsExactly("ADOPTION_INVITED", "ADOPTION_AGREED", "ADOPTION_TRAINED", "ADOPTION_SUPPORTING");
        // the adoption covers the district's subtree, for the modules that ask
        assertThat(partners.adoptionStep(org, path("QZ010102"))).contains(AdoptionStep.SUPPORTING);
        assertThat(partners.adoptionStep(org, path("QZ0102"))).isEmpty();
    }

    @Test
    void organisationsPresentButNotTrainedAreListedPerArea() {
        UUID notInvited = organisation("Alpha Relief", "NATIONAL_NGO");
        UUID agreed = organisation("Bravo Care", "INTERNATIONAL_NGO");
        UUID trained = organisation("Charlie Health", "NATIONAL_NGO");
        UUID gone = organisation("Delta Schools", "FAITH_BASED");
        presence(AMBER, notInvited, "QZ010101", "HEALTH", "2025-01-01", null);
        presence(AMBER, notInvited, "QZ010101", "EDUCATION", "2025-01-01", null);
        presence(AMBER, agreed, "QZ010102", "GBV", "2025-01-01", null);
        presence(AMBER, trained, "QZ010101", "HEALTH", "2025-01-01", null);
        presence(AMBER, gone, "QZ010101", "EDUCATION", "2024-01-01", "2024-12-31");
        presence(CEDAR, notInvited, "QZ020101", "WASH", "2025-01-01", null);
        adoption(agreed, "QZ0101", AdoptionStep.AGREED);
        adoption(trained, "QZ0101", AdoptionStep.TRAINED);

        MvcTestResult result = get(AMBER, "/api/v1/presence/not-adopting?unit=QZ0101");
        assertThat(result).hasStatusOk();
        List<Map<String, Object>> rows = JsonPath.read(body(result), "$[*]");
        assertThat(rows)
                .extracting(
                        r -> JsonPath.read(r, "$.organisation.name"),
                        r -> JsonPath.read(r, "$.unit.pcode"),
                        r -> JsonPath.read(r, "$.sectors"),
                        r -> r.get("step"))
                .containsExactlyInAnyOrder(
                        tuple("Alpha Relief", "QZ010101", List.of("EDUCATION", "HEALTH"), null),
                        tuple("Bravo Care", "QZ010102", List.of("GBV"), "AGREED"));
        assertThat(get(AMBER, "/api/v1/presence/not-adopting"))
                .bodyJson()
                .extractingPath("$[*].unit.pcode")
                .asArray()
                .containsExactlyInAnyOrder("QZ010101", "QZ010102");
        assertThat(get(ADMIN, "/api/v1/presence/not-adopting?unit=QZ02"))
                .bodyJson()
                .extractingPath("$[*].organisation.name")
                .isEqualTo(List.of("Alpha Relief"));
        assertThat(get(AMBER, "/api/v1/presence/not-adopting?unit=QZ02")).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(get(AMBER, "/adoptions?unit=QZ0101"))
                .hasStatusOk()
                .bodyText()
                .contains("Alpha Relief", "Bravo Care", "Not invited", "Gender-based violence")
                .doesNotContain("Delta Schools");
    }

    @Test
    void aBoundaryMoveCarriesPartnerRecordsWithTheUnit() throws Exception {
        UUID org = organisation("Child Aid", "INTERNATIONAL_NGO");
        UUID birch = presence(hillCoordinator(), org, "QZ010201", "HEALTH", "2025-01-01", null);
        String before = path("QZ010201");

        ImportJobsAwait.importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        String after = path("QZ010201");
        assertThat(after).isNotEqualTo(before).startsWith(path("QZ02"));
        await().atMost(Duration.ofSeconds(20)).until(() -> after.equals(unitPath("partner_presence", birch)));
        assertThat(unitPath("partner_presence", birch)).isEqualTo(after);
        assertThat(get(RESEARCHER, "/api/v1/presence"))
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(0);
    }

    /** The coordinator of Hill Province, whose units hold Birch before it moves. */
    private RequestPostProcessor hillCoordinator() {
        TestAccounts.create(jdbc, "hill-coordinator", "synthetic-pass-4", Role.DISTRICT_COORDINATOR, "QZ01");
        return TestAccounts.as("hill-coordinator", Role.DISTRICT_COORDINATOR);
    }

    private String unitPath(String table, UUID id) {
        return jdbc.sql("select unit_path from " + table + " where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
