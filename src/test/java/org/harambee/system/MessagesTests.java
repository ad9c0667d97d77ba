package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message file speaks English, French and Swahili with the same keys; every key a template names exists; no
 * template shows text that does not come from a message file.
 */
class MessagesTests {

    /** The translated languages, as configured for the pages (harambee.languages); English is messages.properties. */
    private static final List<String> LANGUAGES = configuredLanguages();

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/import"})
    void everyLanguageHasExactlyTheEnglishKeys(String basename) throws IOException {
        Set<String> english = load(basename + ".properties").stringPropertyNames();
        assertThat(english).isNotEmpty();
        for (String language : LANGUAGES) {
            Properties translated = load(basename + "_" + language + ".properties");
            assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english);
            assertThat(translated.values())
                    .as(language)
                    .allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = key.matcher(Files.readString(template));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        StringBuilder sources = new StringBuilder();
        for (Path file : files(Path.of("src/main"))) {
            // fonts are binary; message files are what is checked
            if (!file.toString().endsWith(".properties") && !file.toString().endsWith(".ttf")) {
                sources.append(Files.readString(file));
            }
        }
        // the shared input checks name their problems under the prefix a module gives them
        Set<String> checked = new TreeSet<>();
        Matcher keyed = Pattern.compile("Inputs\\.keyed\\(\"([a-zA-Z]+)\"\\)").matcher(sources);
        while (keyed.find()) {
            String module = keyed.group(1);
            Inputs.PROBLEMS.forEach(problem -> checked.add(module + "." + problem));
        }
        checked.addAll(importKeys());
        Set<String> unused = new TreeSet<>();
        for (String key : load("messages.properties").stringPropertyNames()) {
            String prefix = key.substring(0, key.lastIndexOf('.') + 1);
            // a form bound to a record: the binder asks for typeMismatch.<field type> (DefaultMessageCodesResolver)
            boolean bound = key.startsWith("typeMismatch") && sources.toString().contains("BindingResult");
            if (!sources.toString().contains(key)
                    && !bound
                    && !checked.contains(key)
                    && !sources.toString().contains("'" + prefix + "'")) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    /**
     * The keys an import kind's page and template read by name (decision 0037): its introduction and the explanation
     * of each of its columns, from the kind ({@code KIND = "…"}) and the columns each {@code RecordImporter} declares.
     */
    private static Set<String> importKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern kind = Pattern.compile("static final String KIND = \"([a-z-]+)\"");
        Pattern column = Pattern.compile("ImportColumn\\.(?:required|optional)\\(\\s*\"([a-z_]+)\"");
        for (Path file : files(Path.of("src/main/java"))) {
            String source = Files.readString(file);
            Matcher named = kind.matcher(source);
            if (!source.contains("implements RecordImporter") || !named.find()) {
                continue;
            }
            keys.add("recordImports.kind." + named.group(1) + ".intro");
            Matcher columns = column.matcher(source);
            while (columns.find()) {
                keys.add("recordImports." + named.group(1) + "." + columns.group(1));
            }
        }
        return keys;
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path template : templates()) {
            for (String text : hardCodedText(Files.readString(template))) {
                found.add(TEMPLATES.relativize(template) + ": " + text);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsTextThatDoesNotComeFromAMessageFile() {
        assertThat(hardCodedText("""
                        <p>Refer a child</p>
                        <a href="#" title="Open the map">x</a>
                        <input name="q" placeholder="Search places">
                        <button aria-label="Close">×</button>
                        <img src="a.png" alt="Map of the district">
                        <input type="submit" value="Save">
                        <button hx-post="/x" hx-confirm="Are you sure?">×</button>
                        <span th:text="${name} ?: 'Not known'">Bo</span>
                        <p th:if="${page > 0}">Next page</p>
                        """))
                .containsExactlyInAnyOrder(
                        "Refer a child",
                        "title=Open the map",
                        "placeholder=Search places",
                        "aria-label=Close",
                        "alt=Map of the district",
                        "value=Save",
                        "hx-confirm=Are you sure?",
                        "'Not known'",
                        "Next page");
    }

    @Test
    void theCheckLetsMessagesPrototypeTextAndTheBrandThrough() {
        assertThat(hardCodedText("""
                        <!-- a comment for the reader -->
                        <a class="brand" th:href="@{/}" th:text="#{app.name}">Harambee</a>
                        <span>Harambee</span> <span>·</span> <span>12 / 30</span>
                        <p th:text="#{x.y}">Prototype text</p>
                        <input name="q" placeholder="Search" th:placeholder="#{search}">
                        <a href="#" title="Map" th:attr="title=#{map}">x</a>
                        <div th:replace="~{fragments/x :: y}">Replaced</div>
                        <span th:text="${#temporals.format(d, 'd MMM yyyy')} + ' · ' + #{k(${'units.' + n})}">x</span>
                        <label th:for="${'heldOn'}" th:text="${errors.get('heldOn')}">x</label>
                        <script>var x = "Some text";</script>
                        """)).isEmpty();
    }

    /**
     * Text a reader would see that does not come from a message file: text nodes of elements that neither
     * {@code th:text}, {@code th:utext}, {@code th:replace}, {@code th:insert} nor {@code th:remove}; the attributes
     * {@code title}, {@code placeholder}, {@code aria-label}, {@code alt}, {@code label}, {@code hx-confirm}, {@code hx-prompt} and a button's {@code value}
     * unless a {@code th:} attribute sets them; and prose literals ({@code 'Not known'}) in expressions.
     */
    static List<String> hardCodedText(String html) {
        String source = html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script\\b.*?</script>", "")
                .replaceAll("(?s)<style\\b.*?</style>", "");
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(source);
        int textStart = 0;
        String openTag = "";
        while (true) {
            boolean more = tag.find();
            String text = source.substring(textStart, more ? tag.start() : source.length())
                    .strip();
            boolean replaced = REPLACES_TEXT.matcher(openTag).find() || openTag.startsWith("<title");
            if (!replaced && isProse(text)) {
                found.add(text.replaceAll("\\s+", " "));
            }
            if (!more) {
                return found;
            }
            openTag = tag.group();
            textStart = tag.end();
            Matcher attribute = ATTRIBUTE.matcher(openTag);
            while (attribute.find()) {
                String name = attribute.group(1);
                String value = attribute.group(2);
                if (TEXT_EXPRESSIONS.contains(name)) {
                    Matcher literal = LITERAL.matcher(value);
                    while (literal.find()) {
                        if (isProseLiteral(literal.group(1))) {
                            found.add("'" + literal.group(1) + "'");
                        }
                    }
                } else if (SHOWN_ATTRIBUTES.contains(name)
                        && (!name.equals("value") || BUTTON.matcher(openTag).find())
                        && isProse(value)
                        && !openTag.contains("th:" + name + "=")
                        && !Pattern.compile("th:attr=\"[^\"]*\\b" + name + "=")
                                .matcher(openTag)
                                .find()) {
                    found.add(name + "=" + value);
                }
            }
        }
    }

    /** Words, not symbols, numbers or the brand. */
    private static boolean isProse(String text) {
        return !text.isEmpty() && LETTERS.matcher(text).find() && !ALLOWED.contains(text);
    }

    /** A quoted literal is prose when it holds a space or starts with a capital, but not a date pattern or a key. */
    private static boolean isProseLiteral(String literal) {
        return isProse(literal)
                && (literal.contains(" ") || Character.isUpperCase(literal.charAt(0)))
                && !DATE_PATTERN.matcher(literal).matches()
                && !literal.matches("[A-Z_]+|[a-zA-Z0-9_]+(\\.[a-zA-Z0-9_]+)+\\.?|[a-zA-Z0-9_]+\\.");
    }

    /** Shown as they are in every language. */
    private static final Set<String> ALLOWED = Set.of("Harambee");

    private static final Set<String> SHOWN_ATTRIBUTES = Set.of(
            "title",
            "placeholder",
            "aria-label",
            "aria-description",
            "alt",
            "label",
            "value",
            "hx-confirm",
            "hx-prompt");
    private static final Pattern TAG = Pattern.compile("<[!/]?[a-zA-Z][^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:-]+)=\"([^\"]*)\"");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    private static final Pattern REPLACES_TEXT = Pattern.compile("\\sth:(text|utext|replace|insert|remove)=");
    private static final Set<String> TEXT_EXPRESSIONS = Set.of(
            "th:text", "th:utext", "th:title", "th:placeholder", "th:aria-label", "th:alt", "th:label", "th:value");
    private static final Pattern BUTTON = Pattern.compile("^<input\\b[^>]*\\stype=\"(submit|button|reset)\"");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern DATE_PATTERN = Pattern.compile("[yMdHhmsaEGuLk .:/,'-]+");

    private static List<String> configuredLanguages() {
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            Properties application = new Properties();
            application.load(in);
            return Arrays.stream(application.getProperty("harambee.languages").split(","))
                    .map(String::strip)
                    .filter(l -> !l.equals("en"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> templates() throws IOException {
        return files(TEMPLATES).stream()
                .filter(p -> p.toString().endsWith(".html"))
                .toList();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
