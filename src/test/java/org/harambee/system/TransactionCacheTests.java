package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A value read in a transaction is read once until the transaction ends, an evicted one is read again, and a rollback
 * to a savepoint forgets everything, also what was read before the savepoint; outside a transaction nothing is kept.
 */
class TransactionCacheTests {

    static final String REGION = "tests";

    TransactionCache cache;
    TransactionTemplate transaction;
    TransactionTemplate savepoint;
    AtomicInteger reads;
    Function<String, String> read;

    @BeforeEach
    void aTransactionManager() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:cache-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DataSourceTransactionManager tm = new DataSourceTransactionManager(dataSource);
        transaction = new TransactionTemplate(tm);
        savepoint = new TransactionTemplate(tm);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        cache = new TransactionCache();
        reads = new AtomicInteger();
        read = key -> key + reads.incrementAndGet();
    }

    @Test
    void aValueIsReadOnceATransaction() {
        transaction.executeWithoutResult(status -> {
            assertThat(cache.get(REGION, "a", read)).isEqualTo("a1");
            assertThat(cache.get(REGION, "a", read)).isEqualTo("a1");
            assertThat(cache.<String>peek(REGION, "a")).isEqualTo("a1");
        });
        transaction.executeWithoutResult(status -> {
            assertThat(cache.<String>peek(REGION, "a"))
                    .as("nothing kept past its transaction")
                    .isNull();
            assertThat(cache.get(REGION, "a", read)).isEqualTo("a2");
        });
    }

    @Test
    void anEvictedValueIsReadAgain() {
        transaction.executeWithoutResult(status -> {
            cache.get(REGION, "a", read);
            cache.get(REGION, "b", read);
            cache.evict(REGION, "a");
            assertThat(cache.get(REGION, "a", read)).isEqualTo("a3");
            assertThat(cache.get(REGION, "b", read)).isEqualTo("b2");
            cache.evictAll(REGION);
            assertThat(cache.get(REGION, "b", read)).isEqualTo("b4");
        });
    }

    @Test
    void aRollbackToASavepointForgetsEverything() {
        transaction.executeWithoutResult(status -> {
            cache.get(REGION, "before", read);
            savepoint.executeWithoutResult(kept -> cache.get(REGION, "kept", read));
            assertThat(cache.<String>peek(REGION, "kept"))
                    .as("a released savepoint keeps what was read")
                    .isEqualTo("kept2");
            assertThatThrownBy(() -> savepoint.executeWithoutResult(refused -> {
                        cache.get(REGION, "refused", read);
                        throw new IllegalStateException("refused");
                    }))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(cache.<String>peek(REGION, "refused")).isNull();
            assertThat(cache.<String>peek(REGION, "before")).isNull();
            assertThat(cache.get(REGION, "before", read)).isEqualTo("before4");
        });
    }

    @Test
    void outsideATransactionNothingIsKept() {
        assertThat(cache.get(REGION, "a", read)).isEqualTo("a1");
        assertThat(cache.get(REGION, "a", read)).isEqualTo("a2");
        assertThat(cache.<String>peek(REGION, "a")).isNull();
    }
}
