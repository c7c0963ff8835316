package io.newsalert.consumer.feeds;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsalert.consumer.http.HttpRoutes;
import io.newsalert.consumer.http.Representations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Serves the dashboard: a static page, its style sheet and script from the classpath ({@code /dashboard/}). It needs
 * nothing from the internet; it reads {@code /api/alerts}, {@code /events}, {@code /api/closures} and
 * {@code /api/roads.geojson} of this server. Its map is drawn with Leaflet, served from the Leaflet webjar on the class
 * path ({@code /dashboard/leaflet/}), with the road network as vector lines and no tile server.
 */
public final class DashboardRoutes implements HttpRoutes {

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "dashboard.css", "text/css; charset=utf-8",
            "dashboard.js", "text/javascript; charset=utf-8",
            "closures-map.js", "text/javascript; charset=utf-8");
    private static final Map<String, String> LEAFLET_FILES = Map.of(
            "leaflet.js", "text/javascript; charset=utf-8",
            "leaflet.css", "text/css; charset=utf-8");
    private static final String LEAFLET_DIST = "/META-INF/resources/webjars/leaflet/" + leafletVersion() + "/dist/";

    @Override
    public void register(final Javalin app) {
        app.get("/", ctx -> serve(ctx, "index.html"));
        app.get("/dashboard/{file}", ctx -> serve(ctx, ctx.pathParam("file")));
        app.get("/dashboard/leaflet/{file}", ctx -> {
            final String file = ctx.pathParam("file");
            final String type = LEAFLET_FILES.get(file);
            final InputStream in = type == null ? null : DashboardRoutes.class.getResourceAsStream(LEAFLET_DIST + file);
            if (in == null) {
                ctx.status(404).contentType("text/plain; charset=utf-8").result("No map file " + file + ".");
                return;
            }
            ctx.header("Cache-Control", "max-age=86400").contentType(type).result(in);
        });
    }

    /** The version of the Leaflet webjar on the class path, from its Maven metadata. */
    private static String leafletVersion() {
        try (InputStream in =
                DashboardRoutes.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/leaflet/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The Leaflet webjar is not on the class path.");
            }
            final Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
