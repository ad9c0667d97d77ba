package org.harambee.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A partner programme manager of Hill Province (QZ01) whose account is linked to Child Aid records Child Aid's presence
 * and adoption steps there, in the API and on the pages; never another organisation's, and never outside Hill.
 */
class OwnOrganisationIntegrationTests extends PartnersWebTests {

    static final String MANAGER = "hill-partner-manager";
    static final RequestPostProcessor PARTNER = TestAccounts.as(MANAGER, Role.PARTNER_PROGRAMME_MANAGER);

    UUID childAid;
    UUID other;

    @BeforeEach
    void aManagerLinkedToChildAid() {
        childAid = organisation("Child Aid", "INTERNATIONAL_NGO");
        other = organisation("Other Aid", "NATIONAL_NGO");
        TestAccounts.create(jdbc, MANAGER, "synthetic-pass-4", Role.PARTNER_PROGRAMME_MANAGER, "QZ01");
        jdbc.sql("update access_user set organisation_id = ? where username = ?")
                .params(childAid, MANAGER)
                .update();
    }

    @Test
    void aPartnerManagerRecordsTheirOrganisationsPresenceInsideTheirArea() {
        UUID own = presence(PARTNER, childAid, "QZ010101", "HEALTH", "2025-01-01", null);

        assertThat(put(PARTNER, "/api/v1/presence/" + own, "{\"sector\":\"WASH\",\"startDate\":\"2025-02-01\"}"))
                .hasStatusOk();
        assertThat(post(PARTNER, "/api/v1/presence", presenceJson(other, "QZ010101")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(PARTNER, "/api/v1/presence", presenceJson(childAid, "QZ020101")))
                .hasStatus(HttpStatus.FORBIDDEN);
        UUID theirs = presence(AMBER, other, "QZ010101", "EDUCATION", "2025-01-01", null);
        assertThat(put(PARTNER, "/api/v1/presence/" + theirs, "{\"sector\":\"WASH\",\"startDate\":\"2025-02-01\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete().uri("/api/v1/presence/" + theirs).with(PARTNER).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("partner_presence")).isEqualTo(2);
        assertThat(audited("presence")).containsExactly("PRESENCE_CREATED", "PRESENCE_UPDATED", "PRESENCE_CREATED");
    }

    @Test
    void aPartnerManagerRecordsTheirOrganisationsAdoptionStepsAndNoOneElses() {
        MvcTestResult started = post(PARTNER, "/api/v1/adoptions", adoptionJson(childAid));
        assertThat(started).hasStatus(201);
        assertThat(post(
                        PARTNER,
                        "/api/v1/adoptions/" + id(started) + "/steps",
                        "{\"step\":\"AGREED\",\"date\":\"2025-02-10\"}"))
                .hasStatusOk();

        assertThat(post(PARTNER, "/api/v1/adoptions", adoptionJson(other))).hasStatus(HttpStatus.FORBIDDEN);
        UUID theirs = adoption(other, "QZ010101", AdoptionStep.INVITED);
        assertThat(post(
                        PARTNER,
                        "/api/v1/adoptions/" + theirs + "/steps",
                        "{\"step\":\"AGREED\",\"date\":\"2025-02-10\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(audited("adoption")).containsExactly("ADOPTION_INVITED", "ADOPTION_AGREED", "ADOPTION_INVITED");
    }

    @Test
    void theFormOffersOnlyTheirOrganisationAndRefusesAnother() {
        assertThat(get(PARTNER, "/presence/new"))
                .hasStatusOk()
                .bodyText()
                .contains("Child Aid")
                .doesNotContain("Other Aid");
        assertThat(
                        mvc.post()
                                .uri("/presence")
                                .with(PARTNER)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("organisationId", other.toString())
                                .param("unit", "QZ010101")
                                .param("sector", "HEALTH")
                                .param("startDate", "2025-01-01")
                                .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(
                        mvc.post()
                                .uri("/presence")
                                .with(PARTNER)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("organisationId", childAid.toString())
                                .param("unit", "QZ010101")
                                .param("sector", "HEALTH")
                                .param("startDate", "2025-01-01")
                                .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(count("partner_presence")).isEqualTo(1);
    }

    @Test
    void anAccountLinkedToNoOrganisationRecordsNothing() {
        jdbc.sql("update access_user set organisation_id = null where username = ?")
                .param(MANAGER)
                .update();

        assertThat(post(PARTNER, "/api/v1/presence", presenceJson(childAid, "QZ010101")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("partner_presence")).isZero();
    }

    private static String presenceJson(UUID organisation, String unit) {
        return "{\"organisationId\":\"" + organisation + "\",\"unit\":\"" + unit
                + "\",\"sector\":\"HEALTH\",\"startDate\":\"2025-01-01\"}";
    }

    private static String adoptionJson(UUID organisation) {
        return "{\"organisationId\":\"" + organisation + "\",\"unit\":\"QZ010101\",\"invitedOn\":\"2025-01-10\"}";
    }
}
