package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A place outside the user's area, chosen in a page form, is refused beside its field with everything typed kept (no
 * 403 page); the API refuses it with 403 as any refusal of access. Amber's district coordinator (QZ0101) names Lake
 * province (QZ02) in the community, service point, training and pathway route forms, and the whole country (QZ)
 * as the place of an agreement and of a cluster.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutsideAreaFormsIntegrationTests extends QuzlandReferrals {

    static final String OUTSIDE = "This place is outside your area: choose one where you work.";

    @Test
    void theCommunityFormKeepsWhatWasTypedAndSaysThePlaceIsOutside() throws Exception {
        String html = refused(form("/communities", "name", "Synthetic Lakeside", "unit", "QZ02", "origin", "PLANNED"));
        assertThat(html).contains(OUTSIDE, "value=\"Synthetic Lakeside\"", "value=\"QZ02\"");
        assertThat(count("community")).isEqualTo(1);
        assertThat(post(
                        "/api/v1/communities",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"name\":\"Synthetic Lakeside\",\"unit\":\"QZ02\"}"))
                .hasStatus(403);
    }

    @Test
    void theServicePointFormKeepsWhatWasTypedAndSaysThePlaceIsOutside() throws Exception {
        String html =
                refused(form("/service-points", "name", "Synthetic lake office", "category", "HEALTH", "unit", "QZ02"));
        assertThat(html).contains(OUTSIDE, "value=\"Synthetic lake office\"");
        assertThat(count("referral_service_point")).isEqualTo(4);
    }

    @Test
    void theTrainingFormKeepsWhatWasTypedAndSaysThePlaceIsOutside() throws Exception {
        String html = refused(form(
                "/trainings",
                "title",
                "Synthetic facilitation course",
                "startsOn",
                "2026-03-02",
                "endsOn",
                "2026-03-04",
                "unit",
                "QZ02"));
        assertThat(html).contains(OUTSIDE, "value=\"Synthetic facilitation course\"");
    }

    @Test
    void thePathwayRouteFormSaysThePlaceIsOutside() throws Exception {
        String html = refused(form(
                "/pathways/QZ0101/routes",
                "category",
                "HEALTH",
                "unit",
                "QZ02",
                "servicePointId",
                healthPost.toString()));
        assertThat(html).contains(OUTSIDE, "value=\"QZ02\"");
    }

    @Test
    void theAgreementFormKeepsWhatWasTypedAndSaysThePlaceIsOutside() throws Exception {
        long before = count("agreement");
        String html = refused(form(
                "/agreements",
                "title",
                "Synthetic referral agreement",
                "purpose",
                "Referrals from the community to the district office",
                "formality",
                "MINUTED",
                "communityParty",
                "COMMUNITY:" + kpetema,
                "systemParty",
                "SERVICE_POINT:" + amberWelfare,
                "unit",
                "QZ"));
        assertThat(html).contains(OUTSIDE, "value=\"Synthetic referral agreement\"");
        assertThat(count("agreement")).isEqualTo(before);
    }

    @Test
    void theClusterFormKeepsWhatWasTypedAndSaysThePlaceIsOutside() throws Exception {
        UUID lead = CommunityTables.organisation(jdbc, "Synthetic lead organisation", "NATIONAL_NGO");
        long before = count("community_cluster");
        String html = refused(form(
                "/clusters",
                "name",
                "Synthetic river cluster",
                "leadPartnerId",
                lead.toString(),
                "memberIds",
                kpetema.toString(),
                "unit",
                "QZ"));
        assertThat(html).contains(OUTSIDE, "value=\"Synthetic river cluster\"");
        assertThat(count("community_cluster")).isEqualTo(before);
    }

    private static String refused(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }

    private MvcTestResult form(String uri, String... fields) {
        var request = mvc.post()
                .uri(uri)
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en");
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }
}
