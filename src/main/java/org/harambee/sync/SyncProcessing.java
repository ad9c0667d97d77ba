package org.harambee.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.communities.FieldRecording;
import org.harambee.system.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a batch of changes made offline in one transaction. A refused record (input, scope, conflict) or one that
 * lost a race (serialization failure, deadlock, lock timeout) loses none of the others: the batch is first tried with
 * no savepoint between its records, and should one of them not be made, that try is rolled back and the batch taken
 * again with each change under a savepoint of its own, rolled back to it when refused (decision 0044). What the records look up is read once for the batch. The batch's
 * client ids are read and claimed before its records are applied, in two statements (decision 0031): a change seen
 * before is answered without a savepoint, and a record whose id the batch claimed gives the claim up again when it is
 * not made; should a concurrent replay have claimed one of them, each record claims its own id under its savepoint
 * instead. Either way a record is created once however often (and however concurrently) its change is replayed, and a
 * refused, conflicting or retried change leaves nothing behind. When the batch's connection
 * or transaction is lost, nothing of it was taken: the whole call is answered 503 with {@code Retry-After}.
 */
@Service
class SyncProcessing {

    private static final Logger log = LoggerFactory.getLogger(SyncProcessing.class);

    private final ClientIds clientIds;
    private final ChangeApplying applying;
    private final RecordAnswers answers;
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate recordSavepoint;

    SyncProcessing(ClientIds clientIds, ChangeApplying applying, RecordAnswers answers, PlatformTransactionManager tm) {
        this.clientIds = clientIds;
        this.applying = applying;
        this.answers = answers;
        this.batchTransaction = new TransactionTemplate(tm);
        this.recordSavepoint = new TransactionTemplate(tm);
        this.recordSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The results, one per change, in order; throws {@link InvalidInputException} for a batch too large. */
    SyncProtocol.Answer process(SyncProtocol.Batch batch, Locale locale) {
        List<SyncProtocol.Change> changes = batch == null || batch.changes() == null ? List.of() : batch.changes();
        if (changes.size() > SyncProtocol.MAX_BATCH) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("changes", "sync.batch.tooLarge", SyncProtocol.MAX_BATCH)));
        }
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        try {
            try {
                return batchTransaction.execute(status -> take(changes, user, locale, false));
            } catch (SavepointsNeeded e) {
                log.debug(
                        "A change of the batch was not made; the batch taken again, a savepoint a record: {}",
                        Transience.summary(e.getCause()));
                return batchTransaction.execute(status -> take(changes, user, locale, true));
            }
        } catch (RuntimeException e) {
            if (Transience.isTransient(e)) {
                log.warn("Sync batch of {} changes not taken, try again: {}", changes.size(), Transience.summary(e));
                throw new SyncUnavailableException(answers.retryAfterSeconds(), e);
            }
            throw e;
        }
    }

    /**
     * The batch in its transaction. Without {@code savepoints} (the first try) the records are applied one after the
     * other with no savepoint between them, two round trips a record fewer; the first record that is not made throws
     * {@link SavepointsNeeded}, which rolls the whole transaction back, and the batch is taken again with a savepoint
     * a record (decision 0044), so that a refused record still loses none of the others.
     */
    private SyncProtocol.Answer take(
            List<SyncProtocol.Change> changes, String user, Locale locale, boolean savepoints) {
        FieldRecording.Lookups lookups = applying.lookups(changes);
        List<List<SyncProtocol.Reason>> envelopes = new ArrayList<>(changes.size());
        List<UUID> planned = new ArrayList<>(changes.size());
        for (SyncProtocol.Change change : changes) {
            List<SyncProtocol.Reason> envelope = envelope(change, locale);
            envelopes.add(envelope);
            planned.add(envelope.isEmpty() ? applying.plannedId(change) : null);
        }
        Claimed claimed = claim(changes, envelopes, planned, user);
        List<SyncProtocol.Result> results = new ArrayList<>(changes.size());
        Long retryAfter = null;
        for (int i = 0; i < changes.size(); i++) {
            SyncProtocol.Change change = changes.get(i);
            SyncProtocol.Result result = envelopes.get(i).isEmpty()
                    ? one(change, user, locale, lookups, planned.get(i), claimed, savepoints)
                    : SyncProtocol.Result.rejected(change == null ? null : change.clientId(), envelopes.get(i));
            results.add(result);
            if (result.retryAfter() != null) {
                retryAfter = retryAfter == null ? result.retryAfter() : Math.max(retryAfter, result.retryAfter());
            }
        }
        return new SyncProtocol.Answer(results, retryAfter);
    }

    /** Thrown on the first try of a batch when a record is not made: the batch is taken again with savepoints. */
    private static final class SavepointsNeeded extends RuntimeException {
        SavepointsNeeded(RuntimeException cause) {
            super(cause);
        }
    }

    /**
     * The client ids of a batch, claimed before its records are applied: {@code seen}, those claimed before the batch
     * (answered without applying anything); {@code now}, those this batch has just claimed (each first occurrence of an
     * id not seen before), released again when their record is not made. Ids in neither (an id repeated in the batch,
     * or all of them when the batch's claim met a concurrent one) are claimed one by one under their record's
     * savepoint.
     */
    private record Claimed(Map<UUID, ClientIds.Seen> seen, Set<UUID> now) {}

    /**
     * Claims the batch's client ids in a few statements rather than one per record: reads those seen before, then
     * claims all the others in one statement under a savepoint of its own. Should another transaction have claimed
     * one of them in between, that statement is rolled back and the records claim their ids one by one, as before.
     */
    private Claimed claim(
            List<SyncProtocol.Change> changes,
            List<List<SyncProtocol.Reason>> envelopes,
            List<UUID> planned,
            String user) {
        Map<UUID, Integer> firsts = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            if (envelopes.get(i).isEmpty()) {
                firsts.putIfAbsent(changes.get(i).clientId(), i);
            }
        }
        Map<UUID, ClientIds.Seen> seen = clientIds.seen(new ArrayList<>(firsts.keySet()));
        List<ClientIds.Claim> claims = new ArrayList<>();
        firsts.forEach((clientId, i) -> {
            if (!seen.containsKey(clientId)) {
                claims.add(new ClientIds.Claim(clientId, changes.get(i).type(), planned.get(i)));
            }
        });
        boolean all;
        try {
            all = Boolean.TRUE.equals(recordSavepoint.execute(status -> {
                boolean claimedAll = clientIds.claimAll(claims, user);
                if (!claimedAll) {
                    status.setRollbackOnly();
                }
                return claimedAll;
            }));
        } catch (RuntimeException e) {
            if (Transience.connectionLost(e)) {
                throw e;
            }
            log.info("The batch's client ids not claimed at once, claimed one by one: {}", Transience.summary(e));
            all = false;
        }
        Set<UUID> now = new HashSet<>();
        if (all) {
            claims.forEach(c -> now.add(c.clientId()));
        }
        return new Claimed(seen, now);
    }

    private List<SyncProtocol.Reason> envelope(SyncProtocol.Change change, Locale locale) {
        if (change == null) {
            return List.of(answers.reason(null, "sync.change.missing", locale));
        }
        List<SyncProtocol.Reason> envelope = new ArrayList<>();
        if (change.clientId() == null) {
            envelope.add(answers.reason("clientId", "sync.clientId.required", locale));
        }
        if (change.type() == null || !SyncProtocol.TYPES.contains(change.type())) {
            envelope.add(answers.reason("type", "sync.type.invalid", locale));
        }
        if (change.payload() == null || !change.payload().isObject()) {
            envelope.add(answers.reason("payload", "sync.payload.required", locale));
        }
        return envelope;
    }

    /** A change whose envelope is sound: its record made (or found made before) under a savepoint of its own. */
    private SyncProtocol.Result one(
            SyncProtocol.Change change,
            String user,
            Locale locale,
            FieldRecording.Lookups lookups,
            UUID plannedId,
            Claimed claimed,
            boolean savepoints) {
        ClientIds.Seen before = claimed.seen().get(change.clientId());
        if (before != null) {
            return seen(change, before, user, locale);
        }
        // claimed by this batch for this record: given up again unless the record is made
        boolean claimedNow = claimed.now().remove(change.clientId());
        SyncProtocol.Result result = applied(change, user, locale, lookups, plannedId, claimedNow, savepoints);
        if (claimedNow && !SyncProtocol.CREATED.equals(result.outcome())) {
            clientIds.release(change.clientId());
        }
        return result;
    }

    private SyncProtocol.Result applied(
            SyncProtocol.Change change,
            String user,
            Locale locale,
            FieldRecording.Lookups lookups,
            UUID plannedId,
            boolean claimedNow,
            boolean savepoints) {
        if (!savepoints) {
            // the first try: no savepoint; anything but a record made takes the batch again, with savepoints
            try {
                return apply(change, user, locale, lookups, plannedId, claimedNow);
            } catch (RuntimeException e) {
                if (Transience.connectionLost(e)) {
                    throw e;
                }
                throw new SavepointsNeeded(e);
            }
        }
        try {
            return recordSavepoint.execute(status -> apply(change, user, locale, lookups, plannedId, claimedNow));
        } catch (RuntimeException e) {
            return answers.notMade(change, e, locale);
        }
    }

    private SyncProtocol.Result apply(
            SyncProtocol.Change change,
            String user,
            Locale locale,
            FieldRecording.Lookups lookups,
            UUID plannedId,
            boolean claimedNow) {
        if (!claimedNow) {
            Optional<ClientIds.Seen> seen = clientIds.claim(change.clientId(), user, change.type(), plannedId);
            if (seen.isPresent()) {
                return seen(change, seen.get(), user, locale);
            }
        }
        ChangeApplying.Applied applied = applying.apply(change, lookups, plannedId);
        if (!applied.serverId().equals(plannedId)) {
            clientIds.made(change.clientId(), applied.serverId());
        }
        return SyncProtocol.Result.created(change.clientId(), applied.serverId(), applied.server());
    }

    /** A change whose client id was claimed before: by this user, the record it made; by another, refused. */
    private SyncProtocol.Result seen(SyncProtocol.Change change, ClientIds.Seen seen, String user, Locale locale) {
        if (!seen.username().equals(user)) {
            return SyncProtocol.Result.rejected(
                    change.clientId(), List.of(answers.reason("clientId", "sync.clientId.taken", locale)));
        }
        return SyncProtocol.Result.alreadyHad(change.clientId(), seen.serverId());
    }
}
