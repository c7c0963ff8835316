package io.newsalert.consumer.feeds;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsalert.consumer.http.HttpRoutes;
import io.newsalert.consumer.http.Representations;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the dashboard: a static page, its style sheet and script from the classpath ({@code /dashboard/}). It needs
 * nothing from the internet; it reads {@code /api/alerts}, {@code /events} and {@code /api/closures} of this server.
 */
public final class DashboardRoutes implements HttpRoutes {

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "dashboard.css", "text/css; charset=utf-8",
            "dashboard.js", "text/javascript; charset=utf-8");

    @Override
    public void register(final Javalin app) {
        app.get("/", ctx -> serve(ctx, "index.html"));
        app.get("/dashboard/{file}", ctx -> serve(ctx, ctx.pathParam("file")));
    }

    private static void serve(final Context ctx, final String file) throws IOException {
        final String type = FILES.get(file);
        final InputStream in = type == null ? null : DashboardRoutes.class.getResourceAsStream("/dashboard/" + file);
        if (in == null) {
            throw new NotFoundResponse("No dashboard file " + file + ".");
        }
        try (in) {
            Representations.answer(ctx, type, in.readAllBytes(), null);
        }
    }
}
