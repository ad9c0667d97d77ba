package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.ImportJobsAwait.importFile;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.harambee.geography.importing.ImportJob;
import org.harambee.geography.importing.ImportJob.Status;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports through the background job into a real database: what is written, what a re-import changes, and that a
 * bad file writes nothing. Runs on H2 here and on PostgreSQL in {@link BoundaryImportPostgresTests}.
 */
@SpringBootTest
@Import(BoundaryImportIntegrationTests.RecordedEvents.class)
class BoundaryImportIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    Geography geography;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordedEvents events;

    /** Collects what the geography module publishes, from whichever thread the import runs on. */
    static class RecordedEvents {
        final List<Object> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(UnitMoved event) {
            seen.add(event);
        }

        @EventListener
        void on(BoundariesImported event) {
            seen.add(event);
        }

        UUID importId() {
            return seen.stream()
                    .filter(BoundariesImported.class::isInstance)
                    .map(e -> ((BoundariesImported) e).importId())
                    .findFirst()
                    .orElse(null);
        }
    }

    @BeforeEach
    void emptyTables() {
        GeographyTables.clear(jdbc);
    }

    @Test
    void wideCsvCreatesTheWholeHierarchyWithPathsAndNames() {
        ImportJob job = importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());

        assertThat(job.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(job.created()).isEqualTo(1 + 2 + 3 + 4);
        UnitView chiefdom = geography.get("QZ010102", "en");
        assertThat(chiefdom.level()).isEqualTo(3);
        assertThat(chiefdom.parentPcode()).isEqualTo("QZ0101");
        assertThat(geography.ancestors(chiefdom, "en"))
                .extracting(UnitRef::pcode)
                .containsExactly("QZ", "QZ01", "QZ0101");
        assertThat(chiefdom.path()).endsWith("/" + chiefdom.id() + "/");
        assertThat(geography.get("QZ01", "fr").name()).isEqualTo("Province des Collines");
        assertThat(geography.get("QZ01", "sw").name()).isEqualTo("Hill Province");
        assertThat(geography.get("QZ", "en").childCount()).isEqualTo(2);
    }

    @Test
    void reimportMovesAUnitWithItsSubtreeAndKeepsItsHistory() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        UnitView before = geography.get("QZ0102", "en");

        ImportJob job = importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        assertThat(job.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(job.moved()).isEqualTo(1);
        UnitView after = geography.get("QZ0102", "en");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.parentPcode()).isEqualTo("QZ02");
        assertThat(geography.get("QZ02", "en").contains(geography.get("QZ010201", "en")))
                .isTrue();
        assertThat(geography.get("QZ01", "en").contains(geography.get("QZ010201", "en")))
                .isFalse();
        List<String> history = jdbc.sql("select change_kind || ':' || old_path from geo_unit_history where unit_id = ?")
                .param(after.id())
                .query(String.class)
                .list();
        assertThat(history).containsExactly("MOVED:" + before.path());
    }

    @Test
    void aMoveIsPublishedWithTheOldAndNewPathOfTheSubtree() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        UnitView before = geography.get("QZ0102", "en");
        events.seen.clear();

        importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        UnitView after = geography.get("QZ0102", "en");
        assertThat(events.seen)
                .containsExactly(
                        new UnitMoved(after.id(), "QZ0102", before.path(), after.path()),
                        new BoundariesImported(events.importId(), 0, 0, 1));
    }

    @Test
    void reimportKeepsWhatTheFileLeavesOut() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        importFile(jobs, "population.csv", BoundaryFiles.utf8("""
                Location,Admin Level,P-Code,Name,Parent P-Code,population,children
                Quzland,1,QZ01,Hill Province,QZ,5000,2100
                """));

        ImportJob again = importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());

        assertThat(again.status()).isEqualTo(Status.SUCCEEDED);
        UnitView hill = geography.get("QZ01", "fr");
        assertThat(hill.populationTotal()).isEqualTo(5000L);
        assertThat(hill.populationChildren()).isEqualTo(2100L);
        assertThat(hill.names()).containsEntry("fr", "Province des Collines").containsEntry("en", "Hill Province");
        assertThat(again.unchanged()).isEqualTo(10);
    }

    @Test
    void namesWithQuotesCommasAndAccentsArriveIntact() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());

        importFile(jobs, "odd-names.csv", BoundaryFiles.utf8("""
                Location,Admin Level,P-Code,Name,Parent P-Code
                Quzland,2,QZ0103,"Gorse ""Upper"", East",QZ01
                Quzland,2,QZ0104,Kɔnɔ Bɛlɛ – Ñaña,QZ01
                """));

        assertThat(geography.get("QZ0103", "en").name()).isEqualTo("Gorse \"Upper\", East");
        assertThat(geography.get("QZ0104", "en").name()).isEqualTo("Kɔnɔ Bɛlɛ – Ñaña");
        assertThat(geography
                        .list(new UnitQuery(null, null, "kɔnɔ", 0, 10), "en")
                        .items())
                .extracting(UnitRef::pcode)
                .containsExactly("QZ0104");
    }

    @Test
    void aLargeLevelIsCountedOnlyUpToTheCap() {
        StringBuilder csv =
                new StringBuilder("Location,Admin Level,P-Code,Name,Parent P-Code\nQuzland,0,QZ,Quzland,\n");
        for (int i = 1; i <= UnitPage.COUNT_CAP + 5; i++) {
            csv.append("Quzland,1,QZ")
                    .append(10_000 + i)
                    .append(",Ward ")
                    .append(i)
                    .append(",QZ\n");
        }
        assertThat(importFile(jobs, "wards.csv", BoundaryFiles.utf8(csv.toString()))
                        .status())
                .isEqualTo(Status.SUCCEEDED);

        UnitPage wards = geography.list(new UnitQuery("QZ", 1, null, 0, 50), "en");

        assertThat(wards.totalItems()).isEqualTo(UnitPage.COUNT_CAP);
        assertThat(wards.moreThanTotal()).isTrue();
        assertThat(wards.hasNext()).isTrue();
        assertThat(geography.list(new UnitQuery("QZ", null, null, 20, 50), "en").items())
                .hasSize(5);
    }

    @Test
    void sameFileTwiceChangesNothing() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());

        ImportJob again = importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());

        assertThat(again.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(10);
        assertThat(GeographyTables.units(jdbc)).isEqualTo(10);
    }

    @Test
    void hierarchyProblemsAreListedByLineAndNothingIsWritten() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        String snapshotBefore = unitsAsText();

        ImportJob job = importFile(jobs, "broken.csv", BoundaryFiles.brokenHierarchyCsv());

        assertThat(job.status()).isEqualTo(Status.REJECTED);
        assertThat(job.problems()).extracting(ImportJob.Problem::line).contains(2, 3);
        assertThat(job.problems())
                .allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotStartWith("import."));
        assertThat(unitsAsText()).isEqualTo(snapshotBefore);
    }

    @Test
    void malformedPcodesAndBadBytesAreListedByLineAndNothingIsWritten() {
        ImportJob job = importFile(jobs, "malformed.csv", BoundaryFiles.malformedCsv());

        assertThat(job.status()).isEqualTo(Status.REJECTED);
        assertThat(job.problems()).extracting(ImportJob.Problem::line).contains(3, 4);
        assertThat(GeographyTables.units(jdbc)).isZero();
    }

    @Test
    void geoJsonImportKeepsTheBoundaryOfEachUnit() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());

        ImportJob job = importFile(jobs, "dunes.geojson", BoundaryFiles.quzlandGeoJson());

        assertThat(job.status()).isEqualTo(Status.SUCCEEDED);
        UnitView dunes = geography.get("QZ03", "en");
        assertThat(dunes.hasGeometry()).isTrue();
        assertThat(geography.boundary(dunes))
                .hasValueSatisfying(g -> assertThat(g).contains("Polygon"));
        assertThat(geography.childBoundaries(geography.get("QZ", "en"), "en"))
                .extracting(e -> e.getKey().pcode())
                .containsExactly("QZ03");
    }

    @Test
    void listsChildrenALevelOfASubtreeAndSearchResults() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());

        assertThat(geography
                        .list(new UnitQuery("QZ01", null, null, 0, 50), "en")
                        .items())
                .extracting(UnitRef::pcode)
                .containsExactly("QZ0101", "QZ0102");
        UnitPage chiefdoms = geography.list(new UnitQuery("QZ01", 3, null, 0, 2), "en");
        assertThat(chiefdoms.totalItems()).isEqualTo(3);
        assertThat(chiefdoms.items()).hasSize(2);
        assertThat(chiefdoms.hasNext()).isTrue();
        assertThat(geography
                        .list(new UnitQuery(null, null, "amber", 0, 50), "en")
                        .items())
                .extracting(UnitRef::pcode)
                .containsExactly("QZ0101", "QZ010101", "QZ010102");
        assertThat(geography
                        .list(new UnitQuery(null, null, "qz02", 0, 50), "en")
                        .items())
                .extracting(UnitRef::pcode)
                .containsExactlyInAnyOrder("QZ02", "QZ0201", "QZ020101");
        assertThat(geography.list(new UnitQuery(null, null, null, 0, 50), "en").items())
                .extracting(UnitRef::pcode)
                .containsExactly("QZ");
    }

    private String unitsAsText() {
        return String.join(
                "\n",
                jdbc.sql("select pcode || '|' || coalesce(cast(parent_id as varchar(40)), '-') || '|'"
                                + " || path || '|' || name || '|' || version from geo_unit order by pcode")
                        .query(String.class)
                        .list());
    }
}
