package org.harambee.sync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.harambee.system.InvalidInputException;

/**
 * Where a phone's down-sync stands: the server time of its last answer, a fingerprint of the service points it holds
 * and the language of its lists. Opaque to the phone; a cursor that does not parse is refused as bad input.
 */
record Cursor(Instant at, String servicePoints, String language) {

    private static final String VERSION = "c1";

    String encode() {
        String plain = VERSION + "|" + at.toEpochMilli() + "|" + servicePoints + "|" + language;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or null for none (a first call: the full snapshot). */
    static Cursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2], parts[3]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("cursor", "sync.cursor.invalid")));
        }
    }
}
