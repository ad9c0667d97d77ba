package org.harambee.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.harambee.communities.FieldRecording;
import org.harambee.communities.PhaseConflictException;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.system.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponse;
import tools.jackson.core.JacksonException;

/**
 * Takes a batch of changes made offline in one transaction, each change under a savepoint of its own: a refused
 * record (input, scope, conflict) or one that lost a race (serialization failure, deadlock, lock timeout) is rolled
 * back to its savepoint and loses none of the others. What the records look up is read once for the batch. The client
 * id is claimed under the record's savepoint, so a record is created once however often (and however concurrently)
 * its change is replayed; a refused, conflicting or retried change leaves nothing behind. When the batch's connection
 * or transaction is lost, nothing of it was taken: the whole call is answered 503 with {@code Retry-After}.
 */
@Service
class SyncProcessing {

    private static final Logger log = LoggerFactory.getLogger(SyncProcessing.class);

    private final ClientIds clientIds;
    private final ChangeApplying applying;
    private final MessageSource messages;
    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate recordSavepoint;
    private final long retryAfterMaxSeconds;

    SyncProcessing(
            ClientIds clientIds,
            ChangeApplying applying,
            MessageSource messages,
            PlatformTransactionManager tm,
            @Value("${harambee.capacity.retry-after-max:5s}") Duration retryAfterMax) {
        this.clientIds = clientIds;
        this.applying = applying;
        this.messages = messages;
        this.batchTransaction = new TransactionTemplate(tm);
        this.recordSavepoint = new TransactionTemplate(tm);
        this.recordSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.retryAfterMaxSeconds = Math.max(1, retryAfterMax.toSeconds());
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
            return batchTransaction.execute(status -> {
                FieldRecording.Lookups lookups = applying.lookups(changes);
                List<SyncProtocol.Result> results = new ArrayList<>(changes.size());
                Long retryAfter = null;
                for (SyncProtocol.Change change : changes) {
                    SyncProtocol.Result result = one(change, user, locale, lookups);
                    results.add(result);
                    if (result.retryAfter() != null) {
                        retryAfter =
                                retryAfter == null ? result.retryAfter() : Math.max(retryAfter, result.retryAfter());
                    }
                }
                return new SyncProtocol.Answer(results, retryAfter);
            });
        } catch (RuntimeException e) {
            if (Transience.isTransient(e)) {
                log.warn("Sync batch of {} changes not taken, try again: {}", changes.size(), Transience.summary(e));
                throw new SyncUnavailableException(retryAfterSeconds(), e);
            }
            throw e;
        }
    }

    private SyncProtocol.Result one(
            SyncProtocol.Change change, String user, Locale locale, FieldRecording.Lookups lookups) {
        if (change == null) {
            return SyncProtocol.Result.rejected(null, List.of(reason(null, "sync.change.missing", locale)));
        }
        List<SyncProtocol.Reason> envelope = new ArrayList<>();
        if (change.clientId() == null) {
            envelope.add(reason("clientId", "sync.clientId.required", locale));
        }
        if (change.type() == null || !SyncProtocol.TYPES.contains(change.type())) {
            envelope.add(reason("type", "sync.type.invalid", locale));
        }
        if (change.payload() == null || !change.payload().isObject()) {
            envelope.add(reason("payload", "sync.payload.required", locale));
        }
        if (!envelope.isEmpty()) {
            return SyncProtocol.Result.rejected(change.clientId(), envelope);
        }
        try {
            return recordSavepoint.execute(status -> apply(change, user, locale, lookups));
        } catch (InvalidInputException e) {
            return SyncProtocol.Result.rejected(
                    change.clientId(),
                    e.problems().stream()
                            .map(p -> new SyncProtocol.Reason(
                                    p.field(), messages.getMessage(p.key(), p.args(), p.key(), locale)))
                            .toList());
        } catch (PhaseConflictException e) {
            Map<String, Object> server = new LinkedHashMap<>();
            server.put("communityId", e.communityId());
            server.put("version", e.version());
            server.put("phase", e.phase());
            server.put("enteredOn", e.enteredOn());
            return SyncProtocol.Result.conflict(change.clientId(), server, change.payload());
        } catch (ReferralConflictException e) {
            return SyncProtocol.Result.conflict(
                    change.clientId(), Map.of("detail", detail(e, locale)), change.payload());
        } catch (AccessDeniedException e) {
            return SyncProtocol.Result.rejected(
                    change.clientId(), List.of(reason(null, "sync.rejected.scope", locale)));
        } catch (org.springframework.web.ErrorResponseException e) {
            return SyncProtocol.Result.rejected(
                    change.clientId(), List.of(new SyncProtocol.Reason(null, detail(e, locale))));
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty()
                    ? "payload"
                    : e.getPath().get(e.getPath().size() - 1).getPropertyName();
            return SyncProtocol.Result.rejected(
                    change.clientId(), List.of(reason(field, "sync.payload.badValue", locale)));
        } catch (RuntimeException e) {
            if (Transience.connectionLost(e)) {
                throw e; // the batch's transaction is gone with its connection: nothing of the batch was taken
            }
            if (Transience.isTransient(e)) {
                log.info("A {} change not taken for now, try again: {}", change.type(), Transience.summary(e));
            } else {
                log.error("Unexpected failure applying a {} change; answered retry", change.type(), e);
            }
            return SyncProtocol.Result.retry(change.clientId(), retryAfterSeconds());
        }
    }

    /** Spread between 1 s and the capacity's longest Retry-After, so that phones told to wait do not return at once. */
    private long retryAfterSeconds() {
        return ThreadLocalRandom.current().nextLong(1, retryAfterMaxSeconds + 1);
    }

    private SyncProtocol.Result apply(
            SyncProtocol.Change change, String user, Locale locale, FieldRecording.Lookups lookups) {
        UUID plannedId = applying.plannedId(change);
        Optional<ClientIds.Seen> seen = clientIds.claim(change.clientId(), user, change.type(), plannedId);
        if (seen.isPresent()) {
            if (!seen.get().username().equals(user)) {
                return SyncProtocol.Result.rejected(
                        change.clientId(), List.of(reason("clientId", "sync.clientId.taken", locale)));
            }
            return SyncProtocol.Result.alreadyHad(change.clientId(), seen.get().serverId());
        }
        ChangeApplying.Applied applied = applying.apply(change, lookups, plannedId);
        if (!applied.serverId().equals(plannedId)) {
            clientIds.made(change.clientId(), applied.serverId());
        }
        return SyncProtocol.Result.created(change.clientId(), applied.serverId(), applied.server());
    }

    private String detail(ErrorResponse e, Locale locale) {
        String detail = e.updateAndGetBody(messages, locale).getDetail();
        return detail == null ? messages.getMessage("sync.rejected.unexpected", null, locale) : detail;
    }

    private SyncProtocol.Reason reason(String field, String key, Locale locale) {
        return new SyncProtocol.Reason(field, messages.getMessage(key, null, locale));
    }
}
