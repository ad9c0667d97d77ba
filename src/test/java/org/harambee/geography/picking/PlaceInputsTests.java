package org.harambee.geography.picking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form and filter asks for a place through the picker: no template other than the picker's own holds a visible
 * input for a place (named unit, units, area, areas, pcode, goalUnit or units_…).
 */
class PlaceInputsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern PLACE_NAME =
            Pattern.compile("\\b(?:name=\"(?:unit|units|area|areas|pcode|goalUnit|[a-zA-Z]*[uU]nit|[a-zA-Z]*Pcode)\""
                    + "|th:name=\"[^\"]*units_)");
    private static final Pattern NOT_TYPED = Pattern.compile("type=\"(?:hidden|checkbox|radio|submit)\"");
    private static final List<String> PICKER = List.of("fragments/place.html", "places/pick.html");

    @Test
    void noTemplateOutsideThePickerHoldsAPlaceTextInput() throws IOException {
        List<String> raw = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String relative = TEMPLATES.relativize(file).toString().replace('\\', '/');
                if (PICKER.contains(relative)) {
                    continue;
                }
                Matcher m = INPUT.matcher(Files.readString(file));
                while (m.find()) {
                    String input = m.group();
                    if (PLACE_NAME.matcher(input).find()
                            && !NOT_TYPED.matcher(input).find()) {
                        raw.add(relative + ": " + input.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(raw).isEmpty();
    }

    @Test
    void theScanFindsARawPlaceInput() {
        Matcher m = INPUT.matcher("<input id=\"unit\" name=\"unit\"\n th:value=\"${unit}\">");
        assertThat(m.find()).isTrue();
        assertThat(PLACE_NAME.matcher(m.group()).find()).isTrue();
        assertThat(NOT_TYPED.matcher(m.group()).find()).isFalse();
    }
}
