package io.newsalert.consumer.http;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.schemas.Alert;
import java.util.Comparator;
import java.util.List;

/** {@code GET /api/alerts?topic=&limit=}: recent alerts, newest first; {@code GET /api/alerts/{id}}: one. */
public final class AlertRoutes implements HttpRoutes {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 500;

    private final AlertQueries alerts;
    private final List<String> feeds;

    /** Routes over {@code alerts}, whose topics are {@code feeds}; any other topic is 404. */
    public AlertRoutes(final AlertQueries alerts, final List<String> feeds) {
        this.alerts = alerts;
        this.feeds = List.copyOf(feeds);
    }

    @Override
    public void register(final Javalin app) {
        app.get("/api/alerts", ctx -> {
            final String param = ctx.queryParam("topic");
            final String topic = param == null || param.isBlank() ? null : param.strip();
            if (topic != null && !feeds.contains(topic)) {
                throw new NotFoundResponse("No topic " + topic + "; this service alerts on " + feeds + ".");
            }
            final List<Alert> recent = alerts.recent(topic, limit(ctx.queryParam("limit")));
            Json.represent(
                    ctx,
                    recent.stream().map(AlertJson::toMap).toList(),
                    recent.stream()
                            .map(Alert::getCreatedAt)
                            .max(Comparator.naturalOrder())
                            .orElse(null));
        });
        app.get("/api/alerts/{id}", ctx -> {
            final Alert alert = alerts.byId(ctx.pathParam("id"))
                    .orElseThrow(() -> new NotFoundResponse("No alert " + ctx.pathParam("id") + "."));
            Json.represent(ctx, AlertJson.toMap(alert), alert.getCreatedAt());
        });
    }

    private static int limit(final String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            final int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw new BadRequestResponse("limit must be positive.");
            }
            return Math.min(n, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("limit must be a number.");
        }
    }
}
