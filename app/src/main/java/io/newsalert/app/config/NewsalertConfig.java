package io.newsalert.app.config;

import java.util.List;
import java.util.Map;

/**
 * One deployment's configuration, read from YAML with environment overrides and validated at start.
 *
 * @param kafka   where the cluster is and how topics are made
 * @param streams the classification pipeline's files
 * @param alerts  the alert service
 */
public record NewsalertConfig(Kafka kafka, Streams streams, Alerts alerts) {

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

    /** A copy with another bootstrap address (the embedded broker's, or a command-line option). */
    public NewsalertConfig withBootstrapServers(final String servers) {
        return new NewsalertConfig(new Kafka(servers, kafka.partitions(), kafka.client()), streams, alerts);
    }

    /** A copy with another HTTP port. */
    public NewsalertConfig withHttpPort(final int port) {
        return new NewsalertConfig(kafka, streams, new Alerts(alerts.feeds(), port, alerts.adminToken(),
                alerts.publicUrl(), alerts.allowPrivateWebhooks()));
    }

    /** A copy that allows webhooks to loopback and private addresses (the demo's receivers are local). */
    public NewsalertConfig allowingPrivateWebhooks() {
        return new NewsalertConfig(kafka, streams, new Alerts(alerts.feeds(), alerts.httpPort(), alerts.adminToken(),
                alerts.publicUrl(), true));
    }
}
