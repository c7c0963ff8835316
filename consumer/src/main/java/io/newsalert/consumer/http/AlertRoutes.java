package io.newsalert.consumer.http;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.consumer.alert.AlertQueries;

/** {@code GET /api/alerts?topic=&limit=}: recent alerts, newest first; {@code GET /api/alerts/{id}}: one. */
public final class AlertRoutes implements HttpRoutes {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 500;

    private final AlertQueries alerts;

    public AlertRoutes(final AlertQueries alerts) {
        this.alerts = alerts;
    }

    @Override
    public void register(final Javalin app) {
        app.get("/api/alerts", ctx -> {
            final String topic = ctx.queryParam("topic");
            final int limit = limit(ctx.queryParam("limit"));
            Json.answer(ctx, 200, alerts.recent(topic == null || topic.isBlank() ? null : topic, limit).stream()
                    .map(AlertJson::toMap).toList());
        });
        app.get("/api/alerts/{id}", ctx -> Json.answer(ctx, 200, alerts.byId(ctx.pathParam("id"))
                .map(AlertJson::toMap).orElseThrow(() -> new NotFoundResponse("No such alert."))));
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
