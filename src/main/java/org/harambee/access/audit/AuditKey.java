package org.harambee.access.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key of the audit chain's HMAC (decision 0016), kept outside the database so that someone who can write the audit
 * tables cannot rebuild the chain: {@code harambee.audit.key} (base64 of at least 32 bytes) or, with none configured
 * (the embedded pilot set-up), a key file made once under the data directory and read afterwards, as the referral keys.
 */
@Component
public class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final SecretKeySpec key;

    public AuditKey(
            @Value("${harambee.audit.key:}") String configured,
            @Value("${harambee.audit.key-file:./data/audit-key.properties}") String keyFile) {
        String base64 = configured == null || configured.isBlank() ? fromFile(Path.of(keyFile)) : configured;
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("harambee.audit.key must be base64", e);
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("harambee.audit.key must be at least 32 bytes in base64");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** HMAC-SHA256 of {@code text} with the audit key, in hex (64 characters). */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static String fromFile(Path file) {
        Properties properties = new Properties();
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                properties.setProperty("key", Base64.getEncoder().encodeToString(bytes));
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    properties.store(
                            out, "Harambee audit key: keep this file secret and back it up apart from the database");
                }
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's own protection applies
                }
                log.warn("No audit key configured: made one in {}. Back it up apart from the database.", file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the audit key file " + file, e);
        }
        String key = properties.getProperty("key");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("the audit key file " + file + " holds no key");
        }
        return key;
    }
}
