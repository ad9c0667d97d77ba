package org.harambee.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunitiesRegistered;
import org.harambee.communities.CommunityRegistered;
import org.harambee.communities.Origin;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Communities imported from a spreadsheet are counted by the insights as those registered on the form (their
 * registrations come as one {@link CommunitiesRegistered} a batch, decision 0040): the figures kept by the listeners
 * equal those a rebuild computes, and a batch delivered again counts nothing twice.
 */
class ImportedCommunityFactsIntegrationTests extends QuzlandFacts {

    static final String FILE = """
            pcode,name,origin,heard_from
            QZ010101,Imported Kpetema,,
            QZ010102,Imported Mano,SELF_INITIATED,
            QZ010201,Imported Baoma,NEIGHBOUR_REQUEST,Imported Kpetema
            QZ020101,Imported Ngiehun,,
            QZ020101,Imported Lago,SELF_INITIATED,
            """;

    @Test
    void importedCommunitiesCountAsRegisteredOnesAndTheRebuildAgrees() throws Exception {
        UUID onTheForm = register("Form Kpetema", "QZ010101", "AGENCY_INITIATED", null);
        phases(onTheForm, "ENTRY 2025-01-10", "LEARNING 2025-02-03");

        importFile(FILE);
        UUID mano = community("Imported Mano");
        phases(mano, "ENTRY 2025-05-05", "LEARNING 2025-06-06");
        String thisMonth = LocalDate.now().withDayOfMonth(1).toString();

        // the two that started count as registered from their start, as a registration on the form does
        assertThat(national("M", thisMonth, "COMMUNITIES_REGISTERED")).isEqualTo(4);
        assertThat(national("M", "2025-06-01", "COMMUNITIES_REGISTERED")).isEqualTo(1);
        assertThat(unit("QZ02", "M", thisMonth, "COMMUNITIES_REGISTERED")).isEqualTo(2);
        assertThat(national("M", "2025-06-01", "COMMUNITIES_STARTED_SPONTANEOUS"))
                .isEqualTo(1);
        List<String> communityMonths = snapshot("insight_community_month");
        List<String> unitPeriods = snapshot("insight_unit_period");
        List<String> future = snapshot("insight_future");

        rebuild.run();

        assertThat(snapshot("insight_community_month")).containsExactlyElementsOf(communityMonths);
        assertThat(snapshot("insight_unit_period")).containsExactlyElementsOf(unitPeriods);
        assertThat(snapshot("insight_future")).containsExactlyElementsOf(future);
    }

    @Test
    void aBatchOfRegistrationsDeliveredAgainCountsNothingTwice() throws Exception {
        importFile(FILE);
        String thisMonth = LocalDate.now().withDayOfMonth(1).toString();
        assertThat(national("M", thisMonth, "COMMUNITIES_REGISTERED")).isEqualTo(5);
        UUID kpetema = community("Imported Kpetema");
        UUID unseen = UUID.randomUUID();
        String path = jdbc.sql("select unit_path from community where id = ?")
                .param(kpetema)
                .query(String.class)
                .single();

        transaction.executeWithoutResult(tx -> events.publishEvent(new CommunitiesRegistered(List.of(
                new CommunityRegistered(kpetema, null, path, Origin.AGENCY_INITIATED, null, null, LocalDate.now()),
                new CommunityRegistered(unseen, null, path, Origin.SELF_INITIATED, null, null, LocalDate.now())))));

        assertThat(national("M", thisMonth, "COMMUNITIES_REGISTERED")).isEqualTo(6);
        assertThat(jdbc.sql("select asked from insight_community where community_id = ?")
                        .param(unseen)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    UUID community(String name) {
        return jdbc.sql("select id from community where name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    void importFile(String csv) throws Exception {
        MvcTestResult submitted = mvc.post()
                .uri("/api/v1/record-imports/communities")
                .multipart()
                .file(new MockMultipartFile(
                        "file", "communities.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                .exchange();
        assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
        String id = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
        String[] job = new String[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    job[0] = mvc.get()
                            .uri("/api/v1/record-imports/jobs/" + id)
                            .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                            .exchange()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                    String status = JsonPath.read(job[0], "$.status");
                    return !status.equals("QUEUED") && !status.equals("RUNNING");
                });
        assertThat(JsonPath.<String>read(job[0], "$.status")).as(job[0]).isEqualTo("SUCCEEDED");
    }
}
