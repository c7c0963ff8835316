package io.newsalert.schemas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Stable article ids: the same edition, headline and opening always give the same id, whether the article was read
 * from a page or from a JSON line without an id.
 */
public final class ArticleIds {

    private ArticleIds() {}

    /** An id such as {@code 2022-05-25-3f2a9c1b0d4e} from the edition date and the article's own text. */
    public static String of(final LocalDate edition, final String headline, final String body) {
        final String opening = body.substring(0, Math.min(body.length(), 64));
        final String key = edition + "\n" + (headline == null ? "" : headline) + "\n" + opening;
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return edition + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }
}
