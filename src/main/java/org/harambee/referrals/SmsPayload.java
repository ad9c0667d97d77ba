package org.harambee.referrals;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A RapidPro flow webhook body (the "Call Webhook" action's default: contact, flow, path, results, run, input,
 * channel). Harambee reads the run's uuid (or the message's) as the idempotency key, and these flow results:
 * {@code community} (the community's id, kept in a contact field), {@code facilitator} (a username, optional),
 * {@code category}, {@code priority}, {@code age_band}, {@code sex}, {@code disability}, {@code reason} and
 * {@code child_name}. Each result's value, or its category where the flow categorised the answer.
 */
record SmsPayload(JsonNode root) {

    /** The run's uuid, or the message's when the webhook was called outside a run. */
    Optional<String> idempotencyKey() {
        return text(root.path("run").path("uuid"))
                .or(() -> text(root.path("input").path("uuid")))
                .map(k -> k.length() > 100 ? k.substring(0, 100) : k);
    }

    Optional<String> result(String key) {
        JsonNode results = root.path("results");
        for (var entry : results.properties()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                JsonNode r = entry.getValue();
                return text(r.path("value")).or(() -> text(r.path("category")));
            }
        }
        return Optional.empty();
    }

    /** A result as the name of an enum constant: "Family tracing" → FAMILY_TRACING; the category as a fallback. */
    Optional<String> choice(String key) {
        JsonNode results = root.path("results");
        for (var entry : results.properties()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return text(entry.getValue().path("category"))
                        .filter(c -> !c.equalsIgnoreCase("other"))
                        .or(() -> text(entry.getValue().path("value")))
                        .map(v -> v.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
            }
        }
        return Optional.empty();
    }

    Optional<UUID> community() {
        return result("community").map(ReferralRules::uuid);
    }

    Optional<String> contactUrn() {
        return text(root.path("contact").path("urn"));
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        String s = node.asString();
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
