package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.harambee.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The down-sync cursor: opaque, read back as written, and anything the server did not write is refused. */
class CursorTests {

    @Test
    void aCursorReadsBackAsWritten() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-25T10:15:30.123Z"), "a1b2c3", "sw");

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("|", "sw");
    }

    @Test
    void noCursorMeansAFullSnapshot() {
        assertThat(Cursor.decode(null)).isNull();
        assertThat(Cursor.decode(" ")).isNull();
    }

    @Test
    void aCursorTheServerDidNotWriteIsRefusedAsBadInput() {
        String otherVersion = Base64.getUrlEncoder().encodeToString("c0|1|x|en".getBytes(StandardCharsets.UTF_8));
        String notATime = Base64.getUrlEncoder().encodeToString("c1|soon|x|en".getBytes(StandardCharsets.UTF_8));

        for (String text : new String[] {"not-a-cursor!", otherVersion, notATime}) {
            assertThatThrownBy(() -> Cursor.decode(text))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e)
                                    .problems()
                                    .get(0)
                                    .field())
                            .isEqualTo("cursor"));
        }
    }
}
