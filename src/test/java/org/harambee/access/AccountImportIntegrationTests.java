package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.accounts.AccountImport;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportPlace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Accounts imported from a spreadsheet through the one import machinery: a good file (CSV and the XLSX template) makes
 * accounts that wait for a password an administrator gives, the same file again changes nothing, a changed file
 * updates and adds roles without removing any, a file with problems writes nothing and lists them by line and column
 * in the reader's language, an account holding roles outside the importer's area is refused, and only those who manage
 * accounts may import them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountImportIntegrationTests {

    static final String PARTNER = "Synthetic account-import partner";

    static final String GOOD = """
            username,full_name,email,phone,language,role,pcode,place,parent,organisation
            Aminata.Sesay,Aminata Sesay,aminata@example.org,+232 76 000 001,FR,DISTRICT_COORDINATOR,QZ0101,,,
            aminata.sesay,,,,,RESEARCHER,QZ02,,,
            musa.kamara,Musa Kamara,,,sw,community facilitator,,amber south,Hill Province,
            fatmata.conteh,Fatmata Conteh,,,,PARTNER_PROGRAMME_MANAGER,QZ01,,,synthetic ACCOUNT-IMPORT partner
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    AccountImport importer;

    UUID partner;

    @BeforeEach
    void quzlandWithTheAdministratorOnly() {
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        jdbc.sql("delete from access_user where username <> 'admin'").update();
        partner = jdbc.sql("select id from partner_organisation where name = ?")
                .param(PARTNER)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    Timestamp now = Timestamp.from(Instant.now());
                    jdbc.sql("insert into partner_organisation (id, name, search_name, kind, active, created_at,"
                                    + " updated_at) values (?, ?, ?, 'INTERNATIONAL_NGO', true, ?, ?)")
                            .params(id, PARTNER, PARTNER.toLowerCase(), now, now)
                            .update();
                    return id;
                });
    }

    @Test
    void aGoodFileMakesAccountsThatWaitForAPasswordAndTheSameFileAgainChangesNothing() throws Exception {
        long auditedBefore = auditLines("ACCOUNT_CREATED");

        Map<String, Object> job = importFile("accounts.csv", GOOD, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 3);
        assertThat(roles("aminata.sesay")).containsExactly("DISTRICT_COORDINATOR QZ0101", "RESEARCHER QZ02");
        assertThat(roles("musa.kamara")).containsExactly("COMMUNITY_FACILITATOR QZ010102");
        Map<String, Object> aminata = jdbc.sql("select display_name, email, phone, language, organisation_id,"
                        + " password_change_required, reset_requested_at from access_user where username = ?")
                .param("aminata.sesay")
                .query()
                .singleRow();
        assertThat(aminata)
                .containsEntry("display_name", "Aminata Sesay")
                .containsEntry("email", "aminata@example.org")
                .containsEntry("language", "fr")
                .containsEntry("password_change_required", true);
        assertThat(aminata.get("reset_requested_at")).isNotNull();
        assertThat(jdbc.sql("select organisation_id from access_user where username = 'fatmata.conteh'")
                        .query(UUID.class)
                        .single())
                .isEqualTo(partner);
        assertThat(auditLines("ACCOUNT_CREATED") - auditedBefore).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'ACCOUNT_CREATED' and actor = 'admin'"
                                + " and record_id = 'musa.kamara'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // no password signs a new account in until an administrator gives it a temporary one, as the form does
        assertThat(mvc.get().uri("/api/v1/account").with(httpBasic("musa.kamara", "")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        UUID musa = jdbc.sql("select id from access_user where username = 'musa.kamara'")
                .query(UUID.class)
                .single();
        MvcTestResult reset = mvc.post()
                .uri("/api/v1/accounts/" + musa + "/password-reset")
                .with(TestAccounts.administrator())
                .exchange();
        String temporary = JsonPath.read(reset.getResponse().getContentAsString(), "$.temporaryPassword");
        assertThat(mvc.get().uri("/api/v1/account").with(httpBasic("musa.kamara", temporary)))
                .hasStatusOk();
        assertThat(jdbc.sql("select count(*) from access_user where reset_requested_at is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        long updatedBefore = auditLines("ACCOUNT_UPDATED");
        Map<String, Object> again = importFile("accounts.csv", GOOD, "en");

        assertThat(again)
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 3);
        assertThat(auditLines("ACCOUNT_UPDATED")).isEqualTo(updatedBefore);
    }

    @Test
    void aChangedFileUpdatesTheAccountAndAddsRolesWithoutRemovingAny() throws Exception {
        importFile("accounts.csv", GOOD, "en");
        long permissionsBefore = auditLines("PERMISSIONS_CHANGED");
        String changed = """
                username,role,pcode,phone
                aminata.sesay,DISTRICT_COORDINATOR,QZ0101,+232 76 000 009
                musa.kamara,COMMUNITY_FACILITATOR,QZ010102,
                """;

        Map<String, Object> job = importFile("changed.csv", changed, "en");

        assertThat(job)
                .containsEntry("updated", 1)
                .containsEntry("unchanged", 1)
                .containsEntry("created", 0);
        assertThat(jdbc.sql("select phone || ' ' || display_name from access_user where username = 'aminata.sesay'")
                        .query(String.class)
                        .single())
                .isEqualTo("+232 76 000 009 Aminata Sesay");
        assertThat(roles("aminata.sesay")).containsExactly("DISTRICT_COORDINATOR QZ0101", "RESEARCHER QZ02");
        assertThat(auditLines("PERMISSIONS_CHANGED")).isEqualTo(permissionsBefore);

        Map<String, Object> added =
                importFile("added.csv", "username,role,pcode\nmusa.kamara,COMMUNITY_FACILITATOR,QZ010101\n", "en");

        assertThat(added).containsEntry("updated", 1);
        assertThat(roles("musa.kamara"))
                .containsExactly("COMMUNITY_FACILITATOR QZ010101", "COMMUNITY_FACILITATOR QZ010102");
        assertThat(auditLines("PERMISSIONS_CHANGED")).isEqualTo(permissionsBefore + 1);
    }

    @Test
    void aFileWithProblemsWritesNothingAndListsThemByLineAndColumnInTheReadersLanguage() throws Exception {
        String bad = """
                username,full_name,role,pcode
                ab,Short Name,COMMUNITY_FACILITATOR,QZ0101
                x.one,X One,WIZARD,QZ0101
                x.two,X Two,ADMINISTRATOR,QZ0101
                x.three,X Three,RESEARCHER,QZ999999
                ,No Name,RESEARCHER,QZ0101
                """;

        Map<String, Object> job = importFile("bad.csv", bad, "fr");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(accounts()).isEqualTo(1);
        List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
        assertThat(problems)
                .extracting(p -> p.get("line") + " " + p.get("column"))
                .containsExactlyInAnyOrder("2 username", "3 role", "4 role", "5 pcode", "6 username");
        assertThat(message(problems, 2, "username"))
                .isEqualTo("Utilisez 3 à 64 lettres minuscules, chiffres, points, traits d’union ou soulignés, en"
                        + " commençant par une lettre ou un chiffre.");
        assertThat(message(problems, 4, "role"))
                .isEqualTo("Le rôle d’administrateur s’applique partout, sans lieu : donnez-le dans le formulaire du"
                        + " compte.");
    }

    @Test
    void linesThatDisagreeOrNameNothingKnownAreRefusedWhenTheFileIsCheckedWhole() throws Exception {
        String bad = """
                username,full_name,email,role,pcode,organisation
                new.person,,,COMMUNITY_FACILITATOR,QZ0101,
                x.four,X Four,not-an-address,COMMUNITY_FACILITATOR,QZ0101,
                x.four,X Quatre,,COMMUNITY_FACILITATOR,QZ0101,
                x.five,X Five,,PARTNER_PROGRAMME_MANAGER,QZ01,Unknown organisation
                """;

        Map<String, Object> job = importFile("bad.csv", bad, "sw");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(accounts()).isEqualTo(1);
        List<Map<String, Object>> problems = JsonPath.read(job, "$.problems");
        assertThat(problems)
                .extracting(p -> p.get("line") + " " + p.get("column"))
                .containsExactlyInAnyOrder("2 full_name", "3 email", "4 role", "4 full_name", "5 organisation");
        assertThat(message(problems, 4, "full_name"))
                .isEqualTo("Akaunti hii ina thamani nyingine kwenye mstari 3: iandike mara moja, au ile ile kwenye"
                        + " kila mstari.");
    }

    @Test
    void anAccountHoldingRolesOutsideTheImportersAreaIsNotChanged() {
        TestAccounts.create(jdbc, "lake.officer", "synthetic-lake-pass-1", Role.SERVICE_POINT_OFFICER, "QZ02");
        String amber = path("QZ0101");
        ImportPlace inAmber = new ImportPlace(unit("QZ0101"), amber, "QZ0101", "Amber", 2);
        List<String> problems = new ArrayList<>();
        ImportContext amberOnly = new ImportContext() {
            @Override
            public String user() {
                return "amber-accounts";
            }

            @Override
            public boolean covers(String unitPath) {
                return unitPath != null && unitPath.startsWith(amber);
            }

            @Override
            public void problem(int line, String column, String code, Object... args) {
                problems.add(line + " " + column + " " + code);
            }

            @Override
            public boolean hasProblems() {
                return !problems.isEmpty();
            }

            @Override
            public void progress(int written) {}
        };

        importer.check(
                List.of(
                        line(2, "lake.officer", inAmber),
                        line(3, "admin", inAmber),
                        line(4, "amber.facilitator", inAmber)),
                amberOnly);

        assertThat(problems)
                .containsExactly(
                        "2 username recordImports.accounts.outsideArea",
                        "3 username recordImports.accounts.outsideArea");
    }

    @Test
    void theXlsxTemplateExplainsItsColumnsAndImportsOnceFilledIn() throws Exception {
        MvcTestResult template = mvc.get()
                .uri("/api/v1/record-imports/accounts/template?format=xlsx")
                .with(TestAccounts.administrator())
                .header("Accept-Language", "sw")
                .exchange();
        assertThat(template).hasStatusOk();
        byte[] filled;
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            Sheet records = book.getSheetAt(0);
            assertThat(records.getRow(0).getCell(3).getStringCellValue()).isEqualTo("username *");
            assertThat(records.getRow(0).getCell(8).getStringCellValue()).isEqualTo("role *");
            Sheet readMe = book.getSheetAt(1);
            assertThat(readMe.getRow(4).getCell(0).getStringCellValue()).isEqualTo("username");
            assertThat(readMe.getRow(4).getCell(2).getStringCellValue()).startsWith("Jina la kuingia");
            Row row = records.createRow(1);
            row.createCell(0).setCellValue("QZ020101");
            row.createCell(3).setCellValue("ibrahim.bangura");
            row.createCell(4).setCellValue("Ibrahim Bangura");
            row.createCell(8).setCellValue("SERVICE_POINT_OFFICER");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            filled = out.toByteArray();
        }

        Map<String, Object> job = importBytes("filled.xlsx", filled, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 1);
        assertThat(roles("ibrahim.bangura")).containsExactly("SERVICE_POINT_OFFICER QZ020101");
    }

    @Test
    void onlyThoseWhoManageAccountsImportThem() {
        TestAccounts.create(jdbc, "amber-coordinator", "synthetic-amber-pass-1", Role.DISTRICT_COORDINATOR, "QZ0101");
        MockMultipartFile file =
                new MockMultipartFile("file", "a.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8));

        assertThat(mvc.post()
                        .uri("/api/v1/record-imports/accounts")
                        .multipart()
                        .file(file)
                        .with(TestAccounts.as("amber-coordinator", Role.DISTRICT_COORDINATOR))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/record-imports/accounts")
                        .with(TestAccounts.as("amber-coordinator", Role.DISTRICT_COORDINATOR))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accounts()).isEqualTo(2);
    }

    static AccountImport.Line line(int line, String username, ImportPlace place) {
        return new AccountImport.Line(
                line, username, "Synthetic " + username, null, null, null, null, Role.COMMUNITY_FACILITATOR, place);
    }

    static String message(List<Map<String, Object>> problems, int line, String column) {
        return problems.stream()
                .filter(p -> p.get("line").equals(line) && column.equals(p.get("column")))
                .map(p -> (String) p.get("message"))
                .findFirst()
                .orElseThrow();
    }

    List<String> roles(String username) {
        return jdbc.sql("select r.role || ' ' || g.pcode from access_user u join access_user_role r on r.user_id = u.id"
                        + " join access_role_scope s on s.user_id = r.user_id and s.role = r.role"
                        + " join geo_unit g on g.id = s.unit_id where u.username = ? order by 1")
                .param(username)
                .query(String.class)
                .list();
    }

    long accounts() {
        return jdbc.sql("select count(*) from access_user").query(Long.class).single();
    }

    long auditLines(String action) {
        return jdbc.sql("select count(*) from access_audit where action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    String path(String pcode) {
        return jdbc.sql("select path from geo_unit where pcode = ?")
                .param(pcode)
                .query(String.class)
                .single();
    }

    UUID unit(String pcode) {
        return jdbc.sql("select id from geo_unit where pcode = ?")
                .param(pcode)
                .query(UUID.class)
                .single();
    }

    Map<String, Object> importFile(String name, String content, String language) throws Exception {
        return importBytes(name, content.getBytes(StandardCharsets.UTF_8), language);
    }

    Map<String, Object> importBytes(String name, byte[] content, String language) throws Exception {
        MvcTestResult submitted = mvc.post()
                .uri("/api/v1/record-imports/accounts")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(TestAccounts.administrator())
                .header("Accept-Language", language)
                .exchange();
        assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
        String id = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    body[0] = mvc.get()
                            .uri("/api/v1/record-imports/jobs/" + id)
                            .with(TestAccounts.administrator())
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
