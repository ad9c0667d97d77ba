package org.harambee.geography.picking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The fields of a record's form while its user picks a place without JavaScript: kept in the session under a random
 * key (at most {@value #KEPT} forms a session), so that what was typed (names, phone numbers) and the CSRF token never
 * travel in an address, a log line or a {@code Referer}. The links back carry {@code _carry=<key>} only.
 */
final class KeptFields {

    static final String CARRY = "_carry";
    private static final String ATTRIBUTE = "harambee.picker.kept";
    private static final int KEPT = 5;

    private KeptFields() {}

    /**
     * Keeps the form's own fields in the session and answers what the picker needs: its own parameters, the picker's
     * field as typed and the key of the rest.
     */
    static MultiValueMap<String, String> keep(MultiValueMap<String, String> params, HttpSession session) {
        String field = params.getFirst("_pick");
        MultiValueMap<String, String> picker = new LinkedMultiValueMap<>();
        LinkedHashMap<String, ArrayList<String>> form = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            String name = e.getKey();
            if (name.equals("_csrf") || name.equals(CARRY)) {
                continue;
            }
            if (name.startsWith("_") || name.equals("q") || name.equals(field)) {
                picker.put(name, e.getValue());
            } else {
                form.put(name, new ArrayList<>(e.getValue()));
            }
        }
        String key = UUID.randomUUID().toString();
        LinkedHashMap<String, LinkedHashMap<String, ArrayList<String>>> kept = kept(session);
        kept.put(key, form);
        for (Iterator<String> oldest = kept.keySet().iterator(); kept.size() > KEPT; ) {
            oldest.next();
            oldest.remove();
        }
        session.setAttribute(ATTRIBUTE, kept);
        picker.add(CARRY, key);
        return picker;
    }

    /** The fields kept for the key the address carries, or none. */
    static Map<String, List<String>> of(HttpServletRequest request) {
        String key = request.getParameter(CARRY);
        HttpSession session = request.getSession(false);
        if (key == null || session == null) {
            return Map.of();
        }
        Map<String, ArrayList<String>> form = kept(session).get(key);
        return form == null ? Map.of() : Collections.unmodifiableMap(form);
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, LinkedHashMap<String, ArrayList<String>>> kept(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof LinkedHashMap<?, ?> map
                ? (LinkedHashMap<String, LinkedHashMap<String, ArrayList<String>>>) map
                : new LinkedHashMap<>();
    }
}
