package org.harambee.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Sealing children's identifying details with AES-GCM: bound to their row, tamper-evident, keyed by id. */
class IdentityCipherTests {

    static final String K1 = "c3ludGhldGljLXRlc3Qta2V5LTMyLWJ5dGVzLWxvbmc=";
    static final String K2 = "YW5vdGhlci1zeW50aGV0aWMta2V5LTMyLWJ5dGVzISE=";

    static IdentityCipher cipher(String active) {
        MockEnvironment env = new MockEnvironment()
                .withProperty("harambee.referrals.keys.t1", K1)
                .withProperty("harambee.referrals.keys.t2", K2);
        return new IdentityCipher(env, active, "unused");
    }

    @Test
    void aSealedValueOpensWithItsKeyAndContextOnly() {
        IdentityCipher cipher = cipher("t1");
        byte[] plain = "Synthetic Childname".getBytes(StandardCharsets.UTF_8);
        IdentityCipher.Sealed sealed = cipher.seal(plain, "row-1");

        assertThat(sealed.keyId()).isEqualTo("t1");
        assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Synthetic");
        assertThat(cipher.open(sealed, "row-1")).isEqualTo(plain);
        assertThat(cipher.seal(plain, "row-1").bytes())
                .as("a fresh iv each time")
                .isNotEqualTo(sealed.bytes());
        assertThatThrownBy(() -> cipher.open(sealed, "row-2")).isInstanceOf(IllegalStateException.class);
        byte[] tampered = sealed.bytes().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(new IdentityCipher.Sealed("t1", tampered), "row-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOldKeyKeepsOpeningWhatItSealedAfterTheActiveKeyChanged() {
        IdentityCipher.Sealed old = cipher("t1").seal(new byte[] {1, 2, 3}, "row-1");
        IdentityCipher rotated = cipher("t2");

        assertThat(rotated.open(old, "row-1")).containsExactly(1, 2, 3);
        assertThat(rotated.seal(new byte[] {1}, "row-1").keyId()).isEqualTo("t2");
        assertThatThrownBy(() -> rotated.open(new IdentityCipher.Sealed("gone", old.bytes()), "row-1"))
                .hasMessageContaining("no key configured with id gone");
    }

    @Test
    void aWrongKeyLengthOrAnUnknownActiveKeyStopsTheStart() {
        MockEnvironment shortKey = new MockEnvironment().withProperty("harambee.referrals.keys.x", "c2hvcnQ=");
        assertThatThrownBy(() -> new IdentityCipher(shortKey, "x", "unused")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> cipher("t9")).hasMessageContaining("names no configured key");
    }

    @Test
    void withoutConfiguredKeysAKeyFileIsMadeOnceAndReused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.properties");
        IdentityCipher first = new IdentityCipher(new MockEnvironment(), "", file.toString());
        IdentityCipher.Sealed sealed = first.seal(new byte[] {7}, "row");
        String written = Files.readString(file);

        IdentityCipher again = new IdentityCipher(new MockEnvironment(), "", file.toString());

        assertThat(Files.readString(file)).isEqualTo(written);
        assertThat(again.open(sealed, "row")).containsExactly(7);
    }
}
