package org.harambee.search;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many synthetic communities for the search index's test and bench (PostgreSQL only: written by one SQL statement),
 * spread over four villages of Quzland. Each name is two words of syllables, "Kamani Tolu": the first of 8,000 words
 * (each on about one community in 8,000 of them), the second of 400; their search words are stored as the module
 * stores them (the names are plain ASCII, so folding is lower case).
 */
final class ManyCommunities {

    /** A first word that names communities 1, 8001, 16001…: about {@code count / 8000} of them. */
    static final String RARE = "nikaka";

    /** The start of a word of about one community in ten (a first word in twenty, a second word in twenty). */
    static final String COMMON = "ma";

    private static final String SYLLABLES =
            "array['ka','ni','ma','to','lu','be','si','ra','do','we','fa','gu','ho','ji','ke','lo','mu','na','pe','zu']";

    private ManyCommunities() {}

    /** Adds communities numbered {@code from + 1} to {@code from + count}, then updates the planner's statistics. */
    static void add(JdbcClient jdbc, int from, int count) {
        jdbc.sql("insert into community (id, name, search_name, search_words, unit_id, unit_path, origin, created_by,"
                        + " created_at, updated_at)"
                        + " select gen_random_uuid(), n.name, lower(n.name) || ' ' || g, ' ' || lower(n.name), u.id,"
                        + " u.path, 'AGENCY_INITIATED', 'bench', now(), now()"
                        + " from generate_series(:from, :to) g"
                        + " cross join lateral (select initcap(s[1 + g % 20] || s[1 + (g / 20) % 20]"
                        + " || s[1 + (g / 400) % 20]) || ' ' || initcap(s[1 + (g / 7) % 20] || s[1 + (g / 3) % 20])"
                        + " as name from (select " + SYLLABLES + " as s) syllables) n"
                        + " join geo_unit u on u.pcode = case g % 4 when 0 then 'QZ010101' when 1 then 'QZ010102'"
                        + " when 2 then 'QZ010201' else 'QZ020101' end")
                .param("from", from + 1)
                .param("to", from + count)
                .update();
        jdbc.sql("analyze community").update();
    }
}
