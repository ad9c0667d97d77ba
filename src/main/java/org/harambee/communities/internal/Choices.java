package org.harambee.communities.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists a deployment may extend (table {@code community_choice}): meeting types and harms, each entry with a code
 * and names in English, French and Swahili.
 */
@Repository
public class Choices {

    public static final String MEETING_TYPE = "MEETING_TYPE";
    public static final String HARM = "HARM";

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "sw");

    /** An entry of a list, named in the reader's language. */
    public record Choice(String code, String name) {}

    private final JdbcClient jdbc;

    Choices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active entries of a list, in their order, for forms. */
    public List<Choice> active(String list, String language) {
        return jdbc.sql("select code, " + column(language) + " from community_choice where list = ? and active = true"
                        + " order by position, code")
                .param(list)
                .query((rs, i) -> new Choice(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Every entry's name by code, inactive ones too, for showing what was recorded with them. */
    public Map<String, String> names(String list, String language) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select code, " + column(language) + " from community_choice where list = ? order by position, code")
                .param(list)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** The codes of a list's active entries, for checking many records against the list with one read. */
    public Set<String> activeCodes(String list) {
        return Set.copyOf(jdbc.sql("select code from community_choice where list = ? and active = true")
                .param(list)
                .query(String.class)
                .list());
    }

    public boolean isActive(String list, String code) {
        return code != null
                && jdbc.sql("select count(*) from community_choice where list = ? and code = ? and active = true")
                                .params(list, code)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    private static String column(String language) {
        return "name_" + (LANGUAGES.contains(language) ? language : "en");
    }
}
