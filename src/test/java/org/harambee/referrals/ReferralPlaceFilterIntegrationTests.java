package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.communities.CommunityTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A referral list limited to the communities of a place: inside the box's need-to-know, a place outside the area the
 * box is read with refused (403 in the API and the files, beside the field on the page), an unknown one a 400 on
 * {@code unit}; the file follows it and its audit line names it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralPlaceFilterIntegrationTests extends QuzlandReferrals {

    UUID fromKpetema;
    UUID fromMano;

    @BeforeEach
    void oneReferralFromEachChiefdomOfAmber() {
        UUID mano = CommunityTables.community(jdbc, "Mano", "QZ010102");
        fromKpetema = ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, amberWelfare, "SENT");
        fromMano = ReferralFixtures.referral(jdbc, FACILITATOR, mano, amberWelfare, "SENT");
    }

    @Test
    void theListKeepsTheReferralsFromCommunitiesOfThePlace() {
        assertThat(ids("/api/v1/referrals?box=AREA", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .containsExactlyInAnyOrder(fromKpetema.toString(), fromMano.toString());
        assertThat(ids("/api/v1/referrals?box=AREA&unit=QZ010102", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .containsExactly(fromMano.toString());
        assertThat(ids("/api/v1/referrals?box=MINE&unit=QZ010101", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .containsExactly(fromKpetema.toString());
        assertThat(ids("/api/v1/referrals?box=INBOX&unit=QZ0101", OFFICER, Role.SERVICE_POINT_OFFICER))
                .hasSize(2);
        // a place above the reader's area narrows nothing beyond the area
        assertThat(ids("/api/v1/referrals?box=AREA&unit=QZ01", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasSize(2);
    }

    @Test
    void theFileFollowsThePlaceAndItsAuditLineNamesIt() throws Exception {
        long before = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();

        MvcTestResult file =
                get("/referrals?box=AREA&unit=QZ010102&format=csv", COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getContentAsString(StandardCharsets.UTF_8).lines())
                .hasSize(2);
        assertThat(jdbc.sql("select detail from access_audit where action = 'REFERRALS_EXPORTED' and seq > ?")
                        .param(before)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains(" unit=QZ010102 ")
                .endsWith("1 row(s)");
    }

    @Test
    void aPlaceOutsideTheBoxsAreaIsRefusedAndAnUnknownOneNamed() throws Exception {
        assertThat(get("/api/v1/referrals?box=AREA&unit=QZ02", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(get(
                        "/api/v1/referrals?box=MINE&unit=QZ0101&format=csv",
                        LAKE_FACILITATOR,
                        Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
        assertThat(get("/referrals?box=AREA&unit=QZ02&format=xlsx", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(errors(get("/api/v1/referrals?box=AREA&unit=QZ999999", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("unit");

        MvcTestResult page = get("/referrals?box=AREA&unit=QZ02", COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("This place is outside your area").doesNotContain("R-T");
        assertThat(body(get("/referrals?box=AREA&unit=QZ010101", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .contains("unit=QZ010101&amp;format=csv");
    }

    private List<String> ids(String uri, String user, Role role) {
        MvcTestResult result = get(uri, user, role);
        assertThat(result).as(uri).hasStatusOk();
        return JsonPath.read(body(result), "$.items[*].id");
    }
}
