package io.newsalert.app.config;

import java.time.Duration;
import java.util.HashMap;
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

    /**
     * Kafka connection and topic settings.
     *
     * @param compression codec of the records the producer writes to {@code news.articles}
     * @param timeout     how long a command waits for an unreachable cluster before it gives up
     */
    public record Kafka(String bootstrapServers, int partitions, Map<String, String> client, String compression,
            Duration timeout) {
        public Kafka {
            client = Map.copyOf(client);
        }

        /** Settings with the default codec (gzip) and timeout (15 s). */
        public Kafka(final String bootstrapServers, final int partitions, final Map<String, String> client) {
            this(bootstrapServers, partitions, client, "gzip", Duration.ofSeconds(15));
        }

        /** The producer settings of {@code news.articles}: the cluster, the client settings and the codec. */
        public Map<String, Object> producer() {
            final Map<String, Object> props = new HashMap<>(client);
            props.put("bootstrap.servers", bootstrapServers);
            props.putIfAbsent("compression.type", compression);
            return props;
        }
    }

    /** Taxonomy and road-list files; empty strings mean the bundled defaults. */
    public record Streams(String taxonomy, String roads) {
    }

    /**
     * The alert service: which feeds alert, its HTTP server and webhook rules.
     *
     * @param httpHost      the address the HTTP server binds to; empty means the command's default
     * @param secretKeys    base64 AES keys sealing webhook secrets, comma-separated, the first sealing; may be empty
     * @param secretKeyFile a file of such keys, one a line, created with a new key when missing; may be empty
     */
    public record Alerts(List<String> feeds, int httpPort, String adminToken, String publicUrl,
            boolean allowPrivateWebhooks, String httpHost, String secretKeys, String secretKeyFile) {
        public Alerts {
            feeds = List.copyOf(feeds);
        }

        /** Settings with the command's default bind address and secret keys. */
        public Alerts(final List<String> feeds, final int httpPort, final String adminToken, final String publicUrl,
                final boolean allowPrivateWebhooks) {
            this(feeds, httpPort, adminToken, publicUrl, allowPrivateWebhooks, "", "", "");
        }
    }

    /** A copy with another bootstrap address (the embedded broker's, or a command-line option). */
    public NewsalertConfig withBootstrapServers(final String servers) {
        return new NewsalertConfig(new Kafka(servers, kafka.partitions(), kafka.client(), kafka.compression(),
                kafka.timeout()), streams, alerts);
    }

    /** A copy with another HTTP port. */
    public NewsalertConfig withHttpPort(final int port) {
        return new NewsalertConfig(kafka, streams, new Alerts(alerts.feeds(), port, alerts.adminToken(),
                alerts.publicUrl(), alerts.allowPrivateWebhooks(), alerts.httpHost(), alerts.secretKeys(),
                alerts.secretKeyFile()));
    }

    /** A copy that allows webhooks to loopback and private addresses (the demo's receivers are local). */
    public NewsalertConfig allowingPrivateWebhooks() {
        return new NewsalertConfig(kafka, streams, new Alerts(alerts.feeds(), alerts.httpPort(), alerts.adminToken(),
                alerts.publicUrl(), true, alerts.httpHost(), alerts.secretKeys(), alerts.secretKeyFile()));
    }

    /** A copy whose HTTP server binds to {@code host}. */
    public NewsalertConfig withHttpHost(final String host) {
        return new NewsalertConfig(kafka, streams, new Alerts(alerts.feeds(), alerts.httpPort(), alerts.adminToken(),
                alerts.publicUrl(), alerts.allowPrivateWebhooks(), host, alerts.secretKeys(), alerts.secretKeyFile()));
    }

    /** A copy with another admin token (one kept in a data folder, say). */
    public NewsalertConfig withAdminToken(final String token) {
        return new NewsalertConfig(kafka, streams, new Alerts(alerts.feeds(), alerts.httpPort(), token,
                alerts.publicUrl(), alerts.allowPrivateWebhooks(), alerts.httpHost(), alerts.secretKeys(),
                alerts.secretKeyFile()));
    }
}
