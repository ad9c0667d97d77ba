package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.ImportJobsAwait.importFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJob;
import org.harambee.geography.importing.ImportJob.Status;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Boundaries as surveyed are megabytes a district; the map gets a simplified copy made at import, small enough for 2G,
 * while the full boundary is kept. An invalid boundary is refused with the reason, on its feature.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MapBoundaryIntegrationTests {

    static final int VILLAGES = 60;
    static final int VERTICES = 5_000;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Geography geography;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void emptyTables() {
        GeographyTables.clear(jdbc);
    }

    @Test
    void theMapOfADistrictWithItsVillagesIsUnderAHundredKilobytesGzippedAndTheFullBoundaryIsKept() throws IOException {
        byte[] file = districtWithVillages();
        ImportJob job = importFile(jobs, "qz_admbnda_adm3.geojson", file);
        assertThat(job.status()).isEqualTo(Status.SUCCEEDED);

        String map = mvc.get()
                .uri("/units/QZ0101/map.json")
                .with(TestAccounts.administrator())
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(file.length).isGreaterThan(10_000_000);
        assertThat(map).contains("\"pcode\":\"QZ010160\"");
        assertThat(gzipped(map)).isLessThan(100_000);
        UnitView village = geography.get("QZ010101", "en");
        assertThat(geography.fullBoundary(village).orElseThrow().split("\\],\\["))
                .hasSizeGreaterThan(VERTICES);
    }

    @Test
    void anInvalidBoundaryIsRefusedOnItsFeatureWithTheReasonInTheUsersLanguage() {
        byte[] file = BoundaryFiles.utf8("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"ADM0_PCODE":"QZ","ADM0_EN":"Quzland","ADM1_PCODE":"QZ01","ADM1_EN":"Hill"},
                  "geometry":{"type":"Polygon","coordinates":[[[10,1],[11,1],[11,2],[10,2],[10,1]]]}},
                 {"type":"Feature","properties":{"ADM0_PCODE":"QZ","ADM0_EN":"Quzland","ADM1_PCODE":"QZ02","ADM1_EN":"Lake"},
                  "geometry":{"type":"Polygon","coordinates":[[[11,1],[12,2],[12,1],[11,2],[11,1]]]}}
                ]}
                """);

        ImportJob job = importFile(jobs, "qz.geojson", file);

        assertThat(job.status()).isEqualTo(Status.REJECTED);
        assertThat(job.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("crosses itself", "1.5, 11.5");
        });
        assertThat(jobs.find(job.id(), Locale.FRENCH)
                        .orElseThrow()
                        .problems()
                        .get(0)
                        .message())
                .contains("se croise");
        assertThat(GeographyTables.units(jdbc)).isZero();
    }

    /** District QZ0101 and its villages, each a winding outline of {@link #VERTICES} vertices. */
    static byte[] districtWithVillages() {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        json.append(feature("QZ0101", "Amber", 2, null, null, ring(10.25, 1.25, 0.3, VERTICES * 4)));
        for (int v = 1; v <= VILLAGES; v++) {
            String pcode = String.format(Locale.ROOT, "QZ0101%02d", v);
            double x = 10.0 + 0.05 * ((v - 1) % 10) + 0.025;
            double y = 1.0 + 0.05 * ((v - 1) / 10) + 0.025;
            json.append(',').append(feature(pcode, "Village " + v, 3, "QZ0101", "Amber", ring(x, y, 0.02, VERTICES)));
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String feature(String pcode, String name, int level, String parent, String parentName, String ring) {
        StringBuilder p = new StringBuilder(
                "{\"ADM0_PCODE\":\"QZ\",\"ADM0_EN\":\"Quzland\",\"ADM1_PCODE\":\"QZ01\"," + "\"ADM1_EN\":\"Hill\"");
        if (level == 2) {
            p.append(",\"ADM2_PCODE\":\"")
                    .append(pcode)
                    .append("\",\"ADM2_EN\":\"")
                    .append(name)
                    .append('"');
        } else {
            p.append(",\"ADM2_PCODE\":\"")
                    .append(parent)
                    .append("\",\"ADM2_EN\":\"")
                    .append(parentName)
                    .append('"');
            p.append(",\"ADM3_PCODE\":\"")
                    .append(pcode)
                    .append("\",\"ADM3_EN\":\"")
                    .append(name)
                    .append('"');
        }
        return "{\"type\":\"Feature\",\"properties\":" + p + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
                + ring + "]]}}";
    }

    private static String ring(double cx, double cy, double radius, int vertices) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= vertices; i++) {
            double angle = 2 * Math.PI * (i % vertices) / vertices;
            double r = radius * (1 + 0.01 * Math.sin(angle * 150));
            ring.append(i == 0 ? "" : ",")
                    .append('[')
                    .append(cx + r * Math.cos(angle))
                    .append(',')
                    .append(cy + r * Math.sin(angle))
                    .append(']');
        }
        return ring.toString();
    }

    private static int gzipped(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }
}
