package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.communities.CommunityFixtures.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The lists of meetings, harm selections and actions across the reader's area: filtered by place, community, days and
 * a code, sorted from a whitelist and paged; their CSV and XLSX files in the reader's language with formula-like text
 * disarmed; a place outside the area refused (403, or beside the field on the page); bad input a 400 naming its field;
 * each file audited with its filters and row count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecordListsIntegrationTests extends QuzlandCommunities {

    static final LocalDate TODAY = LocalDate.now();

    UUID kpetema;
    UUID mano;
    UUID lakeside;

    @BeforeEach
    void meetingsHarmsAndPlansOfThreeCommunities() {
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        mano = CommunityTables.community(jdbc, "Mano", "QZ010102");
        lakeside = CommunityTables.community(jdbc, "Lakeside", "QZ020101");
        meeting(kpetema, "COMMUNITY_MEETING", TODAY.minusDays(1), "Synthetic decision text");
        meeting(kpetema, "REFLECTION", TODAY.minusDays(20), null);
        meeting(mano, "CHILDRENS_GROUP", TODAY.minusDays(5), null);
        meeting(lakeside, "COMMUNITY_MEETING", TODAY.minusDays(2), null);
        UUID kpetemaPlan = CommunityTables.actionPlan(jdbc, kpetema);
        action(kpetemaPlan, 2, "Visit the school", "Head teacher", "DONE", TODAY.minusDays(3), TODAY.minusDays(4));
        action(kpetemaPlan, 3, "=HYPERLINK(\"http://x.invalid\",\"y\")", "Mothers' club", "IN_PROGRESS", TODAY, null);
        CommunityTables.harmSelection(jdbc, mano, "EARLY_MARRIAGE");
        CommunityTables.actionPlan(jdbc, lakeside);
    }

    @Test
    void meetingsAreListedLatestFirstAndFilteredByPlaceDaysAndType() {
        String all = body(get("/api/v1/meetings", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<Integer>read(all, "$.totalItems")).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(all, "$.items[*].type"))
                .containsExactly("COMMUNITY_MEETING", "CHILDRENS_GROUP", "REFLECTION");
        assertThat(JsonPath.<String>read(all, "$.items[0].communityName")).isEqualTo("Kpetema");
        assertThat(JsonPath.<String>read(all, "$.items[0].pcode")).isEqualTo("QZ010101");
        assertThat(JsonPath.<String>read(all, "$.items[0].typeName")).isEqualTo("Community meeting");
        assertThat(JsonPath.<Integer>read(all, "$.items[0].total")).isEqualTo(14);
        assertThat(all).doesNotContain("Synthetic decision text", "Lakeside");

        assertThat(names(get("/api/v1/meetings?unit=QZ010102", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsExactly("Mano");
        assertThat(names(get("/api/v1/meetings?community=" + kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsExactly("Kpetema", "Kpetema");
        assertThat(names(get(
                        "/api/v1/meetings?from=" + TODAY.minusDays(6) + "&to=" + TODAY.minusDays(2),
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR)))
                .containsExactly("Mano");
        assertThat(names(get("/api/v1/meetings?type=REFLECTION", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsExactly("Kpetema");
    }

    @Test
    void meetingsSortByAWhitelistedColumnAndPage() {
        String first = body(get("/api/v1/meetings?sort=community&size=2", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(first, "$.items[*].communityName"))
                .containsExactly("Kpetema", "Kpetema");
        assertThat(JsonPath.<Integer>read(first, "$.totalItems")).isEqualTo(3);
        String second =
                body(get("/api/v1/meetings?sort=community&size=2&page=1", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(second, "$.items[*].communityName"))
                .containsExactly("Mano");
    }

    @Test
    void theMeetingsFileHoldsCountsNeverDecisionsAndIsAudited() throws Exception {
        long before = lastAudit();

        MvcTestResult file = get("/api/v1/meetings?unit=QZ0101&format=csv", RESEARCHER, Role.RESEARCHER);
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"meetings-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        String csv = file.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFCommunity,P-code,Place,Held on,Type of meeting,Girls,Boys,Women,Men,In all,"
                        + "Facilitated by");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1))
                .startsWith("Kpetema,QZ010101,")
                .endsWith("," + TODAY.minusDays(1) + ",Community meeting,2,3,5,4,14,the community itself");
        assertThat(csv).doesNotContain("Synthetic decision text", "Lakeside");
        assertThat(audits("COMMUNITY_MEETINGS_EXPORTED", before))
                .containsExactly("csv unit=QZ0101 community= from= to= type= sort=date 3 row(s)");
    }

    @Test
    void theMeetingsFileIsInTheReadersLanguage() throws Exception {
        MvcTestResult file = mvc.get()
                .uri("/meetings?type=CHILDRENS_GROUP&format=xlsx")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(file).hasStatusOk();
        try (XSSFWorkbook book = workbook(file)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Communauté");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Groupe d’enfants");
            assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(14);
        }
    }

    @Test
    void harmSelectionsAreListedWithTheHarmInTheReadersLanguageAndExported() throws Exception {
        MvcTestResult french = mvc.get()
                .uri("/api/v1/harm-selections?sort=community")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "fr")
                .exchange();
        String page = body(french);
        assertThat(JsonPath.<List<String>>read(page, "$.items[*].harmName"))
                .containsExactly("Travail des enfants", "Mariage précoce");
        assertThat(JsonPath.<List<String>>read(page, "$.items[0].groupsConsulted"))
                .containsExactly("GIRLS", "WOMEN");
        assertThat(names(get("/api/v1/harm-selections?harm=EARLY_MARRIAGE", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsExactly("Mano");
        assertThat(names(get(
                        "/api/v1/harm-selections?from=" + TODAY + "&unit=QZ0101",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR)))
                .isEmpty();
        long before = lastAudit();

        MvcTestResult file =
                get("/harm-selections?harm=EARLY_MARRIAGE&format=csv", NATIONAL, Role.NATIONAL_COORDINATOR);
        assertThat(file).hasStatusOk();
        List<String> lines = file.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFCommunity,P-code,Place,Harm,Selected on,Groups consulted");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith("Mano,QZ010102,")
                .endsWith(",Early marriage," + TODAY.minusDays(1) + ",Girls · Women");
        assertThat(audits("HARM_SELECTIONS_EXPORTED", before))
                .containsExactly("csv unit= community= from= to= harm=EARLY_MARRIAGE sort=date 1 row(s)");
    }

    @Test
    void actionsAreListedByDueDayAndFilteredByStatusAndDueDays() {
        String all = body(get("/api/v1/action-plans", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(all, "$.items[*].status"))
                .containsExactly("DONE", "IN_PROGRESS", "PLANNED");
        assertThat(JsonPath.<List<String>>read(all, "$.items[*].harmName")).containsOnly("Child labour");
        assertThat(JsonPath.<List<String>>read(all, "$.items[*].owner"))
                .containsExactly("Head teacher", "Mothers' club", "Child protection committee");
        assertThat(all).doesNotContain("Lakeside");

        String done = body(get("/api/v1/action-plans?status=DONE", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(done, "$.items[*].description")).containsExactly("Visit the school");
        String dueSoon = body(get(
                "/api/v1/action-plans?from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1),
                COORDINATOR,
                Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(dueSoon, "$.items[*].status")).containsExactly("IN_PROGRESS");
        String byStatus =
                body(get("/api/v1/action-plans?sort=status&size=1&page=2", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(byStatus, "$.items[*].status")).containsExactly("PLANNED");
        assertThat(JsonPath.<Integer>read(byStatus, "$.totalItems")).isEqualTo(3);
    }

    @Test
    void anActionLikeAFormulaIsWrittenAsTextInBothFilesAndTheExportIsAudited() throws Exception {
        long before = lastAudit();

        MvcTestResult xlsx =
                get("/api/v1/action-plans?status=IN_PROGRESS&format=xlsx", COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook book = workbook(xlsx)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("What will be done");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Back to school");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://x.invalid\",\"y\")");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("In progress");
        }
        String csv = get("/action-plans?status=IN_PROGRESS&format=csv", COORDINATOR, Role.DISTRICT_COORDINATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"y\"\")\"");
        assertThat(audits("ACTION_PLANS_EXPORTED", before))
                .containsExactly(
                        "xlsx unit= community= from= to= status=IN_PROGRESS sort=due 1 row(s)",
                        "csv unit= community= from= to= status=IN_PROGRESS sort=due 1 row(s)");
    }

    @Test
    void aReaderSeesOnlyTheirAreaAndAPlaceOutsideItIsRefused() throws Exception {
        assertThat(names(get("/api/v1/meetings", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR)))
                .containsExactly("Lakeside");
        String lakeFile = get("/api/v1/action-plans?format=csv", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(lakeFile.lines()).hasSize(2).last().asString().startsWith("Lakeside,QZ020101,");
        for (String list : List.of("meetings", "harm-selections", "action-plans")) {
            assertThat(get("/api/v1/" + list + "?unit=QZ0101", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                    .as(list)
                    .hasStatus(403);
            assertThat(get("/api/v1/" + list + "?unit=QZ0101&format=csv", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                    .as(list)
                    .hasStatus(403);
            assertThat(get("/" + list + "?unit=QZ0101&format=xlsx", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                    .as(list)
                    .hasStatus(403);
            MvcTestResult page = get("/" + list + "?unit=QZ0101", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR);
            assertThat(page).as(list).hasStatusOk();
            assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .as(list)
                    .contains("This place is outside your area")
                    .doesNotContain("Kpetema");
        }
    }

    @Test
    void withoutViewProgrammeTheListsAreRefused() {
        for (String uri : List.of(
                "/api/v1/meetings",
                "/api/v1/harm-selections?format=csv",
                "/api/v1/action-plans",
                "/meetings",
                "/harm-selections",
                "/action-plans?format=xlsx")) {
            assertThat(mvc.get()
                            .uri(uri)
                            .with(user("places-only").authorities(new SimpleGrantedAuthority("VIEW_PLACES")))
                            .exchange())
                    .as(uri)
                    .hasStatus(403);
        }
    }

    @Test
    void badInputIsA400NamingItsField() {
        assertThat(errors(get("/api/v1/meetings?sort=girls", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("sort");
        assertThat(errors(get("/api/v1/meetings?format=pdf", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("format");
        assertThat(errors(get("/api/v1/meetings?unit=QZ999999", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("unit");
        assertThat(errors(get("/api/v1/meetings?type=PICNIC", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("type");
        assertThat(errors(get("/api/v1/harm-selections?from=yesterday", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("from");
        assertThat(errors(
                        get("/api/v1/harm-selections?harm=BOREDOM&format=csv", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("harm");
        assertThat(errors(get(
                        "/api/v1/action-plans?from=" + TODAY + "&to=" + TODAY.minusDays(1),
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR)))
                .containsKey("to");
        assertThat(errors(get("/api/v1/action-plans?status=LATE", COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .containsKey("status");
        assertThat(get("/action-plans?sort=owner&format=csv", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(400);
    }

    @Test
    void theListPagesShowTheRowsOfferTheFilesAndShowBadFiltersBesideTheirFields() throws Exception {
        String meetings = page("/meetings?unit=QZ0101&type=REFLECTION");
        assertThat(meetings)
                .contains("Kpetema", "Reflection", "1 meeting")
                .contains("unit=QZ0101&amp;community=&amp;from=&amp;to=&amp;type=REFLECTION&amp;sort=&amp;format=csv")
                .contains("format=xlsx");
        assertThat(page("/harm-selections")).contains("Mano", "Early marriage", "Child labour", "format=csv");
        assertThat(page("/action-plans?status=DONE")).contains("Visit the school", "Head teacher", "format=xlsx");
        assertThat(page("/meetings?from=soon")).contains("Give a date as year-month-day.");
        assertThat(page("/action-plans?sort=owner")).contains("This list cannot be sorted that way.");
        assertThat(page("/communities")).contains("href=\"/meetings?unit=\"", "/harm-selections", "/action-plans");
        assertThat(page("/communities/" + kpetema)).contains("/meetings?community=" + kpetema);
        assertThat(page("/meetings?community=" + kpetema)).contains("2 meetings", "One community only.");
    }

    private String page(String uri) throws Exception {
        MvcTestResult result = get(uri, COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(result).as(uri).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> names(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return JsonPath.read(body(result), "$.items[*].communityName");
    }

    private static Map<String, String> errors(MvcTestResult result) {
        assertThat(result).hasStatus(400);
        List<Map<String, String>> errors = JsonPath.read(body(result), "$.errors");
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.get("field"), e.get("message")));
        return byField;
    }

    private long lastAudit() {
        return jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();
    }

    private List<String> audits(String action, long after) {
        return jdbc.sql("select detail from access_audit where action = ? and seq > ? order by seq")
                .params(action, after)
                .query(String.class)
                .list();
    }

    private static XSSFWorkbook workbook(MvcTestResult file) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()));
    }

    private void meeting(UUID community, String type, LocalDate on, String decisions) {
        jdbc.sql("insert into community_meeting (id, community_id, meeting_type, held_on, girls, boys, women, men,"
                        + " facilitation, decisions, created_by, created_at)"
                        + " values (?, ?, ?, ?, 2, 3, 5, 4, 'COMMUNITY', ?, 'test', ?)")
                .params(UUID.randomUUID(), community, type, on, decisions, Timestamp.from(Instant.now()))
                .update();
    }

    private void action(
            UUID plan, int position, String description, String owner, String status, LocalDate due, LocalDate done) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into community_action (id, plan_id, position, description, owner, status, due_on, done_on,"
                        + " created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?)")
                .params(UUID.randomUUID(), plan, position, description, owner, status, due, done, now, now)
                .update();
    }

    private MvcTestResult get(String uri, String user, Role role) {
        return api.get(uri, user, role);
    }
}
