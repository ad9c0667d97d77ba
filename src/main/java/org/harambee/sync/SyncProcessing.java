package org.harambee.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.harambee.communities.PhaseConflictException;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.system.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponse;
import tools.jackson.core.JacksonException;

/**
 * Takes a batch of changes made offline: each in its own transaction, so that one refused record loses none of the
 * others. The client id is claimed in the transaction that creates the record, so a record is created once however
 * often (and however concurrently) its change is replayed; a refused or conflicting change leaves nothing behind.
 */
@Service
class SyncProcessing {

    private static final Logger log = LoggerFactory.getLogger(SyncProcessing.class);

    private final ClientIds clientIds;
    private final ChangeApplying applying;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    SyncProcessing(
            ClientIds clientIds, ChangeApplying applying, MessageSource messages, PlatformTransactionManager tm) {
        this.clientIds = clientIds;
        this.applying = applying;
        this.messages = messages;
        this.transactions = new TransactionTemplate(tm);
    }

    /** The results, one per change, in order; throws {@link InvalidInputException} for a batch too large. */
    SyncProtocol.Answer process(SyncProtocol.Batch batch, Locale locale) {
        List<SyncProtocol.Change> changes = batch == null || batch.changes() == null ? List.of() : batch.changes();
        if (changes.size() > SyncProtocol.MAX_BATCH) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.FieldProblem("changes", "sync.batch.tooLarge", SyncProtocol.MAX_BATCH)));
        }
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        List<SyncProtocol.Result> results = new ArrayList<>(changes.size());
        for (SyncProtocol.Change change : changes) {
            results.add(one(change, user, locale));
        }
        return new SyncProtocol.Answer(results);
    }

    private SyncProtocol.Result one(SyncProtocol.Change change, String user, Locale locale) {
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
            return transactions.execute(status -> apply(change, user, locale));
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
            log.error("Unexpected failure applying a {} change", change.type(), e);
            return SyncProtocol.Result.rejected(
                    change.clientId(), List.of(reason(null, "sync.rejected.unexpected", locale)));
        }
    }

    private SyncProtocol.Result apply(SyncProtocol.Change change, String user, Locale locale) {
        Optional<ClientIds.Seen> seen = clientIds.claim(change.clientId(), user, change.type());
        if (seen.isPresent()) {
            if (!seen.get().username().equals(user)) {
                return SyncProtocol.Result.rejected(
                        change.clientId(), List.of(reason("clientId", "sync.clientId.taken", locale)));
            }
            return SyncProtocol.Result.alreadyHad(change.clientId(), seen.get().serverId());
        }
        ChangeApplying.Applied applied = applying.apply(change);
        clientIds.made(change.clientId(), applied.serverId());
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
