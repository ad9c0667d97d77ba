package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node that restarts fails the imports it had under way, and leaves other nodes' imports alone; the files such
 * imports left in the work folder are removed.
 */
@SpringBootTest
class InterruptedImportsIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Value("${harambee.work-dir}")
    Path workDir;

    @Test
    void unfinishedJobsOfThisNodeAreMarkedFailedOnStart() throws Exception {
        UUID mine = job(InetAddress.getLocalHost().getHostName());
        UUID other = job("another-node");

        jobs.failInterruptedJobs();

        ImportJob failed = jobs.find(mine, Locale.ENGLISH).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(failed.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("server stopped"));
        assertThat(jobs.find(other, Locale.ENGLISH).orElseThrow().status()).isEqualTo(ImportJob.Status.RUNNING);
    }

    @Test
    void uploadsAndSpillsLeftByAStoppedImportAreRemovedOnStart() throws Exception {
        Path folder = workDir.resolve("imports");
        Files.createDirectories(folder);
        UUID killed = job(InetAddress.getLocalHost().getHostName());
        UUID elsewhere = job("another-node");
        Path upload = old(folder.resolve(killed + ".upload"));
        Path spill = old(folder.resolve(killed + ".upload.boundaries"));
        Path withoutJob = old(folder.resolve(UUID.randomUUID() + ".upload"));
        Path running = old(folder.resolve(elsewhere + ".upload"));
        Path underWay = Files.writeString(folder.resolve(UUID.randomUUID() + ".upload"), "arriving");
        Files.setLastModifiedTime(underWay, FileTime.from(Instant.now().plusSeconds(60)));
        Path other = old(folder.resolve("notes.txt"));
        try {
            jobs.failInterruptedJobs();

            assertThat(List.of(upload, spill, withoutJob))
                    .allSatisfy(f -> assertThat(f).doesNotExist());
            assertThat(List.of(running, underWay, other))
                    .allSatisfy(f -> assertThat(f).exists());
        } finally {
            for (Path file : List.of(running, underWay, other)) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Path old(Path file) throws Exception {
        Files.writeString(file, "left behind");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }

    private UUID job(String node) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into geo_import_job (id, file_name, status, phase, created_by, node, created_at)"
                        + " values (?, 'boundaries.csv', 'RUNNING', 'WRITING', 'admin', ?, current_timestamp)")
                .params(id, node)
                .update();
        return id;
    }
}
