package org.harambee.referrals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seals and opens children's identifying details with AES-256-GCM. Keys come from configuration
 * ({@code harambee.referrals.keys.<id>} = base64 of 32 bytes, {@code harambee.referrals.active-key} = the id that seals
 * new data); every ciphertext keeps the id of its key beside it, so that old keys keep opening old rows until the
 * rotation command has re-sealed them. With no key configured (the embedded pilot set-up) a key file is made once
 * under the data directory, outside the database.
 */
@Component
public class IdentityCipher {

    /** A sealed value: the key id and iv || ciphertext || tag. */
    public record Sealed(String keyId, byte[] bytes) {}

    private static final Logger log = LoggerFactory.getLogger(IdentityCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String activeKey;
    private final SecureRandom random = new SecureRandom();

    /** One cipher per thread, initialised afresh (key, new IV) for each use: looking one up costs more than using it. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    IdentityCipher(
            Environment environment,
            @Value("${harambee.referrals.active-key:}") String activeKey,
            @Value("${harambee.referrals.key-file:./data/referral-keys.properties}") String keyFile) {
        Map<String, String> configured = Binder.get(environment)
                .bind("harambee.referrals.keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        if (configured.isEmpty()) {
            configured = fromFile(Path.of(keyFile));
            activeKey = configured.keySet().iterator().next();
        }
        configured.forEach((id, base64) -> keys.put(id, key(id, base64)));
        if (activeKey == null || activeKey.isBlank()) {
            activeKey = keys.keySet().iterator().next();
        }
        if (!keys.containsKey(activeKey)) {
            throw new IllegalStateException("harambee.referrals.active-key names no configured key: " + activeKey);
        }
        this.activeKey = activeKey;
    }

    String activeKey() {
        return activeKey;
    }

    /** Seals {@code plain} with the active key, bound to {@code context} (the row's id): it opens only there. */
    public Sealed seal(byte[] plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return new Sealed(
                    activeKey,
                    ByteBuffer.allocate(IV_BYTES + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** Opens a value sealed for {@code context}; fails when the key is unknown or the bytes or context changed. */
    public byte[] open(Sealed sealed, String context) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("no key configured with id " + sealed.keyId());
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.bytes(), 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(sealed.bytes(), IV_BYTES, sealed.bytes().length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening failed: wrong key, context or changed bytes", e);
        }
    }

    private static SecretKey key(String id, String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("harambee.referrals.keys." + id + " must be 32 bytes in base64");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private Map<String, String> fromFile(Path file) {
        Properties properties = new Properties();
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                properties.setProperty("k1", Base64.getEncoder().encodeToString(bytes));
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    properties.store(
                            out,
                            "Harambee referral keys: keep this file secret and back it up apart from the database");
                }
                restrict(file);
                log.warn("No referral key configured: made one in {}. Back it up apart from the database.", file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the referral key file " + file, e);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(n -> keys.put(n, properties.getProperty(n)));
        if (keys.isEmpty()) {
            throw new IllegalStateException("the referral key file " + file + " holds no key");
        }
        return keys;
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the directory's own protection applies
        }
    }
}
