package org.harambee.geography.picking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * What a form asked the picker: which field ({@code _pick}, or {@code field} from htmx), the text typed in it (the last
 * word where the field holds several P-codes), the permission the form needs, and the page to return to.
 */
public record PickRequest(
        String field,
        String target,
        String typed,
        String kept,
        boolean multiple,
        String need,
        String back,
        List<String[]> params) {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\[\\]]{0,79}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    static PickRequest of(MultiValueMap<String, String> params) {
        String field = first(params, "_pick", first(params, "field", "unit"));
        if (!FIELD.matcher(field).matches()) {
            field = "unit";
        }
        String target = first(params, "id", field);
        if (!FIELD.matcher(target).matches()) {
            target = field;
        }
        boolean multiple = "true".equals(first(params, "_many_" + field, first(params, "multiple", "")));
        String value = first(params, "q", first(params, field, ""));
        String typed = value.strip();
        String kept = "";
        if (multiple) {
            String[] words = SEPARATORS.split(value.strip());
            boolean ended = !value.isEmpty()
                    && SEPARATORS.matcher(value.substring(value.length() - 1)).matches();
            typed = ended || words.length == 0 ? "" : words[words.length - 1];
            kept = ended
                    ? value.strip()
                    : value.strip().substring(0, value.strip().length() - typed.length());
            kept = kept.replaceAll("[,;\\s]+$", "");
        }
        if (params.containsKey("q")) {
            // the refined search on the picker's own page replaces the word being typed
            typed = params.getFirst("q").strip();
            kept = first(params, "_kept", "");
        }
        String need = first(params, "_need_" + field, first(params, "need", null));
        List<String[]> carried = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!isPickerParam(e.getKey()) && !e.getKey().equals(field)) {
                e.getValue().forEach(v -> carried.add(new String[] {e.getKey(), v}));
            }
        }
        return new PickRequest(
                field, target, typed, kept, multiple, need, localPath(first(params, "_back", "/")), carried);
    }

    /** The fields of the form to send again from the picker page (its search and its links). */
    public List<String[]> carried() {
        return params;
    }

    /**
     * The form's address with every field as typed and the picked P-code in the picker's field; with none picked, the
     * field as it was typed.
     */
    public String returnTo(String pcode) {
        StringBuilder url = new StringBuilder(back);
        char sep = back.contains("?") ? '&' : '?';
        String picked = pcode == null ? typed : pcode;
        String value = multiple && !kept.isEmpty() ? kept + ", " + picked : picked;
        url.append(sep).append(enc(field)).append('=').append(enc(value));
        url.append("&_picked=").append(enc(field));
        for (String[] p : params) {
            url.append('&').append(enc(p[0])).append('=').append(enc(p[1]));
        }
        return url.toString();
    }

    private static boolean isPickerParam(String name) {
        return name.equals("_csrf")
                || name.equals("_pick")
                || name.equals("_back")
                || name.equals("_picked")
                || name.equals("_kept")
                || name.equals("q")
                || name.equals("page")
                || name.equals("field")
                || name.equals("id")
                || name.equals("multiple")
                || name.equals("need");
    }

    /** Only a path of this site: never a redirect elsewhere. */
    private static String localPath(String back) {
        return back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
    }

    private static String first(MultiValueMap<String, String> params, String name, String otherwise) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
