package io.newsalert.consumer.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.newsalert.consumer.alert.AlertJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Small helpers for JSON requests and answers with size limits. */
final class Json {

    private Json() {}

    static void answer(final Context ctx, final int status, final Object value) {
        try {
            ctx.status(status)
                    .contentType("application/json; charset=utf-8")
                    .result(AlertJson.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON.", e);
        }
    }

    /** Answers a GET of a JSON resource with its ETag and Last-Modified, or 304 (see {@link Representations}). */
    static void represent(final Context ctx, final Object value, final Instant lastModified) {
        try {
            Representations.answer(
                    ctx, "application/json; charset=utf-8", AlertJson.MAPPER.writeValueAsString(value), lastModified);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON.", e);
        }
    }

    /** The request body, refused with 413 when longer than {@code limit} bytes. */
    static byte[] body(final Context ctx, final int limit) {
        final long declared = ctx.contentLength();
        if (declared > limit) {
            throw new ContentTooLargeResponse("The request body is larger than " + limit + " bytes.");
        }
        final byte[] body = ctx.bodyAsBytes();
        if (body.length > limit) {
            throw new ContentTooLargeResponse("The request body is larger than " + limit + " bytes.");
        }
        return body;
    }

    static JsonNode read(final Context ctx, final int limit) {
        try {
            return AlertJson.MAPPER.readTree(new String(body(ctx, limit), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("The request body is not valid JSON.");
        }
    }
}
