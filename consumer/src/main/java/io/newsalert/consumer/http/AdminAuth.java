package io.newsalert.consumer.http;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks the admin bearer token. Both sides are hashed before a constant-time comparison, so neither the token's
 * content nor its length leaks through timing; the token itself is never logged.
 */
public final class AdminAuth {

    private final byte[] expected;

    public AdminAuth(final String token) {
        this.expected = digest(token);
    }

    /** Throws 401 unless the request carries {@code Authorization: Bearer <token>}. */
    public void require(final Context ctx) {
        final String header = ctx.header("Authorization");
        final String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim()
                : "";
        if (!MessageDigest.isEqual(expected, digest(given))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"newsalert\"");
            throw new UnauthorizedResponse("A valid bearer token is required.");
        }
    }

    private static byte[] digest(final String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }
}
