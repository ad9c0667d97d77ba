package org.harambee.insights.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tidy CSV cells: formulas disarmed, quotes doubled, numbers plain, a byte order mark first. */
class TidyCsvTests {

    @Test
    void textThatASpreadsheetWouldRunIsPrefixed() {
        assertThat(TidyCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TidyCsv.cell("+1")).isEqualTo("'+1");
        assertThat(TidyCsv.cell("-3")).isEqualTo("'-3");
        assertThat(TidyCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TidyCsv.cell("Amber, North")).isEqualTo("\"Amber, North\"");
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(TidyCsv.cell(-3L)).isEqualTo("-3");
        assertThat(TidyCsv.cell(200.0 / 3)).isEqualTo("66.6667");
        assertThat(TidyCsv.cell(5.0)).isEqualTo("5");
        assertThat(TidyCsv.cell(null)).isEmpty();
    }

    @Test
    void theFileStartsWithAByteOrderMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TidyCsv csv = new TidyCsv(out, List.of("a", "b"))) {
            csv.row("x", 1L);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\nx,1\r\n");
    }
}
