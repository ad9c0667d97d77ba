package org.harambee.access.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Passwords for a first sign-in or after a reset: eleven words drawn at random from the 2,048 of the BIP-39 English
 * list (short common words, none a prefix-twin of another in its first four letters), separated by spaces, to read out
 * over a phone and type on one. Eleven words give 121 bits; drawing again the few passphrases longer than 72 bytes
 * (what bcrypt reads) leaves 120.6 bits, more than the 116.7 of the 20 characters from 57 used before (docs/access.md).
 */
public final class TemporaryPasswords {

    public static final int WORDS = 11;

    /** bcrypt reads no further, and Spring Security refuses a longer password. */
    public static final int MAX_BYTES = 72;

    public static final List<String> LIST = load("/access/passphrase-words.txt");

    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    public static String next() {
        while (true) {
            List<String> words = new ArrayList<>(WORDS);
            for (int i = 0; i < WORDS; i++) {
                words.add(LIST.get(RANDOM.nextInt(LIST.size())));
            }
            String passphrase = String.join(" ", words);
            if (passphrase.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
                return passphrase;
            }
        }
    }

    private static List<String> load(String resource) {
        try (InputStream in = TemporaryPasswords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(w -> !w.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
