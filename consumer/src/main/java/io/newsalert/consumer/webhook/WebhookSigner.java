package io.newsalert.consumer.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks v1 signatures: {@code v1,} + base64 of HMAC-SHA256 over {@code id.timestamp.body}, keyed with
 * the base64-decoded part of the {@code whsec_} secret.
 */
public final class WebhookSigner {

    public static final String SECRET_PREFIX = "whsec_";

    /**
     * One {@link Mac} per thread, keyed anew for each signature: looking the algorithm up among the providers costs
     * more than the signature itself, and a dispatcher signs thousands a second.
     */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM.", e);
        }
    });

    private WebhookSigner() {}

    /** The value of the {@code webhook-signature} header for one delivery attempt. */
    public static String sign(final String secret, final String id, final long timestampSeconds, final byte[] body) {
        try {
            final Mac mac = MAC.get();
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The webhook secret is no HMAC-SHA256 key.", e);
        }
    }

    /** A new random secret, 24 bytes, in the {@code whsec_} form. */
    public static String newSecret() {
        final byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Whether {@code secret} is a {@code whsec_} secret whose key decodes to 24 to 64 bytes. */
    public static boolean valid(final String secret) {
        try {
            final int n = key(secret).length;
            return n >= 24 && n <= 64;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] key(final String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with whsec_.");
        }
        return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    }
}
