package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"import.properties", "import_fr.properties", "import_sw.properties"})
    void messageFileHoldsExactlyTheProblemCodes(String file) throws Exception {
        assertThat(load(file).stringPropertyNames()).isEqualTo(problemCodes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"import_fr.properties", "import_sw.properties"})
    void everyMessageIsTranslated(String file) throws Exception {
        Properties english = load("import.properties");
        Properties translated = load(file);

        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"import.properties", "import_fr.properties", "import_sw.properties"})
    void everyMessageFormatsWithTheSameArgumentsAsInEnglish(String file) throws Exception {
        Properties english = load("import.properties");
        Properties messages = load(file);

        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            // A plain apostrophe starts a quoted section in MessageFormat and silently hides the text after it.
            assertThat(pattern).as(key).doesNotContain("'");
            MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
            int arguments = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            assertThat(format.getFormatsByArgumentIndex()).as(key).hasSize(arguments);
            assertThat(format.format(sampleArguments(format))).as(key).doesNotContain("{", "}");
        }
    }

    private static Object[] sampleArguments(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = formats[i] instanceof NumberFormat ? (Object) 7 : "ZZ01";
        }
        return arguments;
    }

    private static Set<String> problemCodes() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        for (Field field : ImportCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                codes.add((String) field.get(null));
            }
        }
        return codes;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTests.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
