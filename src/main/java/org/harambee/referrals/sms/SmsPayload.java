package org.harambee.referrals.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.harambee.system.Inputs;
import tools.jackson.databind.JsonNode;

/**
 * A RapidPro flow webhook body. The current flow editor's default is {@code contact{uuid,name,urn}},
 * {@code flow{uuid,name}} and {@code results{key: {value, category}}}; older flows (and bodies written by hand) also
 * carry {@code run}, {@code input}, {@code path} and {@code channel}, and results with their {@code input} (the raw
 * message text) and {@code created_on}. Harambee reads these flow results: {@code community} (the community's id,
 * saved as a result from a contact field; {@code contact.fields.community} is read too when the body carries it),
 * {@code facilitator} (a username, optional), {@code category}, {@code priority}, {@code age_band}, {@code sex},
 * {@code disability}, {@code reason} and {@code child_name}: for choices the category where the flow categorised the
 * answer, for free text the raw message text when the body carries it, the value otherwise.
 */
record SmsPayload(JsonNode root) {

    /**
     * What makes a payload the same one again: the run's uuid, or the message's; without either (the default body),
     * {@code sha256:} and a digest of the flow's uuid, the contact's uuid and every result as sent (key, value,
     * category, and {@code created_on} when present). The same answers from the same contact in the same flow are thus
     * one concern, however often the webhook is called.
     */
    Optional<String> idempotencyKey() {
        Optional<String> given = text(root.path("run").path("uuid"))
                .or(() -> text(root.path("input").path("uuid")));
        if (given.isPresent()) {
            return given.map(k -> k.length() > 100 ? k.substring(0, 100) : k);
        }
        Optional<String> flow = text(root.path("flow").path("uuid"));
        Optional<String> contact = text(root.path("contact").path("uuid"));
        if (flow.isEmpty() || contact.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder();
        canonical
                .append("flow\u0000")
                .append(flow.get())
                .append("\u0000contact\u0000")
                .append(contact.get());
        TreeMap<String, JsonNode> results = new TreeMap<>();
        for (var entry : root.path("results").properties()) {
            results.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
        }
        results.forEach((key, result) -> {
            canonical.append("\u0000").append(key);
            for (String field : List.of("value", "category", "created_on")) {
                canonical.append("\u0000").append(text(result.path(field)).orElse(""));
            }
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return Optional.of("sha256:" + HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Free text: the raw message text of the result when the body carries it ({@code input}), else its value. */
    Optional<String> text(String key) {
        JsonNode r = resultNode(key);
        return r == null ? Optional.empty() : text(r.path("input")).or(() -> text(r.path("value")));
    }

    private JsonNode resultNode(String key) {
        for (var entry : root.path("results").properties()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
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
        return result("community")
                .or(() -> text(root.path("contact").path("fields").path("community")))
                .map(Inputs::uuid);
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
