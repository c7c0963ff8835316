package io.newsalert.consumer.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Answers a GET (or HEAD) of a resource the HTTP way (RFC 9110): a content-hash {@code ETag} (SHA-256 of the
 * bytes), {@code Last-Modified} when the resource has a time, {@code Vary: Accept-Encoding}, and {@code 304 Not
 * Modified} when {@code If-None-Match} matches under the weak comparison (or, without it, when
 * {@code If-Modified-Since} is not older than the resource). The ETag is weak ({@code W/}) whenever the client
 * accepts gzip, because the server may then send gzip bytes that differ from the ones hashed.
 */
public final class Representations {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private Representations() {}

    /** Answers 200 with {@code body} of {@code type}, or 304 when the client already holds it. */
    public static void answer(final Context ctx, final String type, final String body, final Instant lastModified) {
        answer(ctx, type, body.getBytes(StandardCharsets.UTF_8), lastModified);
    }

    /** Answers 200 with {@code body} of {@code type}, or 304 when the client already holds it. */
    public static void answer(final Context ctx, final String type, final byte[] body, final Instant lastModified) {
        final String hash = "\"" + sha256(body) + "\"";
        final String acceptEncoding = ctx.header("Accept-Encoding");
        final boolean mayCompress = acceptEncoding != null
                && acceptEncoding.toLowerCase(Locale.ROOT).matches(".*\\b(gzip|br)\\b.*");
        ctx.header("ETag", mayCompress ? "W/" + hash : hash);
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("Cache-Control", "no-cache");
        final Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        if (modified != null) {
            ctx.header("Last-Modified", HTTP_DATE.format(ZonedDateTime.ofInstant(modified, ZoneOffset.UTC)));
        }
        if (notModified(ctx, hash, modified)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(type);
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", Integer.toString(body.length));
            return;
        }
        ctx.result(body);
    }

    private static boolean notModified(final Context ctx, final String etag, final Instant modified) {
        final String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(etag));
        }
        final String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince == null || modified == null) {
            return false;
        }
        try {
            return !modified.isAfter(
                    ZonedDateTime.parse(ifModifiedSince.strip(), HTTP_DATE).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The quoted part of an entity tag, so that {@code W/"x"} and {@code "x"} compare equal (weak comparison). */
    static String opaque(final String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String sha256(final byte[] body) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }
}
