package io.newsalert.consumer.subscription;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook secrets before they go into the subscriptions topic, so whoever can read the topic cannot forge
 * deliveries: AES-256-GCM with a fresh 96-bit nonce per secret and the subscription id as associated data (a
 * sealed secret cannot be moved to another subscription). The stored form is
 * {@code aesgcm:<key id>:<nonce>:<ciphertext>} (base64); the key id (the first bytes of the key's SHA-256) says
 * which key sealed it, so keys can rotate: the first key seals, every key opens.
 */
public final class SecretBox {

    private static final String PREFIX = "aesgcm:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;

    private SecretBox(final List<byte[]> rawKeys) {
        if (rawKeys.isEmpty()) {
            throw new IllegalArgumentException("At least one secret key is needed.");
        }
        final Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
        for (final byte[] raw : rawKeys) {
            if (raw.length != KEY_BYTES) {
                throw new IllegalArgumentException("A secret key must be " + KEY_BYTES + " bytes (base64 of 32 random "
                        + "bytes), not " + raw.length + ".");
            }
            byId.put(keyId(raw), new SecretKeySpec(raw, "AES"));
        }
        this.keys = Map.copyOf(byId);
        this.currentId = keyId(rawKeys.get(0));
    }

    /** A box whose first key seals and every key opens; keys are base64 of 32 bytes. */
    public static SecretBox of(final List<String> base64Keys) {
        final List<byte[]> raw = new ArrayList<>();
        for (final String k : base64Keys) {
            try {
                raw.add(Base64.getDecoder().decode(k.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("A secret key is not valid base64.", e);
            }
        }
        return new SecretBox(raw);
    }

    /** A box with a key made now and kept nowhere: secrets it seals cannot be opened after a restart. */
    public static SecretBox ephemeral() {
        return of(List.of(newKey()));
    }

    /**
     * The keys in {@code file}, one base64 key a line, the first one sealing; when the file does not exist and
     * {@code create} holds, a new key is written to it, readable by its owner only.
     */
    public static SecretBox fromFile(final Path file, final boolean create) throws IOException {
        if (!Files.exists(file) && create) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, newKey() + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the file keeps the folder's permissions
            }
        }
        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("The secret key file " + file + " holds no key.");
        }
        return of(lines);
    }

    /** A new random key, base64. */
    public static String newKey() {
        final byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The id of the key that seals. */
    public String keyId() {
        return currentId;
    }

    /** The stored form of {@code secret}, bound to {@code subscriptionId}. */
    public String seal(final String subscriptionId, final String secret) {
        try {
            final byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
            final byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            final Base64.Encoder b64 = Base64.getEncoder();
            return PREFIX + currentId + ":" + b64.encodeToString(nonce) + ":" + b64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM.", e);
        }
    }

    /** Whether {@code stored} is a sealed secret (older records may hold the secret itself). */
    public static boolean sealed(final String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The secret inside {@code stored}; throws when no configured key sealed it or it was tampered with. */
    public String open(final String subscriptionId, final String stored) {
        if (!sealed(stored)) {
            return stored;
        }
        final String[] parts = stored.substring(PREFIX.length()).split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("A sealed secret of subscription " + subscriptionId + " is malformed.");
        }
        final SecretKeySpec key = keys.get(parts[0]);
        if (key == null) {
            throw new IllegalArgumentException("The secret of subscription " + subscriptionId + " was sealed with key "
                    + parts[0] + ", which is not among the configured keys " + keys.keySet() + ".");
        }
        try {
            final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, Base64.getDecoder().decode(parts[1])));
            cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Base64.getDecoder().decode(parts[2])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The secret of subscription " + subscriptionId + " cannot be opened with key " + parts[0]
                            + " (tampered with, or sealed for another id).",
                    e);
        }
    }

    private static String keyId(final byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }
}
