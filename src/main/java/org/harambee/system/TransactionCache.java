package org.harambee.system;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current transaction has read and may read again, kept until it ends: a sync batch of a hundred meetings of
 * one community reads that community's state once, not once a meeting. The cache holds what the transaction itself
 * sees: whoever changes a cached row in the transaction evicts it or keeps the cached copy in step; a rollback to a
 * savepoint (a refused record of a batch) forgets everything, since what was read or written after the savepoint may
 * be gone. Outside a transaction nothing is kept.
 */
@Component
public class TransactionCache {

    /** The value of {@code key} in {@code region}: as read before in this transaction, else loaded and kept. */
    @SuppressWarnings("unchecked")
    public <K, V> V get(String region, K key, Function<K, V> load) {
        Kept kept = kept();
        if (kept == null) {
            return load.apply(key);
        }
        Map<Object, Object> values = kept.regions.computeIfAbsent(region, r -> new HashMap<>());
        V value = (V) values.get(key);
        if (value == null) {
            value = load.apply(key);
            if (value != null) {
                values.put(key, value);
            }
        }
        return value;
    }

    /** The value kept for {@code key} in {@code region}, or null: never loads. */
    @SuppressWarnings("unchecked")
    public <V> V peek(String region, Object key) {
        Kept kept = (Kept) TransactionSynchronizationManager.getResource(this);
        if (kept == null) {
            return null;
        }
        Map<Object, Object> values = kept.regions.get(region);
        return values == null ? null : (V) values.get(key);
    }

    /** Forgets {@code key} in {@code region} (its row was just changed). */
    public void evict(String region, Object key) {
        if (TransactionSynchronizationManager.getResource(this) instanceof Kept kept) {
            Map<Object, Object> values = kept.regions.get(region);
            if (values != null) {
                values.remove(key);
            }
        }
    }

    /** Forgets the whole {@code region} (many of its rows were changed at once). */
    public void evictAll(String region) {
        if (TransactionSynchronizationManager.getResource(this) instanceof Kept kept) {
            kept.regions.remove(region);
        }
    }

    private Kept kept() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Kept kept = (Kept) TransactionSynchronizationManager.getResource(this);
        if (kept == null) {
            kept = new Kept();
            TransactionSynchronizationManager.bindResource(this, kept);
            TransactionSynchronizationManager.registerSynchronization(kept);
        }
        return kept;
    }

    private final class Kept implements TransactionSynchronization {

        private final Map<String, Map<Object, Object>> regions = new HashMap<>();

        @Override
        public void savepointRollback(Object savepoint) {
            regions.clear();
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(TransactionCache.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(TransactionCache.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TransactionCache.this);
            regions.clear();
        }
    }
}
