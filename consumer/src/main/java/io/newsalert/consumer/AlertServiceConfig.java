package io.newsalert.consumer;

import io.newsalert.consumer.subscription.SecretBox;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the alert service needs to know, validated once and immutable afterwards.
 *
 * @param bootstrapServers     Kafka bootstrap servers
 * @param feeds                taxonomy topics to alert on ({@code news.<feed>} topics)
 * @param httpPort             port of the HTTP API; 0 takes any free port
 * @param adminToken           bearer token for the API's write operations; never logged
 * @param allowPrivateWebhooks whether webhooks may point at loopback or private addresses (the demo's do)
 * @param retrySchedule        delay before each webhook attempt; the first is normally zero
 * @param webhookTimeout       how long one webhook attempt may take
 * @param maxBodyBytes         largest accepted JSON request body
 * @param maxPageBytes         largest accepted page upload
 * @param sseRetention         how far back the live stream (and {@code /api/alerts}) can replay
 * @param maxRetainedAlerts    cap on the alerts kept in memory for replay and listing
 * @param stateDir             where Kafka Streams keeps the store of alert ids already issued
 * @param applicationId        prefix of the Kafka Streams application id and consumer groups
 * @param kafka                extra Kafka client settings, applied to every client
 * @param topicPartitions      partitions of the topics it creates; 0 leaves the count to the broker
 * @param roadNetwork          road-network file closures are located on (.osm.pbf, .osm, .geojson); null for none
 * @param httpHost             the address the HTTP server binds to ({@code 0.0.0.0} for every interface)
 * @param secrets              seals webhook secrets before they are stored in Kafka
 */
public record AlertServiceConfig(
        String bootstrapServers,
        List<String> feeds,
        int httpPort,
        String adminToken,
        boolean allowPrivateWebhooks,
        List<Duration> retrySchedule,
        Duration webhookTimeout,
        int maxBodyBytes,
        int maxPageBytes,
        Duration sseRetention,
        int maxRetainedAlerts,
        Path stateDir,
        String applicationId,
        Map<String, Object> kafka,
        int topicPartitions,
        Path roadNetwork,
        String httpHost,
        SecretBox secrets) {

    /** The Standard Webhooks schedule: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. */
    public static final List<Duration> STANDARD_WEBHOOKS_SCHEDULE = List.of(
            Duration.ZERO,
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(14),
            Duration.ofHours(20),
            Duration.ofHours(24));

    public static final List<String> DEFAULT_FEEDS = List.of("traffic", "employment", "safety");

    public AlertServiceConfig {
        require(bootstrapServers != null && !bootstrapServers.isBlank(), "bootstrap servers are required");
        feeds = List.copyOf(Objects.requireNonNull(feeds, "feeds"));
        require(!feeds.isEmpty(), "at least one feed is required");
        feeds.forEach(f -> require(f.matches("[a-z0-9][a-z0-9_-]*"), "feed names are lower-case words: " + f));
        require(httpPort >= 0 && httpPort <= 65535, "the HTTP port must be between 0 and 65535");
        if (adminToken == null || adminToken.isBlank()) {
            adminToken = generateToken();
        }
        require(adminToken.length() >= 16, "the admin token must have at least 16 characters");
        retrySchedule = List.copyOf(Objects.requireNonNull(retrySchedule, "retrySchedule"));
        require(!retrySchedule.isEmpty(), "the retry schedule needs at least one attempt");
        retrySchedule.forEach(d -> require(!d.isNegative(), "retry delays cannot be negative"));
        require(
                webhookTimeout != null && !webhookTimeout.isNegative() && !webhookTimeout.isZero(),
                "the webhook timeout must be positive");
        require(
                webhookTimeout.compareTo(Duration.ofMinutes(2)) <= 0,
                "the webhook timeout must stay under two minutes, well inside max.poll.interval.ms");
        require(maxBodyBytes > 0 && maxPageBytes > 0, "size limits must be positive");
        require(sseRetention != null && !sseRetention.isNegative(), "the live-stream retention cannot be negative");
        require(maxRetainedAlerts > 0, "at least one alert must be retained");
        Objects.requireNonNull(stateDir, "stateDir");
        require(applicationId != null && applicationId.matches("[A-Za-z0-9._-]+"), "bad application id");
        kafka = Map.copyOf(Objects.requireNonNull(kafka, "kafka"));
        require(topicPartitions >= 0, "the topic partition count cannot be negative");
        require(httpHost != null && !httpHost.isBlank(), "the HTTP bind address is required");
        Objects.requireNonNull(secrets, "secrets");
    }

    /** The defaults for a cluster: standard feeds, port 8080, generated token, the spec's retry schedule. */
    public static Builder builder(final String bootstrapServers) {
        return new Builder(bootstrapServers);
    }

    @Override
    public String toString() {
        return "AlertServiceConfig[bootstrapServers=" + bootstrapServers + ", feeds=" + feeds + ", httpHost=" + httpHost
                + ", httpPort=" + httpPort
                + ", adminToken=<hidden>, allowPrivateWebhooks=" + allowPrivateWebhooks + ", retrySchedule="
                + retrySchedule + ", webhookTimeout=" + webhookTimeout + ", maxBodyBytes=" + maxBodyBytes
                + ", maxPageBytes=" + maxPageBytes + ", sseRetention=" + sseRetention + ", maxRetainedAlerts="
                + maxRetainedAlerts + ", stateDir=" + stateDir + ", applicationId=" + applicationId
                + ", topicPartitions="
                + topicPartitions + ", roadNetwork=" + roadNetwork + "]";
    }

    private static void require(final boolean ok, final String message) {
        if (!ok) {
            throw new IllegalArgumentException("Invalid alert service configuration: " + message + ".");
        }
    }

    private static String generateToken() {
        final byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Fills a configuration step by step; {@link #build()} validates it. */
    public static final class Builder {
        private final String bootstrapServers;
        private List<String> feeds = DEFAULT_FEEDS;
        private int httpPort = 8080;
        private String adminToken;
        private boolean allowPrivateWebhooks;
        private List<Duration> retrySchedule = STANDARD_WEBHOOKS_SCHEDULE;
        private Duration webhookTimeout = Duration.ofSeconds(10);
        private int maxBodyBytes = 16 * 1024;
        private int maxPageBytes = 1024 * 1024;
        private Duration sseRetention = Duration.ofDays(7);
        private int maxRetainedAlerts = 10_000;
        private Path stateDir = Path.of(System.getProperty("java.io.tmpdir"), "newsalert-alerts");
        private String applicationId = "newsalert-alerts";
        private Map<String, Object> kafka = Map.of();
        private int topicPartitions;
        private Path roadNetwork;
        private String httpHost = "0.0.0.0";
        private SecretBox secrets;

        private Builder(final String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
        }

        public Builder feeds(final List<String> value) {
            this.feeds = value;
            return this;
        }

        public Builder httpPort(final int value) {
            this.httpPort = value;
            return this;
        }

        public Builder adminToken(final String value) {
            this.adminToken = value;
            return this;
        }

        public Builder allowPrivateWebhooks(final boolean value) {
            this.allowPrivateWebhooks = value;
            return this;
        }

        public Builder retrySchedule(final List<Duration> value) {
            this.retrySchedule = value;
            return this;
        }

        public Builder webhookTimeout(final Duration value) {
            this.webhookTimeout = value;
            return this;
        }

        public Builder maxBodyBytes(final int value) {
            this.maxBodyBytes = value;
            return this;
        }

        public Builder maxPageBytes(final int value) {
            this.maxPageBytes = value;
            return this;
        }

        public Builder sseRetention(final Duration value) {
            this.sseRetention = value;
            return this;
        }

        public Builder maxRetainedAlerts(final int value) {
            this.maxRetainedAlerts = value;
            return this;
        }

        public Builder stateDir(final Path value) {
            this.stateDir = value;
            return this;
        }

        public Builder applicationId(final String value) {
            this.applicationId = value;
            return this;
        }

        public Builder kafka(final Map<String, Object> value) {
            this.kafka = value;
            return this;
        }

        public Builder topicPartitions(final int value) {
            this.topicPartitions = value;
            return this;
        }

        public Builder roadNetwork(final Path value) {
            this.roadNetwork = value;
            return this;
        }

        /** The address to bind the HTTP server to: {@code 127.0.0.1} for this machine only. */
        public Builder httpHost(final String value) {
            this.httpHost = value;
            return this;
        }

        /** The keys that seal webhook secrets; without them, a key made at start and kept nowhere. */
        public Builder secrets(final SecretBox value) {
            this.secrets = value;
            return this;
        }

        public AlertServiceConfig build() {
            return new AlertServiceConfig(
                    bootstrapServers,
                    feeds,
                    httpPort,
                    adminToken,
                    allowPrivateWebhooks,
                    retrySchedule,
                    webhookTimeout,
                    maxBodyBytes,
                    maxPageBytes,
                    sseRetention,
                    maxRetainedAlerts,
                    stateDir,
                    applicationId,
                    kafka,
                    topicPartitions,
                    roadNetwork,
                    httpHost,
                    secrets != null ? secrets : SecretBox.ephemeral());
        }
    }
}
