package org.harambee.system;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a search box asks for: its words, folded as stored names are folded (compatibility forms unified, combining
 * marks dropped, lower case), so that "Réseau" and "reseau", or a Devanagari name typed with or without its vowel
 * signs, find the same record. A record matches when each word starts a word of its name: the owning module keeps
 * the folded words of the name in a {@code search_words} column ({@link #words}) and asks {@link #matchAll}.
 */
public record SearchTerms(String text, List<String> words) {

    /** Fewer characters than this find too much to be of use. */
    public static final int MIN_LENGTH = 2;

    public static final int MAX_LENGTH = 100;

    /** Words beyond this many are ignored. */
    public static final int MAX_WORDS = 6;

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    /** Letters, digits and spacing marks (Devanagari vowel signs) make words; anything else separates them. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    public SearchTerms {
        words = List.copyOf(words);
    }

    /** The query checked: 400 (a problem on field {@code q}) when it is empty, too short or too long. */
    public static SearchTerms of(String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_LENGTH) {
            throw refused("search.q.tooLong", MAX_LENGTH);
        }
        Set<String> words = new LinkedHashSet<>(split(text));
        if (String.join("", words).length() < MIN_LENGTH) {
            throw refused("search.q.tooShort", MIN_LENGTH);
        }
        return new SearchTerms(text, words.stream().limit(MAX_WORDS).toList());
    }

    /** A name folded for a search by its start. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The folded words of a name as a module stores them: each word preceded by a space, so that "the start of a word"
     * is "after a space" ({@code " kijiji cha amani"}); null for no name.
     */
    public static String words(String... names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (name != null) {
                split(name).forEach(w -> out.append(' ').append(w));
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /**
     * An SQL condition that holds when every word starts a word of {@code column} (stored by {@link #words}), its
     * parameters added under names starting with {@code name}.
     */
    public String matchAll(String column, String name, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            params.put(name + i, "% " + escaped(words.get(i)) + "%");
            clauses.add(column + " like :" + name + i + " escape '\\'");
        }
        return "(" + String.join(" and ", clauses) + ")";
    }

    /** True when every word starts a word of {@code names}, for records matched in memory. */
    public boolean matches(String... names) {
        String stored = words(names);
        return stored != null && words.stream().allMatch(w -> stored.contains(" " + w));
    }

    /**
     * Stores the words of rows written before their table had a {@code search_words} column, a few hundred at a time:
     * {@code select} reads (id, name) of rows without words, at most {@code :limit}; {@code update} sets the words
     * (first parameter) of one id (second). Each module calls it with the SQL of its own table.
     */
    public static int fillMissing(JdbcClient jdbc, String select, String update) {
        int filled = 0;
        while (true) {
            List<Object[]> rows = jdbc.sql(select)
                    .param("limit", 500)
                    .query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2)})
                    .list();
            for (Object[] row : rows) {
                String words = words((String) row[1]);
                jdbc.sql(update).params(words == null ? " " : words, row[0]).update();
            }
            filled += rows.size();
            if (rows.size() < 500) {
                return filled;
            }
        }
    }

    /**
     * One page of hits: {@code select} names {@code id} and {@code label}, {@code fromWhere} the module's own table and
     * conditions (" from community c where …"); each hit links to {@code href} followed by its id.
     */
    public static ResultPage<SearchHit> page(
            JdbcClient jdbc,
            String select,
            String fromWhere,
            String order,
            Map<String, Object> params,
            int page,
            int size,
            String href) {
        int pageSize = ResultPage.size(size);
        int from = Math.max(page, 0);
        List<SearchHit> items = jdbc.sql(select + fromWhere + " order by " + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", pageSize)
                .param("offset", (long) from * pageSize)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new SearchHit(id, rs.getString("label"), href + id);
                })
                .list();
        long total = items.size() < pageSize && (from == 0 || !items.isEmpty())
                ? (long) from * pageSize + items.size()
                : jdbc.sql("select count(*)" + fromWhere)
                        .params(params)
                        .query(Long.class)
                        .single();
        return new ResultPage<>(items, from, pageSize, total);
    }

    private static List<String> split(String text) {
        return SEPARATORS.splitAsStream(fold(text)).filter(w -> !w.isEmpty()).toList();
    }

    private static String escaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static InvalidInputException refused(String key, int length) {
        return new InvalidInputException(List.of(new FieldProblem("q", key, length)));
    }
}
