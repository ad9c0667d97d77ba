package org.harambee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to the module whose Flyway migration creates it ({@code V<n>__<module>_<change>.sql}), and only
 * that module names it in SQL: in the string literals of its main code and in its own migrations. Other modules go
 * through the owner's API. The insights rebuild, which recomputes the figures from the source tables, is the one
 * exception (docs/insights.md).
 */
class TableOwnershipTests {

    private static final Path JAVA = Path.of("src/main/java/org/harambee");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** The classes allowed to read other modules' tables, by path below {@code org/harambee}. */
    static final Set<String> EXCEPTIONS = Set.of(
            "insights/facts/Rebuild.java",
            "insights/facts/CommunityMonthsRebuild.java",
            "insights/facts/LinkageRebuild.java",
            "insights/facts/PartnerRebuild.java",
            "insights/facts/UnitsRebuild.java");

    /**
     * The migrations allowed to read other modules' tables: V160 hands the names a community kept as text to the
     * register of facilitators (decision 0032), once.
     */
    static final Set<String> MIGRATION_EXCEPTIONS = Set.of("V160__capacity_facilitators_from_communities.sql");

    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);
    /** A name where SQL expects a table. */
    private static final Pattern TABLE_POSITION = Pattern.compile(
            "\\b(?:from|join|into|update|references|table|exists)\\s+([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern STRING_LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"", Pattern.DOTALL);
    private static final Pattern SQL_COMMENT = Pattern.compile("--.*");
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$|^\\s*\\*.*$");

    @Test
    void noModuleNamesAnotherModulesTables() {
        Map<String, String> owners = owners();
        List<String> crossings = new ArrayList<>();
        for (String module : modules()) {
            for (Path file : javaFiles(JAVA.resolve(module))) {
                String name = JAVA.relativize(file).toString().replace('\\', '/');
                if (!EXCEPTIONS.contains(name)) {
                    foreignTables(module, literals(read(file)), owners).forEach(t -> crossings.add(name + ": " + t));
                }
            }
            for (Path file : migrations(module)) {
                if (MIGRATION_EXCEPTIONS.contains(file.getFileName().toString())) {
                    continue;
                }
                foreignTables(module, SQL_COMMENT.matcher(read(file)).replaceAll(""), owners)
                        .forEach(t -> crossings.add(file.getFileName() + ": " + t));
            }
        }
        assertThat(crossings).as("SQL naming another module's table").isEmpty();
    }

    @Test
    void everyExceptionStillReadsAnotherModulesTables() {
        Map<String, String> owners = owners();
        for (String name : EXCEPTIONS) {
            Path file = JAVA.resolve(name);
            assertThat(file).exists();
            String module = name.substring(0, name.indexOf('/'));
            assertThat(foreignTables(module, literals(read(file)), owners))
                    .as("%s is listed as an exception but names no other module's table", name)
                    .isNotEmpty();
        }
        for (String name : MIGRATION_EXCEPTIONS) {
            String module = name.replaceFirst("V\\d+__([a-z]+)_.*", "$1");
            assertThat(foreignTables(
                            module,
                            SQL_COMMENT.matcher(read(MIGRATIONS.resolve(name))).replaceAll(""),
                            owners))
                    .as("%s is listed as an exception but names no other module's table", name)
                    .isNotEmpty();
        }
    }

    @Test
    void findsATableOfAnotherModuleButNotItsColumns() {
        Map<String, String> owners = owners();
        String java = """
                String a = "select u.id, community_id from geo_unit u left join geo_unit_name n on n.unit_id = u.id";
                // "select * from referral"
                String b = \"""
                    insert into community (id) values (:id)
                    \""";
                """;
        assertThat(foreignTables("insights", literals(java), owners))
                .containsExactly("community (communities)", "geo_unit (geography)", "geo_unit_name (geography)");
        assertThat(foreignTables("geography", literals(java), owners)).containsExactly("community (communities)");
    }

    /** Table name to owning module, from the migrations that create the tables. */
    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        for (Path file : list(MIGRATIONS)) {
            Matcher name = MIGRATION.matcher(file.getFileName().toString());
            if (name.matches()) {
                Matcher create = CREATE_TABLE.matcher(read(file));
                while (create.find()) {
                    owners.put(create.group(1).toLowerCase(Locale.ROOT), name.group(1));
                }
            }
        }
        assertThat(owners).containsEntry("geo_unit", "geography").containsEntry("referral", "referrals");
        return owners;
    }

    static Set<String> foreignTables(String module, String sql, Map<String, String> owners) {
        Set<String> found = new TreeSet<>();
        Matcher m = TABLE_POSITION.matcher(sql);
        while (m.find()) {
            String table = m.group(1).toLowerCase(Locale.ROOT);
            String owner = owners.get(table);
            if (owner != null && !owner.equals(module)) {
                found.add(table + " (" + owner + ")");
            }
        }
        return found;
    }

    /** The string literals of a Java source, text blocks included, comments left out, one per line. */
    static String literals(String source) {
        StringBuilder out = new StringBuilder();
        Matcher m = STRING_LITERAL.matcher(LINE_COMMENT.matcher(source).replaceAll(""));
        while (m.find()) {
            out.append(m.group(1) != null ? m.group(1) : m.group(2)).append('\n');
        }
        return out.toString();
    }

    private static List<String> modules() {
        return list(JAVA).stream()
                .filter(Files::isDirectory)
                .map(p -> p.getFileName().toString())
                .sorted()
                .toList();
    }

    private static List<Path> migrations(String module) {
        return list(MIGRATIONS).stream()
                .filter(p -> p.getFileName().toString().matches("V\\d+__" + module + "_.*\\.sql"))
                .toList();
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
