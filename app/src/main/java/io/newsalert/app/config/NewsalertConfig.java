package io.newsalert.app.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One deployment's configuration, read from YAML with environment overrides and validated at start.
 *
 * @param kafka   where the cluster is and how topics are made
 * @param streams the classification pipeline's files
 * @param alerts  the alert service
 * @param feeds   what the feeds say about their publisher, and the road network closures are located on
 */
public record NewsalertConfig(Kafka kafka, Streams streams, Alerts alerts, Feeds feeds) {

    /** Kafka connection and topic settings. */
    public record Kafka(String bootstrapServers, int partitions, Map<String, String> client) {
        public Kafka {
            client = Map.copyOf(client);
        }
    }

    /** Taxonomy and road-list files; empty strings mean the bundled defaults. */
    public record Streams(String taxonomy, String roads) {
    }

    /** The alert service: which feeds alert, its HTTP server and webhook rules. */
    public record Alerts(List<String> feeds, int httpPort, String adminToken, String publicUrl,
            boolean allowPrivateWebhooks) {
        public Alerts {
            feeds = List.copyOf(feeds);
        }
    }

    /**
     * The publisher's identity in CAP and WZDx, and the road network.
     *
     * @param roadNetwork  road-network file (.osm.pbf, .osm, .geojson); empty for none
     * @param sender       CAP sender; empty means newsalert@ the public URL's host
     * @param publisher    CAP senderName and WZDx publisher
     * @param homeArea     GB/T 2260 code of the paper's home area
     * @param dataSource   WZDx organization_name of the closures' source (the newspaper)
     * @param contactEmail WZDx contact_email; empty for none
     * @param validity     how long an alert with no end date stays in force
     */
    public record Feeds(String roadNetwork, String sender, String publisher, String homeArea, String dataSource,
            String contactEmail, Duration validity) {
    }

    /** A copy with another road network file. */
    public NewsalertConfig withRoadNetwork(final String file) {
        return new NewsalertConfig(kafka, streams, alerts, new Feeds(file, feeds.sender(), feeds.publisher(),
                feeds.homeArea(), feeds.dataSource(), feeds.contactEmail(), feeds.validity()));
    }

    /** A copy with another bootstrap address (the embedded broker's, or a command-line option). */
    public NewsalertConfig withBootstrapServers(final String servers) {
        return new NewsalertConfig(new Kafka(servers, kafka.partitions(), kafka.client()), streams, alerts, feeds);
    }

    /** A copy with another HTTP port. */
    public NewsalertConfig withHttpPort(final int port) {
        return new NewsalertConfig(kafka, streams, new Alerts(alerts.feeds(), port, alerts.adminToken(),
                alerts.publicUrl(), alerts.allowPrivateWebhooks()), feeds);
    }

    /** A copy that allows webhooks to loopback and private addresses (the demo's receivers are local). */
    public NewsalertConfig allowingPrivateWebhooks() {
        return new NewsalertConfig(kafka, streams, new Alerts(alerts.feeds(), alerts.httpPort(), alerts.adminToken(),
                alerts.publicUrl(), true), feeds);
    }
}
