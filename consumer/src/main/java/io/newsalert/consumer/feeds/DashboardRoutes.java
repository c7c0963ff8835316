package io.newsalert.consumer.feeds;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsalert.consumer.http.HttpRoutes;
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

    private static void serve(final Context ctx, final String file) {
        final String type = FILES.get(file);
        final InputStream in = type == null ? null : DashboardRoutes.class.getResourceAsStream("/dashboard/" + file);
        if (in == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("No dashboard file " + file + ".");
            return;
        }
        ctx.header("Cache-Control", "no-cache").contentType(type).result(in);
    }
}
