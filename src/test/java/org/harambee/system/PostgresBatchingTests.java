package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/** Batched inserts are rewritten as multi-row inserts on PostgreSQL only, unless the operator decided otherwise. */
class PostgresBatchingTests {

    private final PostgresBatching batching = new PostgresBatching();

    @Test
    void postgresGetsMultiRowInserts() {
        assertThat(process("jdbc:postgresql://127.0.0.1:5432/harambee").getDataSourceProperties())
                .containsEntry(PostgresBatching.PROPERTY, "true");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertThat(process("jdbc:h2:file:./data/harambee").getDataSourceProperties())
                .doesNotContainKey(PostgresBatching.PROPERTY);
    }

    @Test
    void anExplicitSettingInTheUrlWins() {
        assertThat(process("jdbc:postgresql://db/harambee?reWriteBatchedInserts=false")
                        .getDataSourceProperties())
                .doesNotContainKey(PostgresBatching.PROPERTY);
    }

    private HikariDataSource process(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        batching.postProcessAfterInitialization(dataSource, "dataSource");
        return dataSource;
    }
}
