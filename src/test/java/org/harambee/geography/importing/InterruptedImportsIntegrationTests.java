package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A node that restarts fails the imports it had under way, and leaves other nodes' imports alone. */
@SpringBootTest
class InterruptedImportsIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

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

    private UUID job(String node) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into geo_import_job (id, file_name, status, phase, created_by, node, created_at)"
                        + " values (?, 'boundaries.csv', 'RUNNING', 'WRITING', 'admin', ?, current_timestamp)")
                .params(id, node)
                .update();
        return id;
    }
}
