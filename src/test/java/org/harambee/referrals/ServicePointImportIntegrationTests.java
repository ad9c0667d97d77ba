package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Service points imported from a spreadsheet: a good file (CSV and the XLSX template), a file with problems (nothing
 * written, each problem by line and column in the reader's language), a re-import (nothing changed) and a corrected
 * one, checked by the form's rules (its area, the routes that name it), inside the importer's area only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServicePointImportIntegrationTests extends QuzlandServicePoints {

    static final String GOOD = """
            pcode,place,parent,name,category,areas,phone,email,opening_hours,languages,on_platform
            QZ0101,,,Amber social welfare office,SOCIAL_WELFARE,,+000 555 0100,Welfare.Amber@example.org,Mon-Fri,English,yes
            ,amber north,amber,Amber North clinic,HEALTH,QZ010101 QZ010102,,,,,no
            """;

    RecordImportCalls imports;

    @BeforeEach
    void theKind() {
        imports = new RecordImportCalls(mvc, "service-points");
    }

    @Test
    void aGoodFileRegistersTheServicePointsAndTheSameFileAgainChangesNothing() throws Exception {
        int createdBefore = audited("SERVICE_POINT_CREATED").size();
        int updatedBefore = audited("SERVICE_POINT_UPDATED").size();
        int importsBefore = audited("RECORDS_IMPORTED").size();
        Map<String, Object> job = imports.file(GOOD, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 2);
        assertThat(jdbc.sql("select email from referral_service_point where on_platform = true")
                        .query(String.class)
                        .single())
                .isEqualTo("welfare.amber@example.org");
        assertThat(jdbc.sql("select count(*) from referral_service_point_area a join referral_service_point p"
                                + " on p.id = a.service_point_id where p.name = 'Amber North clinic'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(audited("SERVICE_POINT_CREATED")).hasSize(createdBefore + 2);

        Map<String, Object> again = imports.file(GOOD, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");
        assertThat(again)
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 2);
        assertThat(audited("SERVICE_POINT_UPDATED")).hasSize(updatedBefore);

        Map<String, Object> corrected = imports.file(
                GOOD.replace("+000 555 0100", "+000 555 0199"), COORDINATOR, Role.DISTRICT_COORDINATOR, "en");
        assertThat(corrected).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(jdbc.sql("select phone from referral_service_point where category = 'SOCIAL_WELFARE'")
                        .query(String.class)
                        .single())
                .isEqualTo("+000 555 0199");
        assertThat(count("referral_service_point")).isEqualTo(2);
        assertThat(audited("SERVICE_POINT_UPDATED")).hasSize(updatedBefore + 1);
        assertThat(audited("RECORDS_IMPORTED")).hasSize(importsBefore + 3);
    }

    @Test
    void aFileWithProblemsWritesNothingAndListsThemByLineAndColumnInTheReadersLanguage() throws Exception {
        String bad = """
                pcode,name,category,areas,phone,email,on_platform
                QZ0101,Amber office,MAGIC,,,,
                QZ0101,,HEALTH,,12,not-an-email,maybe
                QZ0201,Cedar office,HEALTH,,,,
                QZ0101,Amber desk,HEALTH,QZ0102,,,
                QZ010101,Amber North desk,HEALTH,QZ0201,,,
                """;

        Map<String, Object> job = imports.file(bad, COORDINATOR, Role.DISTRICT_COORDINATOR, "fr");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(count("referral_service_point")).isZero();
        assertThat(RecordImportCalls.where(job))
                .containsExactly(
                        "2 category", "3 name", "3 phone", "3 email", "3 on_platform", "4 pcode", "5 areas", "6 areas");
        assertThat(RecordImportCalls.messages(job))
                .contains(
                        "Le lieu QZ0201 est hors de votre zone.",
                        "« MAGIC » n’est pas l’une des valeurs : SOCIAL_WELFARE, PSYCHOSOCIAL, HEALTH,"
                                + " SAFETY_SHELTER, LEGAL_JUSTICE, EDUCATION, FAMILY_TRACING, CARE_ARRANGEMENTS,"
                                + " LIVELIHOODS, DISABILITY.",
                        "Le lieu QZ0102 est hors de votre zone.");
    }

    @Test
    void theSameServicePointTwiceInAFileIsRefused() throws Exception {
        String twice = """
                pcode,name,category
                QZ0101,Amber office,HEALTH
                QZ0101,AMBER OFFICE ,SOCIAL_WELFARE
                """;

        Map<String, Object> job = imports.file(twice, COORDINATOR, Role.DISTRICT_COORDINATOR, "sw");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(RecordImportCalls.where(job)).containsExactly("3 name");
        assertThat(RecordImportCalls.messages(job)).containsExactly("Kumbukumbu hiyo hiyo iko tayari kwenye mstari 2.");
    }

    @Test
    void aCorrectionFollowsTheFormsRules() throws Exception {
        UUID clinic = register("Amber North clinic", "HEALTH", "QZ010101", "\"areas\":[\"QZ010101\",\"QZ010102\"]");
        ServicePointTables.route(jdbc, ServiceCategory.HEALTH, "QZ010102", clinic);
        UUID wide =
                ServicePointTables.servicePoint(jdbc, "Hill welfare office", ServiceCategory.SOCIAL_WELFARE, "QZ0101");
        jdbc.sql("insert into referral_service_point_area (service_point_id, unit_id, unit_path)"
                        + " select ?, id, path from geo_unit where pcode = 'QZ0102'")
                .param(wide)
                .update();

        Map<String, Object> job = imports.file("""
                pcode,name,category,areas
                QZ010101,Amber North clinic,HEALTH,QZ010101
                QZ0101,Hill welfare office,SOCIAL_WELFARE,QZ0101
                """, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(RecordImportCalls.where(job)).containsExactly("2 areas", "3 areas");
        assertThat(RecordImportCalls.messages(job))
                .containsExactly(
                        "A route of the pathway would send referrals from places it no longer serves: change the"
                                + " pathway first.",
                        "It serves places outside your area: someone who manages all of them corrects it.");
        assertThat(jdbc.sql("select count(*) from referral_service_point_area where service_point_id = ?")
                        .param(clinic)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theXlsxTemplateExplainsItsColumnsAndImportsOnceFilledIn() throws Exception {
        MvcTestResult template = mvc.get()
                .uri("/api/v1/record-imports/service-points/template?format=xlsx")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "sw")
                .exchange();
        assertThat(template).hasStatusOk();
        byte[] filled;
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            Sheet records = book.getSheetAt(0);
            assertThat(records.getRow(0).getCell(3).getStringCellValue()).isEqualTo("name *");
            assertThat(records.getRow(0).getCell(4).getStringCellValue()).isEqualTo("category *");
            Sheet readMe = book.getSheetAt(1);
            assertThat(readMe.getRow(4).getCell(0).getStringCellValue()).isEqualTo("name");
            assertThat(readMe.getRow(4).getCell(2).getStringCellValue())
                    .isEqualTo("Jina la ofisi au foleni (la kipekee mahali pake).");
            Row row = records.createRow(1);
            row.createCell(0).setCellValue("QZ010102");
            row.createCell(3).setCellValue("Amber South desk");
            row.createCell(4).setCellValue("EDUCATION");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            filled = out.toByteArray();
        }

        Map<String, Object> job = imports.bytes("filled.xlsx", filled, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 1);
        assertThat(jdbc.sql("select unit_path from referral_service_point where name = 'Amber South desk'")
                        .query(String.class)
                        .single())
                .isEqualTo(unitPath("QZ010102"));
    }

    @Test
    void onlyThoseWhoManageServicesImportThemAndOnlyInsideTheirArea() throws Exception {
        assertThat(imports.refused(GOOD, RESEARCHER, Role.RESEARCHER)).hasStatus(HttpStatus.FORBIDDEN);

        Map<String, Object> job = imports.file(GOOD, CEDAR_COORDINATOR, Role.DISTRICT_COORDINATOR, "en");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(RecordImportCalls.messages(job))
                .containsExactly("The place QZ0101 is outside your area.", "The place QZ010101 is outside your area.");
        assertThat(count("referral_service_point")).isZero();
    }
}
