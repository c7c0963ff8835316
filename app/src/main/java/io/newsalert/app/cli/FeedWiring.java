package io.newsalert.app.cli;

import io.newsalert.app.config.ConfigLoader;
import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.closures.ClosureQueries;
import io.newsalert.consumer.feeds.FeedRoutes;
import io.newsalert.consumer.feeds.FeedSettings;
import io.newsalert.consumer.geo.Divisions;
import io.newsalert.consumer.geo.RoadNetwork;
import io.newsalert.consumer.geo.RoadNetworkException;
import io.newsalert.consumer.geo.RoadNetworkReader;
import io.newsalert.consumer.http.HttpRoutes;
import java.time.Clock;
import java.util.function.BiFunction;

/**
 * The feed routes as configured: links on the public URL (or this machine's address and port when none is set),
 * never on a request's Host header; the CAP sender, publisher, home area and data source from the {@code feeds}
 * section; and closures located on the configured road network, read once at start.
 */
final class FeedWiring {

    private FeedWiring() {}

    /** The routes factory; a road-network file that cannot be read stops the start with one line naming it. */
    static BiFunction<AlertQueries, ClosureQueries, HttpRoutes> routes(
            final NewsalertConfig config, final AlertServiceConfig service) {
        final NewsalertConfig.Feeds f = config.feeds();
        final String publicUrl = config.alerts().publicUrl();
        final String base = !publicUrl.isEmpty()
                ? publicUrl
                : service.httpPort() == 0 ? FeedRoutes.DEFAULT_BASE_URL : "http://localhost:" + service.httpPort();
        final FeedSettings defaults = FeedSettings.forBaseUrl(base);
        final String area = Divisions.bundled().name(f.homeArea()).orElse(defaults.defaultArea());
        final FeedSettings settings = defaults.publishedBy(
                f.sender().isEmpty() ? defaults.sender() : f.sender(),
                f.publisher(),
                f.homeArea(),
                area,
                f.dataSource(),
                f.contactEmail(),
                f.validity());
        final RoadNetwork network;
        try {
            network = service.roadNetwork() == null ? null : RoadNetworkReader.read(service.roadNetwork());
        } catch (RoadNetworkException e) {
            throw new ConfigLoader.ConfigException(e.getMessage());
        }
        return (queries, closures) ->
                new FeedRoutes(queries, closures, Clock.systemUTC(), settings, network).forTopics(service.feeds());
    }
}
