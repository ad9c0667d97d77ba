package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exported CSV cells: formulas disarmed, quotes doubled, numbers plain, a byte order mark first for spreadsheets. */
class CsvSheetTests {

    @Test
    void textThatASpreadsheetWouldRunIsPrefixed() {
        assertThat(row("=HYPERLINK(\"x\")")).isEqualTo("k,\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(row("+1")).isEqualTo("k,'+1");
        assertThat(row("-3")).isEqualTo("k,'-3");
        assertThat(row("@SUM(A1)")).isEqualTo("k,'@SUM(A1)");
        assertThat(row("Amber, North")).isEqualTo("k,\"Amber, North\"");
        assertThat(row("two\r\nlines")).isEqualTo("k,\"two\r\nlines\"");
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(row(-3L)).isEqualTo("k,-3");
        assertThat(row(200.0 / 3)).isEqualTo("k,66.6667");
        assertThat(row(5.0)).isEqualTo("k,5");
        assertThat(row(Double.NaN)).isEqualTo("k,");
        assertThat(row((Object) null)).isEqualTo("k,");
    }

    @Test
    void theFileStartsWithAByteOrderMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSheet csv = CsvSheet.forSpreadsheets(out, List.of("a", "b"))) {
            csv.row("x", 1L);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\nx,1\r\n");
    }

    @Test
    void aWriterGetsNoByteOrderMark() {
        StringWriter out = new StringWriter();
        try (CsvSheet csv = new CsvSheet(out, List.of("a", "b"))) {
            csv.row("x", "y");
        }
        assertThat(out).hasToString("a,b\r\nx,y\r\n");
    }

    private static String row(Object cell) {
        StringWriter out = new StringWriter();
        try (CsvSheet csv = new CsvSheet(out, List.of("key", "value"))) {
            csv.row("k", cell);
        }
        String text = out.toString();
        return text.substring("key,value\r\n".length(), text.length() - 2);
    }
}
