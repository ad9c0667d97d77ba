package org.harambee.access.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A temporary password is a passphrase of words from the list, short enough for bcrypt, and at least as strong as the
 * 20 random characters from an alphabet of 57 that it replaces.
 */
class TemporaryPasswordsTests {

    @Test
    void theListHoldsDistinctLowerCaseWords() {
        assertThat(TemporaryPasswords.LIST).hasSize(2048);
        assertThat(new HashSet<>(TemporaryPasswords.LIST)).hasSize(2048);
        assertThat(TemporaryPasswords.LIST).allMatch(w -> w.matches("[a-z]{3,8}"));
    }

    @Test
    void aPasswordIsWordsOfTheListThatBcryptReadsWhole() {
        for (int i = 0; i < 200; i++) {
            String password = TemporaryPasswords.next();
            List<String> words = List.of(password.split(" "));
            assertThat(words).hasSize(TemporaryPasswords.WORDS);
            assertThat(TemporaryPasswords.LIST).containsAll(words);
            assertThat(password.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(72);
        }
        assertThat(TemporaryPasswords.next()).isNotEqualTo(TemporaryPasswords.next());
    }

    /** Counts exactly the passphrases that may be drawn (those of at most 72 bytes): the entropy is log2 of that. */
    @Test
    void thePassphraseIsAtLeastAsStrongAsTwentyCharactersFromFiftySeven() {
        Map<Integer, BigInteger> byLength = Map.of(0, BigInteger.ONE);
        for (int i = 0; i < TemporaryPasswords.WORDS; i++) {
            Map<Integer, BigInteger> next = new HashMap<>();
            for (var total : byLength.entrySet()) {
                for (String w : TemporaryPasswords.LIST) {
                    next.merge(total.getKey() + w.length(), total.getValue(), BigInteger::add);
                }
            }
            byLength = next;
        }
        int separators = TemporaryPasswords.WORDS - 1;
        BigInteger drawable = byLength.entrySet().stream()
                .filter(e -> e.getKey() + separators <= TemporaryPasswords.MAX_BYTES)
                .map(Map.Entry::getValue)
                .reduce(BigInteger.ZERO, BigInteger::add);
        double bits = drawable.bitLength()
                - 1
                + Math.log(drawable.shiftRight(drawable.bitLength() - 53).doubleValue() / Math.pow(2, 52))
                        / Math.log(2);
        assertThat(bits).isGreaterThanOrEqualTo(20 * Math.log(57) / Math.log(2)).isGreaterThan(120.5);
    }
}
