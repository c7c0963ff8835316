package io.newsalert.consumer.feeds;

import io.javalin.Javalin;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.geo.RoadNetwork;
import io.newsalert.consumer.geo.RoadNetworkReader;
import io.newsalert.consumer.http.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A real Javalin server on a free port with the feed routes mounted, and a client for it. */
final class FeedServer implements AutoCloseable {

    static final String PUBLIC_URL = "https://alerts.example.org";
    /** The sample Taiyuan network the demo ships, with the seed page's roads. */
    static final RoadNetwork SAMPLE_NETWORK = RoadNetworkReader.readResource("geo/taiyuan-roads.sample.geojson");

    private final Javalin app;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FeedServer(final AlertQueries alerts, final Clock clock) {
        this(alerts, clock, PUBLIC_URL);
    }

    /** A server whose links point at {@code publicUrl}, or at the default base URL when it is null. */
    FeedServer(final AlertQueries alerts, final Clock clock, final String publicUrl) {
        this.app = Problems.server(cfg -> {});
        new FeedRoutes(
                        alerts,
                        InMemoryClosureQueries.of(alerts),
                        clock,
                        FeedSettings.forBaseUrl(publicUrl == null ? FeedRoutes.DEFAULT_BASE_URL : publicUrl),
                        SAMPLE_NETWORK)
                .forTopics(List.of("traffic", "employment", "safety", "weather"))
                .register(app);
        app.start("127.0.0.1", 0);
    }

    HttpResponse<String> get(final String path, final String... headers) {
        return send("GET", path, headers);
    }

    /** A request of any method, with no body. */
    HttpResponse<String> send(final String method, final String path, final String... headers) {
        try {
            final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(10));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url(final String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() {
        app.stop();
    }
}
