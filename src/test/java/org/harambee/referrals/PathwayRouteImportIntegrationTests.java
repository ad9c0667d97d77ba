package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;

/**
 * The routes of a referral pathway imported from a spreadsheet: service points named as registered and checked as on
 * the pathway form (active, serving the place), a route known by its place and category replaced when it names another
 * service point, every problem listed by line and column with nothing written, inside the importer's area only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PathwayRouteImportIntegrationTests extends QuzlandServicePoints {

    static final String GOOD = """
            pcode,place,parent,category,service_point
            QZ0101,,,SOCIAL_WELFARE,amber social welfare office
            ,Amber North,,HEALTH,Amber North clinic
            QZ010101,,,SOCIAL_WELFARE,Amber social welfare office
            """;

    @Autowired
    ServicePoints servicePoints;

    RecordImportCalls imports;
    UUID office;
    UUID clinic;

    @BeforeEach
    void servicePointsOfAmber() {
        imports = new RecordImportCalls(mvc, "pathway-routes");
        office = ServicePointTables.servicePoint(
                jdbc, "Amber social welfare office", ServiceCategory.SOCIAL_WELFARE, "QZ0101");
        clinic = ServicePointTables.servicePoint(jdbc, "Amber North clinic", ServiceCategory.HEALTH, "QZ010101");
    }

    @Test
    void aGoodFileSetsTheRoutesAndTheSameFileAgainChangesNothing() throws Exception {
        int setBefore = audited("PATHWAY_ROUTE_SET").size();
        Map<String, Object> job = imports.file(GOOD, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 3);
        assertThat(servicePoints.route(ServiceCategory.HEALTH, unitPath("QZ010101")))
                .map(ServicePointRef::id)
                .contains(clinic);
        assertThat(servicePoints.route(ServiceCategory.SOCIAL_WELFARE, unitPath("QZ010102")))
                .map(ServicePointRef::id)
                .contains(office);
        assertThat(audited("PATHWAY_ROUTE_SET")).hasSize(setBefore + 3);

        Map<String, Object> again = imports.file(GOOD, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");
        assertThat(again)
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 3);
        assertThat(audited("PATHWAY_ROUTE_SET")).hasSize(setBefore + 3);

        UUID desk = ServicePointTables.servicePoint(
                jdbc, "Amber North welfare desk", ServiceCategory.SOCIAL_WELFARE, "QZ010101");
        Map<String, Object> changed = imports.file(
                GOOD.replace(
                        "QZ010101,,,SOCIAL_WELFARE,Amber social welfare office",
                        "QZ010101,,,SOCIAL_WELFARE," + "Amber North welfare desk"),
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "en");
        assertThat(changed).containsEntry("updated", 1).containsEntry("unchanged", 2);
        assertThat(servicePoints.route(ServiceCategory.SOCIAL_WELFARE, unitPath("QZ010101")))
                .map(ServicePointRef::id)
                .contains(desk);
        assertThat(count("referral_pathway_route")).isEqualTo(3);
        assertThat(audited("PATHWAY_ROUTE_SET")).hasSize(setBefore + 4);
    }

    @Test
    void aFileWithProblemsWritesNothingAndListsEveryOneByLineAndColumn() throws Exception {
        UUID closed =
                ServicePointTables.servicePoint(jdbc, "Old welfare office", ServiceCategory.SOCIAL_WELFARE, "QZ0101");
        jdbc.sql("update referral_service_point set active = false where id = ?")
                .param(closed)
                .update();
        String bad = """
                pcode,category,service_point,service_point_pcode
                QZ0101,MAGIC,Amber social welfare office,
                QZ0101,HEALTH,Amber North clinic,
                QZ010101,HEALTH,Nowhere clinic,
                QZ020101,HEALTH,Amber North clinic,
                QZ010102,SOCIAL_WELFARE,Old welfare office,
                QZ010101,HEALTH,Amber North clinic,QZ0102
                QZ010102,EDUCATION,,
                """;

        Map<String, Object> job = imports.file(bad, COORDINATOR, Role.DISTRICT_COORDINATOR, "sw");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(count("referral_pathway_route")).isZero();
        assertThat(RecordImportCalls.where(job))
                .containsExactly(
                        "2 category",
                        "3 service_point",
                        "4 service_point",
                        "5 pcode",
                        "6 service_point",
                        "7 service_point_pcode",
                        "8 service_point");
        assertThat(RecordImportCalls.messages(job))
                .contains(
                        "Amber North clinic hakihudumii Amber.",
                        "Hakuna kituo cha huduma kinachoitwa “Nowhere clinic”.",
                        "Old welfare office kimezimwa.",
                        "Thamani hii inahitajika.");
    }

    @Test
    void twoServicePointsOfOneNameServingThePlaceAreToldApartByTheirPlace() throws Exception {
        UUID districtDesk =
                ServicePointTables.servicePoint(jdbc, "Welfare desk", ServiceCategory.SOCIAL_WELFARE, "QZ0101");
        UUID chiefdomDesk =
                ServicePointTables.servicePoint(jdbc, "Welfare desk", ServiceCategory.SOCIAL_WELFARE, "QZ010101");

        Map<String, Object> ambiguous = imports.file(
                "pcode,category,service_point\nQZ010101,SOCIAL_WELFARE,Welfare desk\n",
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "en");
        assertThat(ambiguous).containsEntry("status", "REJECTED");
        assertThat(RecordImportCalls.messages(ambiguous))
                .containsExactly(
                        "Several service points named \"Welfare desk\" serve this place: Welfare desk (QZ0101),"
                                + " Welfare desk (QZ010101). Give the P-code of its place in \"service_point_pcode\".");

        Map<String, Object> told = imports.file(
                "pcode,category,service_point,service_point_pcode\n"
                        + "QZ010101,SOCIAL_WELFARE,Welfare desk,qz010101\n"
                        + "QZ010102,SOCIAL_WELFARE,Welfare desk,\n",
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "en");
        assertThat(told).containsEntry("status", "SUCCEEDED").containsEntry("created", 2);
        assertThat(servicePoints.route(ServiceCategory.SOCIAL_WELFARE, unitPath("QZ010101")))
                .map(ServicePointRef::id)
                .contains(chiefdomDesk);
        assertThat(servicePoints.route(ServiceCategory.SOCIAL_WELFARE, unitPath("QZ010102")))
                .map(ServicePointRef::id)
                .contains(districtDesk);
    }

    @Test
    void theSameRouteTwiceInAFileIsRefused() throws Exception {
        Map<String, Object> job = imports.file("""
                pcode,category,service_point
                QZ010101,HEALTH,Amber North clinic
                QZ010101,health,amber north clinic
                """, COORDINATOR, Role.DISTRICT_COORDINATOR, "fr");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(RecordImportCalls.where(job)).containsExactly("3 category");
        assertThat(RecordImportCalls.messages(job)).containsExactly("Le même enregistrement figure déjà ligne 2.");
    }

    @Test
    void onlyThoseWhoManageServicesImportRoutesAndOnlyInsideTheirArea() throws Exception {
        assertThat(imports.refused(GOOD, RESEARCHER, Role.RESEARCHER)).hasStatus(HttpStatus.FORBIDDEN);

        Map<String, Object> job = imports.file(GOOD, CEDAR_COORDINATOR, Role.DISTRICT_COORDINATOR, "en");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(RecordImportCalls.where(job)).containsExactly("2 pcode", "3 place", "4 pcode");
        assertThat(count("referral_pathway_route")).isZero();
    }
}
