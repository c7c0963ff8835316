package io.newsalert.consumer.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.newsalert.consumer.alert.AlertJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Makes every route of the server answer errors and methods the standard way: each error as an RFC 9457
 * {@code application/problem+json} body ({@code type}, {@code title}, {@code status}, {@code detail}); a
 * {@code 405} with {@code Allow} for a path that exists under other methods; and {@code HEAD} wherever there is a
 * {@code GET}, running the same handler so the status and headers are the GET's, without the body.
 */
public final class Problems {

    /** The media type of problem details (RFC 9457). */
    public static final String TYPE = "application/problem+json";

    private Problems() {}

    /** A server with these rules and the caller's other settings. */
    public static Javalin server(final Consumer<JavalinConfig> settings) {
        final AtomicReference<Javalin> server = new AtomicReference<>();
        final Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            configure(cfg, server);
            settings.accept(cfg);
        });
        server.set(app);
        install(app);
        return app;
    }

    /** Server settings: prefer 405 to 404, and give every GET route a HEAD twin when it is added. */
    private static void configure(final JavalinConfig cfg, final AtomicReference<Javalin> app) {
        cfg.http.prefer405over404 = true;
        cfg.events(events -> events.handlerAdded(info -> {
            if (info.getHttpMethod() == HandlerType.GET) {
                app.get().addHttpHandler(HandlerType.HEAD, info.getPath(), info.getHandler());
            }
        }));
    }

    /** Renders every {@link HttpResponseException} (thrown by routes or by Javalin itself) as a problem. */
    private static void install(final Javalin app) {
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
                final String allowed = e.getDetails()
                        .getOrDefault("availableMethods", e.getDetails().getOrDefault("Available methods", ""));
                ctx.header("Allow", allowed);
            }
            answer(ctx, e.getStatus(), e.getMessage());
        });
    }

    /** Answers {@code status} with a problem body whose detail is {@code detail}. */
    public static void answer(final Context ctx, final int status, final String detail) {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.forStatus(status).getMessage());
        body.put("status", status);
        body.put("detail", detail);
        final byte[] bytes;
        try {
            bytes = AlertJson.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("A problem body could not be written as JSON.", ex);
        }
        ctx.status(status).contentType(TYPE + "; charset=utf-8");
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", Integer.toString(bytes.length));
        } else {
            ctx.result(bytes);
        }
    }
}
