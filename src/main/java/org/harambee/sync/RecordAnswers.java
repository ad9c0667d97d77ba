package org.harambee.sync;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.harambee.communities.PhaseConflictException;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.system.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;

/**
 * What the phone is told of a change that was not made, in its language: refused (input, scope, a malformed value),
 * a conflict with what the server holds, or "try again" (a lost race, or a failure nobody foresaw, logged). A lost
 * connection is not a record's answer: it is thrown on, and the whole call is answered 503.
 */
@Component
class RecordAnswers {

    private static final Logger log = LoggerFactory.getLogger(RecordAnswers.class);

    private final MessageSource messages;
    private final long retryAfterMaxSeconds;

    RecordAnswers(MessageSource messages, @Value("${harambee.capacity.retry-after-max:5s}") Duration retryAfterMax) {
        this.messages = messages;
        this.retryAfterMaxSeconds = Math.max(1, retryAfterMax.toSeconds());
    }

    /** The answer for a change whose record threw {@code e} and was rolled back to its savepoint. */
    SyncProtocol.Result notMade(SyncProtocol.Change change, RuntimeException e, Locale locale) {
        if (e instanceof InvalidInputException invalid) {
            return SyncProtocol.Result.rejected(
                    change.clientId(),
                    invalid.problems().stream()
                            .map(p -> new SyncProtocol.Reason(
                                    p.field(), messages.getMessage(p.key(), p.args(), p.key(), locale)))
                            .toList());
        }
        if (e instanceof PhaseConflictException conflict) {
            Map<String, Object> server = new LinkedHashMap<>();
            server.put("communityId", conflict.communityId());
            server.put("version", conflict.version());
            server.put("phase", conflict.phase());
            server.put("enteredOn", conflict.enteredOn());
            return SyncProtocol.Result.conflict(change.clientId(), server, change.payload());
        }
        if (e instanceof ReferralConflictException conflict) {
            return SyncProtocol.Result.conflict(
                    change.clientId(), Map.of("detail", detail(conflict, locale)), change.payload());
        }
        if (e instanceof AccessDeniedException) {
            return SyncProtocol.Result.rejected(
                    change.clientId(), List.of(reason(null, "sync.rejected.scope", locale)));
        }
        if (e instanceof ErrorResponseException refused) {
            return SyncProtocol.Result.rejected(
                    change.clientId(), List.of(new SyncProtocol.Reason(null, detail(refused, locale))));
        }
        if (e instanceof JacksonException malformed) {
            String field = malformed.getPath().isEmpty()
                    ? "payload"
                    : malformed.getPath().get(malformed.getPath().size() - 1).getPropertyName();
            return SyncProtocol.Result.rejected(
                    change.clientId(), List.of(reason(field, "sync.payload.badValue", locale)));
        }
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

    /** Spread between 1 s and the capacity's longest Retry-After, so that phones told to wait do not return at once. */
    long retryAfterSeconds() {
        return ThreadLocalRandom.current().nextLong(1, retryAfterMaxSeconds + 1);
    }

    SyncProtocol.Reason reason(String field, String key, Locale locale) {
        return new SyncProtocol.Reason(field, messages.getMessage(key, null, locale));
    }

    private String detail(ErrorResponse e, Locale locale) {
        String detail = e.updateAndGetBody(messages, locale).getDetail();
        return detail == null ? messages.getMessage("sync.rejected.unexpected", null, locale) : detail;
    }
}
