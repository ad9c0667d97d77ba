package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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

    private static final List<String> LANGUAGES = List.of("fr", "sw");
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
            if (!file.toString().endsWith(".properties")) {
                sources.append(Files.readString(file));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load("messages.properties").stringPropertyNames()) {
            String prefix = key.substring(0, key.lastIndexOf('.') + 1);
            if (!sources.toString().contains(key) && !sources.toString().contains("'" + prefix + "'")) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        Pattern text = Pattern.compile(">([^<>{}$#|]*[A-Za-z]{2,}[^<>]*)<");
        Set<String> found = new HashSet<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<script.*?</script>", "");
            for (String element : html.split("(?=<)")) {
                Matcher m = text.matcher(element + "<");
                if (m.find()
                        && !element.contains("th:text")
                        && !element.contains("th:utext")
                        && !element.startsWith("<title")
                        && !element.startsWith("<!")) {
                    found.add(template.getFileName() + ": " + m.group(1).trim());
                }
            }
        }
        assertThat(found).isEmpty();
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
