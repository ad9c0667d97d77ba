package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A replica that stopped since it was last measured fails a reading with a lost connection (SQL state class 08): that
 * reading runs again on the primary. Any other failure is the reading's own and is not retried.
 */
class ReplicaLostTests {

    @Test
    void aLostConnectionDeepInTheChainSendsTheReadingBackToThePrimary() {
        SQLException brokenPipe = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(ReplicaReads.connectionLost(new DataAccessResourceFailureException("select", brokenPipe)))
                .isTrue();
    }

    @Test
    void aFailureOfTheReadingItselfIsNotRetried() {
        SQLException constraint = new SQLException("duplicate key", "23505");
        assertThat(ReplicaReads.connectionLost(new DataIntegrityViolationException("insert", constraint)))
                .isFalse();
        assertThat(ReplicaReads.connectionLost(new IllegalStateException("no SQL here")))
                .isFalse();
    }
}
