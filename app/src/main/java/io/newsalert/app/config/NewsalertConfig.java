package io.newsalert.app.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One deployment's configuration, the same for every command: bound by Jackson from the bundled
 * {@code newsalert.yaml} (the only place defaults live), a deployment's file, the environment and command-line
 * options, in rising precedence, and validated by {@link ConfigLoader} before anything starts. Its shape is the
 * YAML's.
 *
 * @param kafka   where the cluster is, how topics are made and extra client settings
 * @param streams the classification pipeline's files
 * @param alerts  the alert service
 * @param feeds   the publisher's identity in CAP and WZDx, and the road network closures are located on
 */
public record NewsalertConfig(Kafka kafka, Streams streams, Alerts alerts, Feeds feeds) {

    /**
     * Kafka connection and topic settings.
     *
     * @param bootstrapServers the cluster, {@code HOST:PORT[,HOST:PORT…]}
     * @param partitions       partitions of the topics a role creates when they are missing
     * @param client           settings passed to every producer, consumer, admin and Streams client (security,
     *                         timeouts, …)
     * @param compression      codec of the records the producer writes to {@code news.articles}
     * @param timeoutSeconds   how long a command waits for an unreachable cluster before it gives up
     */
    public record Kafka(
            String bootstrapServers,
            int partitions,
            Map<String, String> client,
            String compression,
            int timeoutSeconds) {
        public Kafka {
            client = client == null ? Map.of() : Map.copyOf(client);
        }

        /** The producer settings of {@code news.articles}: the cluster, the client settings and the codec. */
        @JsonIgnore
        public Map<String, Object> producer() {
            final Map<String, Object> props = new HashMap<>(client);
            props.put("bootstrap.servers", bootstrapServers);
            props.putIfAbsent("compression.type", compression);
            return props;
        }

        /** {@link #timeoutSeconds()} as a duration. */
        @JsonIgnore
        public Duration timeout() {
            return Duration.ofSeconds(timeoutSeconds);
        }
    }

    /** Taxonomy and road-list files; empty strings mean the bundled defaults. */
    public record Streams(String taxonomy, String roads) {

        /** The taxonomy file, when one is configured. */
        public Optional<Path> taxonomyFile() {
            return taxonomy == null || taxonomy.isEmpty() ? Optional.empty() : Optional.of(Path.of(taxonomy));
        }

        /** The road-name file, when one is configured. */
        public Optional<Path> roadsFile() {
            return roads == null || roads.isEmpty() ? Optional.empty() : Optional.of(Path.of(roads));
        }
    }

    /** The alert service: which feeds alert, its HTTP server and webhook rules. */
    public record Alerts(List<String> feeds, Http http, Webhooks webhooks) {
        public Alerts {
            feeds = List.copyOf(feeds);
        }

        @JsonIgnore
        public int httpPort() {
            return http.port();
        }

        @JsonIgnore
        public String adminToken() {
            return http.adminToken();
        }

        @JsonIgnore
        public String publicUrl() {
            return http.publicUrl();
        }

        @JsonIgnore
        public boolean allowPrivateWebhooks() {
            return webhooks.allowPrivateAddresses();
        }

        @JsonIgnore
        public String httpHost() {
            return http.host();
        }

        @JsonIgnore
        public String secretKeys() {
            return webhooks.secretKey();
        }

        @JsonIgnore
        public String secretKeyFile() {
            return webhooks.secretKeyFile();
        }
    }

    /**
     * The HTTP server: bind address (empty: the command's default), port (0 takes any free one), admin token (empty:
     * generated), public base URL.
     */
    public record Http(String host, int port, String adminToken, String publicUrl) {}

    /**
     * Webhook rules: whether webhooks may point at loopback and private addresses, and the AES keys that seal their
     * secrets at rest (base64, comma-separated, the first sealing) or a file of them.
     */
    public record Webhooks(boolean allowPrivateAddresses, String secretKey, String secretKeyFile) {}

    /**
     * The publisher's identity in CAP and WZDx, and the road network.
     *
     * @param roadNetwork   road-network file (.osm.pbf, .osm, .geojson); empty for none
     * @param sender        CAP sender; empty means newsalert@ the public URL's host
     * @param publisher     CAP senderName and WZDx publisher
     * @param homeArea      GB/T 2260 code of the paper's home area
     * @param dataSource    WZDx organization_name of the closures' source (the newspaper)
     * @param contactEmail  WZDx contact_email; empty for none
     * @param alertValidity how long an alert with no end date stays in force, ISO-8601 (validated at load)
     */
    public record Feeds(
            String roadNetwork,
            String sender,
            String publisher,
            String homeArea,
            String dataSource,
            String contactEmail,
            String alertValidity) {

        /** {@link #alertValidity()} as a duration. */
        @JsonIgnore
        public Duration validity() {
            return Duration.parse(alertValidity);
        }
    }

    /** A copy with another road network file. */
    public NewsalertConfig withRoadNetwork(final String file) {
        return new NewsalertConfig(
                kafka,
                streams,
                alerts,
                new Feeds(
                        file,
                        feeds.sender(),
                        feeds.publisher(),
                        feeds.homeArea(),
                        feeds.dataSource(),
                        feeds.contactEmail(),
                        feeds.alertValidity()));
    }

    /** Settings for a Kafka client of any kind: {@link Kafka#client()} plus the bootstrap servers. */
    public Map<String, Object> clientSettings() {
        final Map<String, Object> settings = new HashMap<>(kafka.client());
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        return settings;
    }

    /**
     * A copy for the demo's embedded broker: its address, and none of {@link Kafka#client()} (security settings for
     * a real cluster would only break the connection to a local plaintext broker).
     */
    public NewsalertConfig onEmbeddedBroker(final String servers) {
        return new NewsalertConfig(
                new Kafka(servers, kafka.partitions(), Map.of(), kafka.compression(), kafka.timeoutSeconds()),
                streams,
                alerts,
                feeds);
    }

    /** A copy that allows webhooks to loopback and private addresses (the demo's receivers are local). */
    public NewsalertConfig allowingPrivateWebhooks() {
        return new NewsalertConfig(
                kafka,
                streams,
                new Alerts(
                        alerts.feeds(), alerts.http(), new Webhooks(true, alerts.secretKeys(), alerts.secretKeyFile())),
                feeds);
    }

    /** A copy with another bootstrap address (a command-line option). */
    public NewsalertConfig withBootstrapServers(final String servers) {
        return new NewsalertConfig(
                new Kafka(servers, kafka.partitions(), kafka.client(), kafka.compression(), kafka.timeoutSeconds()),
                streams,
                alerts,
                feeds);
    }

    /** A copy whose HTTP server binds to {@code host}. */
    public NewsalertConfig withHttpHost(final String host) {
        final Http h = alerts.http();
        return withHttp(new Http(host, h.port(), h.adminToken(), h.publicUrl()));
    }

    /** A copy with another HTTP port. */
    public NewsalertConfig withHttpPort(final int port) {
        final Http h = alerts.http();
        return withHttp(new Http(h.host(), port, h.adminToken(), h.publicUrl()));
    }

    /** A copy with another admin token (one kept in a data folder, say). */
    public NewsalertConfig withAdminToken(final String token) {
        final Http h = alerts.http();
        return withHttp(new Http(h.host(), h.port(), token, h.publicUrl()));
    }

    private NewsalertConfig withHttp(final Http http) {
        return new NewsalertConfig(kafka, streams, new Alerts(alerts.feeds(), http, alerts.webhooks()), feeds);
    }
}
