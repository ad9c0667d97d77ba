package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The referral lists with filters, sort and paging, and their CSV and XLSX files: the same rows as the list (need to
 * know by box), only the list's columns (never the child's identity, the reason or a note), formula-like text disarmed,
 * each export audited with its filters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralExportIntegrationTests extends QuzlandReferrals {

    static final String LAKE_COORDINATOR = "lake-coordinator";

    @Test
    void theAreaListExportsItsRowsWithoutTheChildAndIsAudited() throws Exception {
        UUID urgent = sent("SOCIAL_WELFARE", "URGENT");
        sent("LEGAL_JUSTICE", "NORMAL");
        long before = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();

        MvcTestResult file = get("/api/v1/referrals?box=AREA&format=csv", COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getContentType()).startsWith("text/csv");
        assertThat(file.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"referrals-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        String csv = file.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFReference,Category,Priority,Status,Sent at (UTC),Due at (UTC),Overdue,Escalations,"
                        + "Service point");
        assertThat(csv)
                .contains(reference(urgent), "Child protection and social welfare", "Urgent", "Sent")
                .contains("Amber social welfare office", "Amber family support unit")
                .doesNotContain(CHILD_NAME, "Out of school", "Synthetic Aunt", "+000 111 2222", "Kpetema");

        assertThat(jdbc.sql("select detail from access_audit where action = 'REFERRALS_EXPORTED' and seq > ?")
                        .param(before)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("csv status= open=false")
                .endsWith("2 row(s)");
    }

    @Test
    void theFileFollowsTheFiltersAndSortOfTheListInTheReadersLanguage() throws Exception {
        sent("SOCIAL_WELFARE", "NORMAL");
        sent("SOCIAL_WELFARE", "EMERGENCY");
        sent("LEGAL_JUSTICE", "URGENT");

        MvcTestResult file = mvc.get()
                .uri("/referrals?box=AREA&category=SOCIAL_WELFARE&sort=priority&format=xlsx")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(file).hasStatusOk();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Référence");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Urgence absolue");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Normale");
        }
    }

    @Test
    void aServicePointNamedLikeAFormulaIsWrittenAsText() throws Exception {
        UUID odd =
                ReferralFixtures.servicePoint(jdbc, "=HYPERLINK(\"http://x.invalid\",\"y\")", "HEALTH", "QZ0101", true);
        ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, odd, "SENT");

        MvcTestResult file = get("/api/v1/referrals?box=AREA&format=xlsx", COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(file).hasStatusOk();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(8).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://x.invalid\",\"y\")");
        }
        String csv = get("/api/v1/referrals?box=AREA&format=csv", COORDINATOR, Role.DISTRICT_COORDINATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"y\"\")\"");
    }

    @Test
    void aCoordinatorOfAnotherAreaGetsNoneOfItAndASenderOnlyTheirOwn() throws Exception {
        sent("SOCIAL_WELFARE", "URGENT");
        TestAccounts.create(jdbc, LAKE_COORDINATOR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ02");

        String lake = get("/api/v1/referrals?box=AREA&format=csv", LAKE_COORDINATOR, Role.DISTRICT_COORDINATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(lake.lines()).hasSize(1);
        assertThat(body(get("/api/v1/referrals?box=AREA", LAKE_COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .contains("\"totalItems\":0");
        String mine = get("/api/v1/referrals?box=MINE&format=csv", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine.lines()).hasSize(1);
        String inbox = get("/api/v1/referrals?box=INBOX&format=csv", POLICE, Role.SERVICE_POINT_OFFICER)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox.lines()).as("another office's queue").hasSize(1);
    }

    @Test
    void theListSortsByAWhitelistedColumnAndPages() {
        sent("SOCIAL_WELFARE", "NORMAL");
        sent("SOCIAL_WELFARE", "EMERGENCY");
        sent("SOCIAL_WELFARE", "URGENT");

        String first =
                body(get("/api/v1/referrals?box=AREA&sort=priority&size=2", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(first, "$.items[*].priority")).containsExactly("EMERGENCY", "URGENT");
        assertThat(JsonPath.<Integer>read(first, "$.totalItems")).isEqualTo(3);
        String second = body(
                get("/api/v1/referrals?box=AREA&sort=priority&size=2&page=1", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(second, "$.items[*].priority")).containsExactly("NORMAL");

        assertThat(errors(get("/api/v1/referrals?box=AREA&sort=reason", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("sort");
        assertThat(errors(get("/api/v1/referrals?box=AREA&format=pdf", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("format");
    }

    @Test
    void theListPageOffersTheFilesWithItsFilters() throws IOException {
        sent("SOCIAL_WELFARE", "URGENT");
        String page = get("/referrals?box=AREA&priority=URGENT", COORDINATOR, Role.DISTRICT_COORDINATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("priority=URGENT&amp;sort=&amp;unit=&amp;format=csv", "format=xlsx");

        assertThat(get("/referrals?box=AREA&format=pdf", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(400);
        assertThat(get("/referrals?box=AREA&sort=reason&format=csv", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(400);
    }

    private String reference(UUID id) {
        return jdbc.sql("select reference from referral where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
