package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.harambee.access.accounts.TemporaryPasswords;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Account administration through the API and the pages, and what an account's roles and scopes then allow: an
 * administrator creates a district coordinator scoped to one district, who sees that district and nothing outside it,
 * through the API with a token; every change is in the audit trail; bad input is refused whole.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountAdministrationIntegrationTests {

    static final String ADMIN_PASSWORD = "synthetic-admin-pass-2026";
    static final String NEW_PASSWORD = "synthetic-amara-pass-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void quzlandWithoutOtherAccounts() {
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        jdbc.sql("delete from access_user where username <> 'admin'").update();
    }

    @Test
    void aDistrictCoordinatorSeesTheirDistrictAndNothingOutsideItThroughTheApiWithAToken() throws Exception {
        String temporary = create("""
                {"username": "Amara", "displayName": "Amara Kamara", "email": "amara@example.org",
                 "phone": "+232 76 000000", "language": "fr", "organisation": "District social welfare",
                 "roles": [{"role": "DISTRICT_COORDINATOR", "units": ["qz0101"]}]}""");

        // a temporary password allows nothing but choosing one's own
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic("amara", temporary)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("temporary password");
        assertThat(mvc.post()
                        .uri("/api/v1/account/password")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")
                        .with(httpBasic("amara", temporary)))
                .hasStatus(HttpStatus.NO_CONTENT);
        String token = JsonPath.read(
                mvc.post()
                        .uri("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"district laptop\",\"days\":30}")
                        .with(httpBasic("amara", NEW_PASSWORD))
                        .exchange()
                        .getResponse()
                        .getContentAsString(),
                "$.secret");
        String bearer = "Bearer " + token;

        assertThat(mvc.get().uri("/api/v1/units").header("Authorization", bearer))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].pcode")
                .isEqualTo(List.of("QZ0101"));
        assertThat(mvc.get().uri("/api/v1/units?parent=QZ0101").header("Authorization", bearer))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].pcode")
                .isEqualTo(List.of("QZ010101", "QZ010102"));
        assertThat(mvc.get().uri("/api/v1/units?level=3").header("Authorization", bearer))
                .bodyJson()
                .extractingPath("$.items[*].pcode")
                .asArray()
                .containsExactlyInAnyOrder("QZ010101", "QZ010102");
        assertThat(mvc.get().uri("/api/v1/units?q=birch").header("Authorization", bearer))
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(0);
        assertThat(mvc.get().uri("/api/v1/units?q=amber").header("Authorization", bearer))
                .bodyJson()
                .extractingPath("$.items[*].pcode")
                .asArray()
                .containsExactlyInAnyOrder("QZ0101", "QZ010101", "QZ010102");
        assertThat(mvc.get().uri("/api/v1/units/QZ010102").header("Authorization", bearer))
                .hasStatusOk();
        for (String outside : List.of(
                "/api/v1/units/QZ0102",
                "/api/v1/units/QZ01",
                "/api/v1/units/QZ",
                "/api/v1/units/QZ020101/history",
                "/api/v1/units/QZ0201/boundaries",
                "/api/v1/units?parent=QZ01",
                "/api/v1/audit",
                "/api/v1/accounts")) {
            assertThat(mvc.get().uri(outside).header("Authorization", bearer))
                    .as(outside)
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.get().uri("/api/v1/countries").header("Authorization", bearer))
                .bodyJson()
                .extractingPath("$[*].pcode")
                .isEqualTo(List.of("QZ"));
        assertThat(mvc.get().uri("/api/v1/account").header("Authorization", bearer))
                .bodyJson()
                .satisfies(json -> assertThat(json)
                        .extractingPath("$.roles[0].units[0].pcode")
                        .isEqualTo("QZ0101"))
                .extractingPath("$.permissions")
                .asArray()
                .contains("VIEW_PLACES", "HANDLE_REFERRALS")
                .doesNotContain("MANAGE_ACCOUNTS");

        assertThat(auditedActions("amara")).contains("ACCOUNT_CREATED", "PASSWORD_CHANGED", "TOKEN_CREATED");
        assertThat(jdbc.sql(
                                "select unit_path from access_audit where action = 'ACCOUNT_CREATED' and record_id = 'amara'"
                                        // the trail is append-only: a database used before holds earlier runs' lines
                                        + " order by seq desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo(path("QZ0101"));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = accounts();

        MvcTestResult result = mvc.post()
                .uri("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "x", "displayName": " ", "email": "not-an-address", "phone": "call me",
                         "language": "de",
                         "roles": [{"role": "DISTRICT_COORDINATOR", "units": []},
                                   {"role": "RESEARCHER", "units": ["QZ0101", "QZ9999"]},
                                   {"role": "ADMINISTRATOR", "units": ["QZ"]},
                                   {"role": "KING"}]}""")
                .with(httpBasic("admin", ADMIN_PASSWORD))
                .exchange();

        assertThat(result)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder(
                        "username",
                        "displayName",
                        "email",
                        "phone",
                        "language",
                        "roles[0].units",
                        "roles[1].units",
                        "roles[2].units",
                        "roles[3].role");
        assertThat(result.getResponse().getContentAsString()).contains("QZ9999");
        assertThat(accounts()).isEqualTo(before);

        create(
                "{\"username\":\"fatmata\",\"displayName\":\"F\",\"roles\":[{\"role\":\"RESEARCHER\",\"units\":[\"QZ\"]}]}");
        assertThat(mvc.post()
                        .uri("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"FATMATA\",\"displayName\":\"F\",\"roles\":[]}")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("username", "roles");
    }

    @Test
    void aChangeOfRolesAppliesAtOnceAndIsAudited() throws Exception {
        String id = createdId(
                "{\"username\":\"musa\",\"displayName\":\"Musa\",\"roles\":[{\"role\":\"RESEARCHER\",\"units\":[\"QZ01\"]}]}");
        jdbc.sql("update access_user set password_change_required = false where username = 'musa'")
                .update();
        TestAccountsPasswords.set(jdbc, "musa", "synthetic-musa-pass-2026");
        assertThat(mvc.get().uri("/api/v1/units/QZ0201").with(httpBasic("musa", "synthetic-musa-pass-2026")))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(mvc.put()
                        .uri("/api/v1/accounts/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName": "Musa Sesay", "organisation": "University",
                                 "roles": [{"role": "RESEARCHER", "units": ["QZ02"]},
                                           {"role": "NATIONAL_COORDINATOR", "units": ["QZ02"]}]}""")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.roles[*].role")
                .isEqualTo(List.of("NATIONAL_COORDINATOR", "RESEARCHER"));

        assertThat(mvc.get().uri("/api/v1/units/QZ0201").with(httpBasic("musa", "synthetic-musa-pass-2026")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/units/QZ0101").with(httpBasic("musa", "synthetic-musa-pass-2026")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(auditedActions("musa")).contains("ACCOUNT_UPDATED", "PERMISSIONS_CHANGED");
    }

    @Test
    void aNationalCoordinatorBrowsesTheAuditTrailOfTheirAreaOnly() throws Exception {
        create(
                "{\"username\":\"inarea\",\"displayName\":\"In\",\"roles\":[{\"role\":\"RESEARCHER\",\"units\":[\"QZ02\"]}]}");
        create(
                "{\"username\":\"outarea\",\"displayName\":\"Out\",\"roles\":[{\"role\":\"RESEARCHER\",\"units\":[\"QZ01\"]}]}");
        TestAccounts.create(jdbc, "lake", "synthetic-lake-pass-2026", Role.NATIONAL_COORDINATOR, "QZ02");

        MvcTestResult result = mvc.get()
                .uri("/api/v1/audit?action=ACCOUNT_CREATED")
                .with(httpBasic("lake", "synthetic-lake-pass-2026"))
                .exchange();

        assertThat(result)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].recordId")
                .asArray()
                .containsExactly("inarea");
        assertThat(mvc.get().uri("/audit").with(TestAccounts.as("lake", Role.NATIONAL_COORDINATOR)))
                .hasStatusOk()
                .bodyText()
                .contains("inarea")
                .doesNotContain("outarea");
        assertThat(mvc.get().uri("/api/v1/audit?action=ACCOUNT_CREATED").with(httpBasic("admin", ADMIN_PASSWORD)))
                .bodyJson()
                .extractingPath("$[*].recordId")
                .asArray()
                .contains("inarea", "outarea");
    }

    @Test
    void deactivationStopsPasswordsAndRevokesTokensAndTheLastAdministratorStays() throws Exception {
        String id = createdId(
                "{\"username\":\"sia\",\"displayName\":\"Sia\",\"roles\":[{\"role\":\"RESEARCHER\",\"units\":[\"QZ\"]}]}");
        jdbc.sql("update access_user set password_change_required = false where username = 'sia'")
                .update();
        TestAccountsPasswords.set(jdbc, "sia", "synthetic-sia-pass-2026");
        String token = JsonPath.read(
                mvc.post()
                        .uri("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"phone\",\"days\":30}")
                        .with(httpBasic("sia", "synthetic-sia-pass-2026"))
                        .exchange()
                        .getResponse()
                        .getContentAsString(),
                "$.secret");

        assertThat(mvc.post().uri("/api/v1/accounts/" + id + "/deactivate").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.active")
                .isEqualTo(false);
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic("sia", "synthetic-sia-pass-2026")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/units").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post().uri("/api/v1/accounts/" + id + "/reactivate").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic("sia", "synthetic-sia-pass-2026")))
                .hasStatusOk();
        // reactivation does not revive the tokens of before: they were revoked with the deactivation
        assertThat(mvc.get().uri("/api/v1/units").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.UNAUTHORIZED);

        String adminId = jdbc.sql("select cast(id as varchar(36)) from access_user where username = 'admin'")
                .query(String.class)
                .single();
        assertThat(mvc.post()
                        .uri("/api/v1/accounts/" + adminId + "/deactivate")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("your own account");
        assertThat(mvc.put()
                        .uri("/api/v1/accounts/" + adminId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"displayName\":\"Administrator\",\"roles\":[{\"role\":\"RESEARCHER\",\"units\":[\"QZ\"]}]}")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("active administrator");
        assertThat(auditedActions("sia")).contains("ACCOUNT_DEACTIVATED", "ACCOUNT_REACTIVATED");
        assertThat(mvc.get()
                        .uri("/api/v1/accounts/" + java.util.UUID.randomUUID())
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aResetGivesATemporaryPasswordAndTheOldOneStops() throws Exception {
        String id = createdId(
                "{\"username\":\"kadi\",\"displayName\":\"Kadi\",\"roles\":[{\"role\":\"RESEARCHER\",\"units\":[\"QZ\"]}]}");
        jdbc.sql("update access_user set password_change_required = false where username = 'kadi'")
                .update();
        TestAccountsPasswords.set(jdbc, "kadi", "synthetic-kadi-pass-2026");

        String temporary = JsonPath.read(
                mvc.post()
                        .uri("/api/v1/accounts/" + id + "/password-reset")
                        .with(httpBasic("admin", ADMIN_PASSWORD))
                        .exchange()
                        .getResponse()
                        .getContentAsString(),
                "$.temporaryPassword");

        assertThat(temporary.split(" ")).hasSize(TemporaryPasswords.WORDS);
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic("kadi", "synthetic-kadi-pass-2026")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/account").with(httpBasic("kadi", temporary)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.passwordChangeRequired")
                .isEqualTo(true);
        assertThat(auditedActions("kadi")).contains("PASSWORD_RESET");
        assertThat(mvc.get().uri("/api/v1/accounts/" + id).with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatusOk();
        assertThat(auditedActions("kadi")).contains("ACCOUNT_VIEWED");
    }

    @Test
    void aResetRequestAnswersTheSameWhetherOrNotTheAccountExists() throws Exception {
        create("{\"username\":\"jeneba\",\"displayName\":\"Jeneba\",\"email\":\"Jeneba@example.org\","
                + "\"roles\":[{\"role\":\"RESEARCHER\",\"units\":[\"QZ\"]}]}");

        String known = mvc.post()
                .uri("/password-reset")
                .param("who", "jeneba@example.org")
                .with(csrf())
                .exchange()
                .getResponse()
                .getContentAsString();
        String unknown = mvc.post()
                .uri("/password-reset")
                .param("who", "nobody-here")
                .with(csrf())
                .exchange()
                .getResponse()
                .getContentAsString();

        assertThat(withoutTokens(known)).isEqualTo(withoutTokens(unknown)).contains("reset-requested");
        assertThat(mvc.get().uri("/api/v1/accounts?resetRequested=true").with(httpBasic("admin", ADMIN_PASSWORD)))
                .bodyJson()
                .extractingPath("$[*].username")
                .isEqualTo(List.of("jeneba"));
        assertThat(auditedActions("jeneba")).contains("PASSWORD_RESET_REQUESTED");
    }

    @Test
    void administratorsManageAccountsOnPagesAndOthersAreRefused() throws Exception {
        assertThat(mvc.get().uri("/accounts/new").with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("District coordinator", "units_DISTRICT_COORDINATOR");

        assertThat(mvc.post()
                        .uri("/accounts")
                        .param("username", "bintu")
                        .param("displayName", "Bintu")
                        .param("roles", "DISTRICT_COORDINATOR")
                        .param("units_DISTRICT_COORDINATOR", "QZ0101, QZ7777")
                        .with(TestAccounts.administrator())
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("No place has the P-code QZ7777", "value=\"bintu\"");
        assertThat(accountExists("bintu")).isFalse();

        assertThat(mvc.post()
                        .uri("/accounts")
                        .param("username", "bintu")
                        .param("displayName", "Bintu")
                        .param("roles", "DISTRICT_COORDINATOR")
                        .param("units_DISTRICT_COORDINATOR", "QZ0101 QZ0102")
                        .with(TestAccounts.administrator())
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("temporary-password", "Amber (QZ0101)", "Birch (QZ0102)");
        assertThat(accountExists("bintu")).isTrue();

        assertThat(mvc.get()
                        .uri("/places/pick")
                        .param("field", "units_DISTRICT_COORDINATOR")
                        .param("multiple", "true")
                        .param("units_DISTRICT_COORDINATOR", "QZ0101, amb")
                        .header("HX-Request", "true")
                        .with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "data-pcode=\"QZ0101\"", "data-pcode=\"QZ010101\"", "data-field=\"units_DISTRICT_COORDINATOR\"")
                .doesNotContain("Birch", "<html");
        assertThat(mvc.get().uri("/accounts?q=bin").with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("bintu", "QZ0101");
        assertThat(mvc.get().uri("/accounts").with(TestAccounts.as("lake", Role.NATIONAL_COORDINATOR)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/accounts").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatusOk();
    }

    @Test
    void theAuditTrailFiltersByPlaceAndDateAndExportsAsCsv() throws Exception {
        create("{\"username\":\"hill\",\"displayName\":\"=HYPERLINK(1)\",\"roles\":"
                + "[{\"role\":\"RESEARCHER\",\"units\":[\"QZ0102\"]}]}");
        create("{\"username\":\"lakeside\",\"displayName\":\"L\",\"roles\":"
                + "[{\"role\":\"RESEARCHER\",\"units\":[\"QZ0201\"]}]}");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        assertThat(mvc.get()
                        .uri("/api/v1/audit?action=ACCOUNT_CREATED&unit=QZ01&from=" + today + "&to=" + today)
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].recordId")
                .asArray()
                .containsExactly("hill");
        assertThat(mvc.get()
                        .uri("/api/v1/audit?action=ACCOUNT_CREATED&to=2000-01-01")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
        assertThat(mvc.get().uri("/api/v1/audit?unit=QZ9999&from=yesterday").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("unit", "from");

        MvcTestResult csv = mvc.get()
                .uri("/api/v1/audit/export?action=ACCOUNT_CREATED&unit=QZ01")
                .with(httpBasic("admin", ADMIN_PASSWORD))
                .exchange();
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        String text = csv.getResponse().getContentAsString();
        assertThat(text.lines().toList())
                .hasSize(2)
                .first()
                .isEqualTo("seq,at,actor,remote_address,action,record_type,record_id,unit_id,detail");
        assertThat(text).contains(",hill,").doesNotContain("lakeside");
        assertThat(auditedActions("admin")).contains("AUDIT_EXPORTED");

        assertThat(mvc.get().uri("/audit?unit=QZ01&action=ACCOUNT_CREATED").with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("Birch (QZ0102)")
                .doesNotContain("lakeside");
        assertThat(mvc.get().uri("/audit?from=not-a-date").with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("year-month-day");
    }

    @Test
    void signingInTurnsThePagesToThePreferredLanguage() throws Exception {
        create("{\"username\":\"aminata\",\"displayName\":\"Aminata\",\"language\":\"sw\",\"roles\":"
                + "[{\"role\":\"RESEARCHER\",\"units\":[\"QZ\"]}]}");
        TestAccountsPasswords.set(jdbc, "aminata", "synthetic-aminata-pass-2026");

        MvcTestResult signIn = mvc.post()
                .uri("/login")
                .param("username", "aminata")
                .param("password", "synthetic-aminata-pass-2026")
                .with(csrf())
                .exchange();

        assertThat(signIn).hasStatus3xxRedirection().cookies().hasValue("harambee-lang", "sw");
    }

    @Test
    void anAccountIsLinkedToARegisteredOrganisation() throws Exception {
        java.util.UUID ngo = java.util.UUID.randomUUID();
        jdbc.sql("delete from partner_organisation where search_name = 'hope for children (synthetic)'")
                .update();
        jdbc.sql("insert into partner_organisation (id, name, search_name, kind, active, created_at, updated_at)"
                        + " values (?, 'Hope for Children (synthetic)', 'hope for children (synthetic)',"
                        + " 'NATIONAL_NGO', true, current_timestamp, current_timestamp)")
                .param(ngo)
                .update();

        String id = createdId("{\"username\":\"abu\",\"displayName\":\"Abu\",\"organisationId\":\"" + ngo
                + "\",\"roles\":[{\"role\":\"PARTNER_PROGRAMME_MANAGER\",\"units\":[\"QZ01\"]}]}");

        assertThat(mvc.get().uri("/api/v1/accounts/" + id).with(httpBasic("admin", ADMIN_PASSWORD)))
                .bodyJson()
                .extractingPath("$.organisationName")
                .isEqualTo("Hope for Children (synthetic)");
        assertThat(mvc.get().uri("/accounts/" + id + "/edit").with(TestAccounts.administrator()))
                .bodyText()
                .contains("Hope for Children (synthetic)</option>", "selected=\"selected\"");
        assertThat(mvc.post()
                        .uri("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"abu2\",\"displayName\":\"Abu\",\"organisationId\":\""
                                + java.util.UUID.randomUUID()
                                + "\",\"roles\":[{\"role\":\"RESEARCHER\",\"units\":[\"QZ\"]}]}")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("organisationId");
        jdbc.sql("delete from partner_organisation where id = ?").param(ngo).update();
    }

    @Test
    void theAccountFormNeedsItsCsrfToken() {
        assertThat(mvc.post()
                        .uri("/accounts")
                        .param("username", "nocsrf")
                        .param("displayName", "No token")
                        .param("roles", "RESEARCHER")
                        .param("units_RESEARCHER", "QZ")
                        .with(TestAccounts.administrator()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accountExists("nocsrf")).isFalse();
    }

    private String create(String json) throws Exception {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(httpBasic("admin", ADMIN_PASSWORD))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(result.getResponse().getHeader("Location")).startsWith("/api/v1/accounts/");
        return JsonPath.read(result.getResponse().getContentAsString(), "$.temporaryPassword");
    }

    private String createdId(String json) throws Exception {
        create(json);
        String username = JsonPath.read(json, "$.username");
        return jdbc.sql("select cast(id as varchar(36)) from access_user where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    private List<String> auditedActions(String username) {
        return jdbc.sql("select action from access_audit where actor = ? or record_id = ? order by seq")
                .params(username, username)
                .query(String.class)
                .list();
    }

    private String path(String pcode) {
        return jdbc.sql("select path from geo_unit where pcode = ?")
                .param(pcode)
                .query(String.class)
                .single();
    }

    private long accounts() {
        return jdbc.sql("select count(*) from access_user").query(Long.class).single();
    }

    private boolean accountExists(String username) {
        return jdbc.sql("select count(*) from access_user where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("(?s)<meta name=\"_csrf\"[^>]*>", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
