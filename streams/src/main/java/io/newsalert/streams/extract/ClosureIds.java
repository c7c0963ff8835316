package io.newsalert.streams.extract;

import io.newsalert.schemas.TrafficClosure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable closure ids: the article id and a digest of what the closure says, so the same article always yields the
 * same ids (and a re-published article keys the same records), while two segments of one article never share one.
 */
final class ClosureIds {

    private ClosureIds() {}

    static String of(final TrafficClosure c) {
        final String key = String.join(
                "|",
                c.getArticleId(),
                c.getRoad(),
                String.valueOf(c.getFrom()),
                String.valueOf(c.getTo()),
                String.valueOf(c.getSide()),
                String.valueOf(c.getLane()),
                String.valueOf(c.getStart()),
                String.valueOf(c.getEnd()));
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return c.getArticleId() + "/" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }
}
