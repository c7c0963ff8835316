package io.newsalert.consumer.http;

import io.javalin.Javalin;
import io.newsalert.consumer.ops.Health;
import io.newsalert.consumer.ops.Metrics;
import java.util.Map;

/** {@code GET /health} (200 when ready, 503 otherwise, with each check) and {@code GET /metrics} (Prometheus). */
public final class OpsRoutes implements HttpRoutes {

    private final Health health;
    private final Metrics metrics;

    public OpsRoutes(final Health health, final Metrics metrics) {
        this.health = health;
        this.metrics = metrics;
    }

    @Override
    public void register(final Javalin app) {
        app.get("/health", ctx -> {
            final Map<String, Boolean> checks = health.checks();
            final boolean ready = checks.values().stream().allMatch(b -> b);
            Json.answer(ctx, ready ? 200 : 503, Map.of("status", ready ? "UP" : "DOWN", "checks", checks));
        });
        app.get(
                "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(metrics.render()));
    }
}
