package org.harambee.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Organisations and who does what where imported from spreadsheets through the one import machinery: good files (CSV
 * and the XLSX template), files with problems (nothing written, every problem by line and column in the reader's
 * language), re-imports (nothing changed) and corrected ones (the changed record updated), the form's audit lines,
 * presence inside the importer's area only, and both kinds refused without {@code MANAGE_PARTNERS}; presence imported by a
 * partner programme manager ({@code MANAGE_OWN_ORGANISATION}) for their own organisation only, inside their area.
 */
class PartnerImportIntegrationTests extends PartnersWebTests {

    static final String ORGANISATIONS = """
            name,short_name,kind,country,contact_name,contact_email,contact_phone,website
            Synthetic Child Aid,SCA,international_ngo,qz,Ama Contact,ama@example.org,+999 555 0100,https://sca.example.org
            Hill  Women's Group,,COMMUNITY_BASED,,,,,
            """;

    static final String PRESENCE = """
            organisation,pcode,place,parent,sector,start_date,end_date
            SCA,QZ010101,,,CHILD_PROTECTION,2025-01-01,
            hill women's group,,amber south,Amber,EDUCATION,2024-03-01,2025-02-28
            Synthetic Child Aid,QZ0101,,,HEALTH,2025-06-01,
            """;

    @Test
    void organisationsAreCreatedThenLeftAloneThenCorrectedByName() throws Exception {
        Map<String, Object> job = importFile("organisations", "orgs.csv", ORGANISATIONS, AMBER, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 2);
        assertThat(jdbc.sql("select name || '|' || coalesce(short_name, '') || '|' || kind || '|'"
                                + " || coalesce(country_pcode, '') from partner_organisation order by search_name")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Hill  Women's Group||COMMUNITY_BASED|", "Synthetic Child Aid|SCA|INTERNATIONAL_NGO|QZ");
        assertThat(audited("organisation")).containsExactly("ORGANISATION_CREATED", "ORGANISATION_CREATED");
        assertThat(actors("organisation")).containsOnly("amber-coordinator");

        Map<String, Object> again = importFile("organisations", "orgs.csv", ORGANISATIONS, AMBER, "en");
        assertThat(again)
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 2);

        // not placed: a coordinator of another district corrects it, as with the form; the name's case does not count
        String corrected = ORGANISATIONS.replace("Hill  Women's Group,,", "HILL WOMEN'S GROUP,HWG,");
        Map<String, Object> changed = importFile("organisations", "orgs.csv", corrected, CEDAR, "en");
        assertThat(changed).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(jdbc.sql("select name || '/' || short_name from partner_organisation where kind = 'COMMUNITY_BASED'")
                        .query(String.class)
                        .single())
                .isEqualTo("HILL WOMEN'S GROUP/HWG");
        assertThat(count("partner_organisation")).isEqualTo(2);
        assertThat(audited("organisation")).endsWith("ORGANISATION_UPDATED");
        assertThat(audited("record-import"))
                .filteredOn("RECORDS_IMPORTED"::equals)
                .hasSize(3);
    }

    @Test
    void anOrganisationsFileWithProblemsWritesNothingAndListsThemInTheReadersLanguage() throws Exception {
        organisation("Registered Already", "UN_AGENCY");
        String bad = """
                name,kind,country,level,contact_email,website
                ,GOVERNMENT,,,,
                Bank of Quzland,BANK,,,,
                Lake Link,NATIONAL_NGO,XX,,nope,ftp://files.example.org
                Lake Link Two,NATIONAL_NGO,QZ,7,,
                Lake Link Three,NATIONAL_NGO,,two,,
                """;

        Map<String, Object> job = importFile("organisations", "bad.csv", bad, AMBER, "fr");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(count("partner_organisation")).isEqualTo(1);
        List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
        assertThat(problems)
                .extracting(p -> p.get("line") + " " + p.get("column"))
                .containsExactly("2 name", "3 kind", "4 country", "4 contact_email", "4 website", "5 level", "6 level");
        assertThat(problems.get(1).get("message"))
                .isEqualTo("« BANK » n’est pas l’une des valeurs : GOVERNMENT, INTERNATIONAL_NGO, NATIONAL_NGO,"
                        + " COMMUNITY_BASED, UN_AGENCY, FAITH_BASED.");

        // once each record reads well, the same name twice is found
        Map<String, Object> twice = importFile(
                "organisations", "twice.csv", "name,kind\nLake Link,GOVERNMENT\nlake  LINK,GOVERNMENT\n", AMBER, "fr");
        assertThat(JsonPath.<List<Object>>read(twice, "$.problems[*].line")).containsExactly(3);
        assertThat(JsonPath.<String>read(twice, "$.problems[0].message"))
                .isEqualTo("Le même enregistrement figure déjà ligne 2.");
        assertThat(count("partner_organisation")).isEqualTo(1);
    }

    @Test
    void theOrganisationsXlsxTemplateImportsOnceFilledIn() throws Exception {
        byte[] filled = fillTemplate("organisations", row -> {
            row.createCell(0).setCellValue("Synthetic Faith Network");
            row.createCell(2).setCellValue("FAITH_BASED");
        });

        Map<String, Object> job = importBytes("organisations", "filled.xlsx", filled, AMBER, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 1);
        assertThat(jdbc.sql("select kind from partner_organisation where name = 'Synthetic Faith Network'")
                        .query(String.class)
                        .single())
                .isEqualTo("FAITH_BASED");
    }

    @Test
    void presenceIsCreatedThenLeftAloneThenItsPeriodCorrectedOrAnotherAdded() throws Exception {
        importFile("organisations", "orgs.csv", ORGANISATIONS, AMBER, "en");

        Map<String, Object> job = importFile("presence", "presence.csv", PRESENCE, AMBER, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 3);
        assertThat(presenceRows())
                .containsExactly(
                        "Hill  Women's Group QZ010102 EDUCATION 2024-03-01..2025-02-28",
                        "Synthetic Child Aid QZ0101 HEALTH 2025-06-01..",
                        "Synthetic Child Aid QZ010101 CHILD_PROTECTION 2025-01-01..");
        assertThat(audited("presence")).containsExactly("PRESENCE_CREATED", "PRESENCE_CREATED", "PRESENCE_CREATED");
        assertThat(actors("presence")).containsOnly("amber-coordinator");

        Map<String, Object> again = importFile("presence", "presence.csv", PRESENCE, AMBER, "en");
        assertThat(again)
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 3);

        String ended = PRESENCE.replace("CHILD_PROTECTION,2025-01-01,", "CHILD_PROTECTION,2025-01-01,2025-12-31")
                + "Hill Women's Group,QZ010102,,,EDUCATION,2025-09-01,\n";
        Map<String, Object> changed = importFile("presence", "presence.csv", ended, AMBER, "en");
        assertThat(changed)
                .containsEntry("created", 1)
                .containsEntry("updated", 1)
                .containsEntry("unchanged", 2);
        assertThat(presenceRows())
                .containsExactly(
                        "Hill  Women's Group QZ010102 EDUCATION 2024-03-01..2025-02-28",
                        "Hill  Women's Group QZ010102 EDUCATION 2025-09-01..",
                        "Synthetic Child Aid QZ0101 HEALTH 2025-06-01..",
                        "Synthetic Child Aid QZ010101 CHILD_PROTECTION 2025-01-01..2025-12-31");
        assertThat(audited("presence")).filteredOn("PRESENCE_UPDATED"::equals).hasSize(1);
    }

    @Test
    void aPresenceFileWithProblemsWritesNothingAndListsThemInTheReadersLanguage() throws Exception {
        importFile("organisations", "orgs.csv", ORGANISATIONS, AMBER, "en");
        assertThat(post(AMBER, "/api/v1/organisations/" + organisation("Closed Org", "UN_AGENCY") + "/deactivate", ""))
                .hasStatusOk();
        String bad = """
                organisation,pcode,sector,start_date,end_date
                Nobody Registered,QZ010101,HEALTH,2025-01-01,
                SCA,QZ010101,ROADS,2025-01-01,
                SCA,QZ010101,HEALTH,01/02/2025,
                SCA,QZ010101,HEALTH,2025-03-01,2025-02-01
                Closed Org,QZ010101,HEALTH,2025-01-01,
                SCA,QZ010102,WASH,2025-01-01,2025-06-30
                SCA,QZ010102,WASH,2025-06-01,
                ,QZ010102,WASH,2025-01-01,
                SCA,QZ020101,WASH,2025-01-01,
                """;

        Map<String, Object> job = importFile("presence", "bad.csv", bad, AMBER, "sw");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(count("partner_presence")).isZero();
        List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
        assertThat(problems)
                .extracting(p -> p.get("line") + " " + p.get("column"))
                .containsExactlyInAnyOrder(
                        "2 organisation",
                        "3 sector",
                        "4 start_date",
                        "5 end_date",
                        "6 organisation",
                        "8 start_date",
                        "9 organisation",
                        "10 pcode");
        assertThat(problems)
                .filteredOn(p -> p.get("line").equals(10))
                .extracting(p -> p.get("message"))
                .containsExactly("Mahali QZ020101 pako nje ya eneo lako.");

        // once each record reads well, the organisations and periods are checked together
        String fixed = bad.lines()
                .filter(l -> !l.contains("ROADS") && !l.contains("01/02") && !l.contains("2025-02-01"))
                .filter(l -> !l.startsWith(",") && !l.contains("QZ020101"))
                .reduce("", (a, b) -> a + b + "\n");
        Map<String, Object> checked = importFile("presence", "bad.csv", fixed, AMBER, "sw");
        List<Map<String, Object>> together = JsonPath.read(checked, "$.problems");
        assertThat(together)
                .extracting(p -> p.get("line") + " " + p.get("column"))
                .containsExactly("2 organisation", "3 organisation", "5 start_date");
        assertThat(together.get(0).get("message")).isEqualTo("Hakuna shirika lililosajiliwa kama “Nobody Registered”.");
        assertThat(count("partner_presence")).isZero();
    }

    @Test
    void aPeriodOverlappingTwoRecordedOnesIsRefused() throws Exception {
        importFile("organisations", "orgs.csv", ORGANISATIONS, AMBER, "en");
        importFile(
                "presence",
                "two.csv",
                "organisation,pcode,sector,start_date,end_date\n"
                        + "SCA,QZ010101,HEALTH,2024-01-01,2024-06-30\n"
                        + "SCA,QZ010101,HEALTH,2024-09-01,2024-12-31\n",
                AMBER,
                "en");

        Map<String, Object> job = importFile(
                "presence",
                "wide.csv",
                "organisation,pcode,sector,start_date\nSCA,QZ010101,HEALTH,2024-03-01\n",
                AMBER,
                "en");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(JsonPath.<String>read(job, "$.problems[0].message"))
                .isEqualTo("This period overlaps 2 periods recorded for this organisation in this sector here:"
                        + " change them on the presence page first.");
        assertThat(count("partner_presence")).isEqualTo(2);
    }

    @Test
    void onlyHoldersOfManagePartnersImportOrganisationsOrPresence() throws Exception {
        for (String kind : List.of("organisations", "presence")) {
            MockMultipartFile file =
                    new MockMultipartFile("file", "p.csv", "text/csv", ORGANISATIONS.getBytes(StandardCharsets.UTF_8));
            assertThat(mvc.post()
                            .uri("/api/v1/record-imports/" + kind)
                            .multipart()
                            .file(file)
                            .with(RESEARCHER)
                            .exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(get(RESEARCHER, "/api/v1/record-imports/" + kind + "/template?format=csv"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(JsonPath.<List<String>>read(body(get(AMBER, "/api/v1/record-imports")), "$[*].kind"))
                .contains("organisations", "presence");
        assertThat(count("partner_organisation")).isZero();
    }

    static final String MANAGER = "hill-partner-manager";
    static final RequestPostProcessor PARTNER = TestAccounts.as(MANAGER, Role.PARTNER_PROGRAMME_MANAGER);

    static final String OWN = """
            organisation,pcode,sector,start_date,end_date
            Child Aid,QZ010101,CHILD_PROTECTION,2025-01-01,
            child aid,QZ010201,EDUCATION,2024-03-01,2025-02-28
            """;

    /**
     * Child Aid and Other Aid registered, and a partner programme manager of Hill Province (QZ01) linked to Child Aid:
     * they hold {@code MANAGE_OWN_ORGANISATION} there but not {@code MANAGE_PARTNERS}.
     */
    UUID aManagerLinkedToChildAid() {
        UUID childAid = organisation("Child Aid", "INTERNATIONAL_NGO");
        organisation("Other Aid", "NATIONAL_NGO");
        TestAccounts.create(jdbc, MANAGER, "synthetic-pass-4", Role.PARTNER_PROGRAMME_MANAGER, "QZ01");
        link(childAid);
        return childAid;
    }

    @Test
    void aPartnerManagerImportsTheirOrganisationsPresenceAndTheSameFileAgainChangesNothing() throws Exception {
        aManagerLinkedToChildAid();

        Map<String, Object> job = importFile("presence", "own.csv", OWN, PARTNER, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 2);
        assertThat(presenceRows())
                .containsExactly(
                        "Child Aid QZ010101 CHILD_PROTECTION 2025-01-01..",
                        "Child Aid QZ010201 EDUCATION 2024-03-01..2025-02-28");
        assertThat(actors("presence")).containsOnly(MANAGER);

        Map<String, Object> again = importFile("presence", "own.csv", OWN, PARTNER, "en");
        assertThat(again)
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 2);

        Map<String, Object> ended =
                importFile("presence", "own.csv", OWN.replace("2025-01-01,", "2025-01-01,2025-12-31"), PARTNER, "en");
        assertThat(ended).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(presenceRows()).contains("Child Aid QZ010101 CHILD_PROTECTION 2025-01-01..2025-12-31");
        assertThat(audited("presence")).containsExactly("PRESENCE_CREATED", "PRESENCE_CREATED", "PRESENCE_UPDATED");
    }

    @Test
    void aLineOfAnotherOrganisationOrOutsideTheirAreaIsRefusedAndNothingIsWritten() throws Exception {
        aManagerLinkedToChildAid();
        String mixed = OWN + "Other Aid,QZ010101,HEALTH,2025-01-01,\n" + "Child Aid,QZ020101,HEALTH,2025-01-01,\n";

        Map<String, Object> job = importFile("presence", "mixed.csv", mixed, PARTNER, "fr");

        assertThat(job).containsEntry("status", "REJECTED");
        List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
        assertThat(problems)
                .extracting(p -> p.get("line") + " " + p.get("column") + " " + p.get("message"))
                .containsExactlyInAnyOrder(
                        "4 organisation « Other Aid » n’est pas l’organisation à laquelle votre compte est lié : avec"
                                + " votre rôle, vous n’importez que la présence de votre propre organisation.",
                        "5 pcode Le lieu QZ020101 est hors de votre zone.");
        assertThat(count("partner_presence")).isZero();

        // a district coordinator manages partners: the same line of another organisation is theirs to import
        Map<String, Object> coordinator = importFile(
                "presence",
                "other.csv",
                "organisation,pcode,sector,start_date\nOther Aid,QZ010101,HEALTH,2025-01-01\n",
                AMBER,
                "en");
        assertThat(coordinator).containsEntry("status", "SUCCEEDED").containsEntry("created", 1);
    }

    @Test
    void anAccountLinkedToNoOrganisationImportsNoPresence() throws Exception {
        aManagerLinkedToChildAid();
        link(null);

        Map<String, Object> job = importFile("presence", "own.csv", OWN, PARTNER, "sw");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(JsonPath.<List<String>>read(job, "$.problems[*].column"))
                .containsExactly("organisation", "organisation");
        assertThat(JsonPath.<String>read(job, "$.problems[0].message"))
                .isEqualTo("Akaunti yako haijaunganishwa na shirika lolote: mwombe msimamizi aiunganishe kabla ya"
                        + " kuingiza uwepo wa shirika lako.");
        assertThat(count("partner_presence")).isZero();
    }

    @Test
    void aPartnerManagerIsOfferedThePresenceKindButNotTheOrganisations() throws Exception {
        aManagerLinkedToChildAid();

        assertThat(JsonPath.<List<String>>read(body(get(PARTNER, "/api/v1/record-imports")), "$[*].kind"))
                .contains("presence")
                .doesNotContain("organisations");
        assertThat(get(PARTNER, "/api/v1/record-imports/presence/template?format=csv"))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/v1/record-imports/organisations")
                        .multipart()
                        .file(new MockMultipartFile(
                                "file", "o.csv", "text/csv", ORGANISATIONS.getBytes(StandardCharsets.UTF_8)))
                        .with(PARTNER)
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    void link(UUID organisation) {
        jdbc.sql("update access_user set organisation_id = ? where username = ?")
                .params(organisation, MANAGER)
                .update();
    }

    List<String> presenceRows() {
        return jdbc.sql("select o.name || ' ' || u.pcode || ' ' || p.sector || ' ' || p.start_date || '..'"
                        + " || coalesce(cast(p.end_date as varchar(10)), '') from partner_presence p"
                        + " join partner_organisation o on o.id = p.organisation_id join geo_unit u on u.id = p.unit_id"
                        + " order by o.search_name, u.pcode, p.start_date")
                .query(String.class)
                .list();
    }

    List<String> actors(String recordType) {
        return jdbc.sql("select actor from access_audit where record_type = ? and seq > ?")
                .params(recordType, auditBefore)
                .query(String.class)
                .list();
    }

    byte[] fillTemplate(String kind, java.util.function.Consumer<Row> fill) throws Exception {
        MvcTestResult template = mvc.get()
                .uri("/api/v1/record-imports/" + kind + "/template?format=xlsx")
                .with(AMBER)
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(template).hasStatusOk();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            Sheet records = book.getSheetAt(0);
            assertThat(records.getRow(0).getCell(0).getStringCellValue()).isEqualTo("name *");
            assertThat(book.getSheetAt(1).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("Le nom complet de l’organisation, unique.");
            fill.accept(records.createRow(1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    Map<String, Object> importFile(String kind, String name, String content, RequestPostProcessor user, String language)
            throws Exception {
        return importBytes(kind, name, content.getBytes(StandardCharsets.UTF_8), user, language);
    }

    Map<String, Object> importBytes(
            String kind, String name, byte[] content, RequestPostProcessor user, String language) throws Exception {
        MvcTestResult submitted = mvc.post()
                .uri("/api/v1/record-imports/" + kind)
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(user)
                .header("Accept-Language", language)
                .exchange();
        assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
        String id = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    body[0] = mvc.get()
                            .uri("/api/v1/record-imports/jobs/" + id)
                            .with(user)
                            .header("Accept-Language", language)
                            .exchange()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                    String status = JsonPath.read(body[0], "$.status");
                    return !status.equals("QUEUED") && !status.equals("RUNNING");
                });
        return JsonPath.read(body[0], "$");
    }
}
