package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * One sheet of service points with the routes of the pathway each receives, imported as the {@code service-points}
 * kind: the service points and their routes written together, the same file again changing nothing, a line whose
 * routes change counted as one record updated, a route replacing another service point's, and a file with a problem in
 * any route writing neither service points nor routes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServicePointRoutesImportIntegrationTests extends QuzlandServicePoints {

    static final String SHEET = """
            pcode,name,category,areas,routes,route_categories
            QZ0101,Amber social welfare office,SOCIAL_WELFARE,,QZ0101,SOCIAL_WELFARE care_arrangements
            QZ010101,Amber North clinic,HEALTH,QZ010101 QZ010102,"QZ010101, QZ010102",
            """;

    RecordImportCalls imports;

    @BeforeEach
    void theKind() {
        imports = new RecordImportCalls(mvc, "service-points");
    }

    @Test
    void servicePointsAndTheirRoutesComeInOneFileAndTheSameFileAgainChangesNothing() throws Exception {
        int routesAudited = audited("PATHWAY_ROUTE_SET").size();
        int correctionsAudited = audited("SERVICE_POINT_UPDATED").size();

        Map<String, Object> job = imports.file(SHEET, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 2);
        assertThat(routes())
                .containsExactly(
                        "CARE_ARRANGEMENTS QZ0101 Amber social welfare office",
                        "SOCIAL_WELFARE QZ0101 Amber social welfare office",
                        "HEALTH QZ010101 Amber North clinic",
                        "HEALTH QZ010102 Amber North clinic");
        assertThat(audited("PATHWAY_ROUTE_SET")).hasSize(routesAudited + 4);

        Map<String, Object> again = imports.file(SHEET, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");
        assertThat(again)
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("created", 0)
                .containsEntry("updated", 0)
                .containsEntry("unchanged", 2);
        assertThat(audited("PATHWAY_ROUTE_SET")).hasSize(routesAudited + 4);

        // a line whose only change is a route more is one record changed; routes left out of the file stay
        Map<String, Object> more = imports.file(
                SHEET.replace("care_arrangements", "FAMILY_TRACING").replace("\"QZ010101, QZ010102\"", "QZ010101"),
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "en");
        assertThat(more).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(routes())
                .hasSize(5)
                .contains("FAMILY_TRACING QZ0101 Amber social welfare office", "HEALTH QZ010102 Amber North clinic");
        assertThat(count("referral_service_point")).isEqualTo(2);
        assertThat(audited("SERVICE_POINT_UPDATED")).hasSize(correctionsAudited);
        assertThat(audited("PATHWAY_ROUTE_SET")).hasSize(routesAudited + 5);
    }

    @Test
    void aRouteOfTheFileReplacesAnotherServicePointsRouteThere() throws Exception {
        UUID old = ServicePointTables.servicePoint(jdbc, "Old welfare desk", ServiceCategory.SOCIAL_WELFARE, "QZ0101");
        ServicePointTables.route(jdbc, ServiceCategory.SOCIAL_WELFARE, "QZ0101", old);

        Map<String, Object> job = imports.file("""
                pcode,name,category,routes,phone,on_platform
                QZ0101,Amber social welfare office,SOCIAL_WELFARE,QZ0101,,
                QZ0101,Old welfare desk,SOCIAL_WELFARE,,+000 555 0100,yes
                """, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");

        assertThat(job).containsEntry("created", 1).containsEntry("unchanged", 1);
        assertThat(routes()).containsExactly("SOCIAL_WELFARE QZ0101 Amber social welfare office");
        assertThat(jdbc.sql("select detail from access_audit where action = 'PATHWAY_ROUTE_SET' order by seq desc")
                        .query(String.class)
                        .list()
                        .get(0))
                .endsWith("(was " + old + ")");
    }

    @Test
    void aProblemInAnyRouteWritesNeitherServicePointsNorRoutes() throws Exception {
        String bad = """
                pcode,name,category,areas,routes,route_categories
                QZ010101,Amber North clinic,HEALTH,,QZ010102,
                QZ0101,Amber office,SOCIAL_WELFARE,,QZ0102 QZ9999,
                QZ0101,Amber desk,HEALTH,,,HEALTH
                QZ0101,Amber bureau,HEALTH,,QZ010101,MAGIC
                QZ0101,Amber centre,HEALTH,,QZ010101,
                QZ0101,Amber post,EDUCATION,,QZ010101,health
                """;

        Map<String, Object> job = imports.file(bad, COORDINATOR, Role.DISTRICT_COORDINATOR, "fr");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(RecordImportCalls.where(job))
                .containsExactlyInAnyOrder(
                        "2 routes", "3 routes", "3 routes", "4 route_categories", "5 route_categories", "7 routes");
        assertThat(RecordImportCalls.messages(job))
                .contains(
                        "Amber North clinic ne dessert pas Amber South.",
                        "Le lieu QZ0102 est hors de votre zone.",
                        "Aucun lieu n’a le P-code QZ9999.",
                        "La ligne 6 envoie déjà les orientations HEALTH de QZ010101 à un point de service : une route"
                                + " n’a qu’un point de service.");
        assertThat(count("referral_service_point")).isZero();
        assertThat(count("referral_pathway_route")).isZero();
    }

    @Test
    void aDeactivatedServicePointTakesNoRouteFromTheFile() throws Exception {
        UUID desk = ServicePointTables.servicePoint(jdbc, "Amber desk", ServiceCategory.HEALTH, "QZ0101");
        jdbc.sql("update referral_service_point set active = false where id = ?")
                .param(desk)
                .update();

        Map<String, Object> job = imports.file("""
                pcode,name,category,routes
                QZ0101,Amber desk,HEALTH,QZ010101
                """, COORDINATOR, Role.DISTRICT_COORDINATOR, "en");

        assertThat(job).containsEntry("status", "REJECTED");
        assertThat(RecordImportCalls.where(job)).containsExactly("2 routes");
        assertThat(RecordImportCalls.messages(job)).containsExactly("Amber desk is deactivated.");
        assertThat(count("referral_pathway_route")).isZero();
    }

    /** The routes of the pathway as "category P-code service point", by the length of the place's path. */
    List<String> routes() {
        return jdbc.sql("select r.category || ' ' || u.pcode || ' ' || p.name from referral_pathway_route r"
                        + " join geo_unit u on u.id = r.unit_id join referral_service_point p"
                        + " on p.id = r.service_point_id order by length(u.pcode), u.pcode, r.category")
                .query(String.class)
                .list();
    }
}
