package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.communities.CommunityFixtures.body;
import static org.harambee.communities.CommunityFixtures.community;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The communities list filtered by cluster and facilitator, sorted and paged, and its CSV and XLSX files: the reader's
 * area only, a place outside it refused, places, partners, clusters, facilitators and the last meeting named, each
 * export audited with its filters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityExportIntegrationTests extends QuzlandCommunities {

    UUID ngo;
    UUID kpetema;
    UUID gbanja;
    UUID mano;
    UUID river;

    @BeforeEach
    void threeCommunitiesOfAmber() {
        ngo = CommunityTables.organisation(jdbc, "Children First", "INTERNATIONAL_NGO");
        kpetema = api.register(
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                community(
                        "Kpetema",
                        "QZ010101",
                        "\"partnerId\":\"" + ngo + "\",\"facilitators\":[{\"name\":\"Fatmata Sesay\","
                                + "\"insideCommunity\":true},{\"name\":\"Musa Kamara\",\"insideCommunity\":false}]"));
        gbanja = api.register(
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                community("Gbanja", "QZ010101", "\"facilitators\":[{\"name\":\"Musa Kamara\"}]"));
        mano = api.register(COORDINATOR, Role.DISTRICT_COORDINATOR, community("Mano", "QZ010102", null));
        assertThat(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "ENTRY", LocalDate.now(), null))
                .hasStatus(201);
        river = CommunityTables.cluster(jdbc, "Amber river cluster", ngo, kpetema);
        CommunityTables.meeting(jdbc, kpetema);
        CommunityTables.community(jdbc, "Lakeside", "QZ020101");
    }

    @Test
    void theListExportsAsCsvWithItsNamesAndIsAudited() throws Exception {
        long before = jdbc.sql("select coalesce(max(seq), 0) from access_audit")
                .query(Long.class)
                .single();

        MvcTestResult file = get("/api/v1/communities?unit=QZ0101&format=csv", RESEARCHER, Role.RESEARCHER);
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"communities-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<String> lines = file.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFName,P-code,Place,Phase,Supporting partner,Cluster,Facilitators,Last meeting");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("Gbanja,QZ010101,").endsWith(",Not started,,,Musa Kamara,");
        assertThat(lines.get(2))
                .startsWith("Kpetema,QZ010101,")
                .contains(",Synthetic test partner Children First,Amber river cluster,Fatmata Sesay · Musa Kamara,")
                .endsWith(LocalDate.now().minusDays(1).toString());
        assertThat(lines.get(3)).startsWith("Mano,QZ010102,");
        assertThat(jdbc.sql("select detail from access_audit where action = 'COMMUNITIES_EXPORTED' and seq > ?")
                        .param(before)
                        .query(String.class)
                        .list())
                .containsExactly("csv phase= partner= cluster= facilitator= q= sort= 3 row(s)");
    }

    @Test
    void theFileFollowsTheClusterAndFacilitatorFiltersInTheReadersLanguage() throws Exception {
        UUID musa = jdbc.sql("select id from capacity_facilitator where name = 'Musa Kamara'")
                .query(UUID.class)
                .single();

        MvcTestResult file = mvc.get()
                .uri("/communities?facilitator=" + musa + "&sort=phase&format=xlsx")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(file).hasStatusOk();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nom");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Dernière réunion");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kpetema");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Gbanja");
        }

        String clustered = body(get("/api/v1/communities?cluster=" + river, COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(clustered, "$.items[*].name")).containsExactly("Kpetema");
        String nobody = body(
                get("/api/v1/communities?facilitator=" + UUID.randomUUID(), COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<Integer>read(nobody, "$.totalItems")).isZero();
    }

    @Test
    void aNameLikeAFormulaIsWrittenAsText() throws Exception {
        CommunityTables.community(jdbc, "=HYPERLINK(\"http://x.invalid\",\"y\")", "QZ010101");

        MvcTestResult file = get("/api/v1/communities?format=xlsx&q==", COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(file).hasStatusOk();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://x.invalid\",\"y\")");
        }
    }

    @Test
    void aReaderOutsideTheAreaGetsNoneOfItAndAPlaceOutsideItIsRefused() throws Exception {
        String lake = get("/api/v1/communities?format=csv", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(lake.lines()).hasSize(2).last().asString().startsWith("Lakeside,QZ020101,");
        assertThat(get("/api/v1/communities?unit=QZ0101&format=csv", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
        assertThat(get("/api/v1/communities?unit=QZ0101", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
        assertThat(get("/communities?unit=QZ0101&format=xlsx", LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
    }

    @Test
    void theListSortsByAWhitelistedColumnAndPages() {
        String first = body(get("/api/v1/communities?sort=name&size=2", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(first, "$.items[*].name")).containsExactly("Gbanja", "Kpetema");
        assertThat(JsonPath.<Integer>read(first, "$.totalItems")).isEqualTo(3);
        String second =
                body(get("/api/v1/communities?sort=name&size=2&page=1", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(second, "$.items[*].name")).containsExactly("Mano");
        String byPhase = body(get("/api/v1/communities?sort=phase", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(byPhase, "$.items[*].name"))
                .first()
                .isEqualTo("Kpetema");

        assertThat(get("/api/v1/communities?sort=population", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(400);
        assertThat(get("/api/v1/communities?format=pdf", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(400);
        assertThat(get("/communities?sort=population&format=csv", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(400);
    }

    @Test
    void theListPageOffersTheFilesWithItsFilters() throws Exception {
        String page = get(
                        "/communities?phase=ENTRY&cluster=" + river + "&sort=since",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Kpetema", "Amber river cluster")
                .doesNotContain("Gbanja")
                .contains("phase=ENTRY&amp;partner=&amp;q=&amp;cluster=" + river
                        + "&amp;facilitator=&amp;sort=since&amp;format=csv")
                .contains("format=xlsx");
    }

    private MvcTestResult get(String uri, String user, Role role) {
        return api.get(uri, user, role);
    }
}
