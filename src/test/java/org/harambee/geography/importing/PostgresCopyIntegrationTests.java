package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.harambee.OnPostgres;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bulk path is taken on PostgreSQL and only there. */
class PostgresCopyIntegrationTests {

    @Nested
    @SpringBootTest
    class OnH2 {
        @Autowired
        JdbcTemplate jdbc;

        @Test
        void batchedInsertsAreUsed() {
            assertThat(PostgresCopy.ifAvailable(jdbc, null)).isNull();
        }
    }

    @Nested
    @SpringBootTest
    @OnPostgres
    class OnPostgreSql {
        @Autowired
        JdbcTemplate jdbc;

        @Test
        void copyIsUsed() {
            assertThat(PostgresCopy.ifAvailable(jdbc, null)).isNotNull();
        }
    }
}
