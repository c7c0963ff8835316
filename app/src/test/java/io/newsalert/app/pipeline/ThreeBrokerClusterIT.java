package io.newsalert.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.app.roles.StreamsRunner;
import io.newsalert.consumer.AlertService;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.publish.ArticlePublisher;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.Topics;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.topology.ArticleTopology;
import io.newsalert.streams.topology.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline and the alert service on a three-broker KRaft cluster with replication factor 3 and
 * {@code min.insync.replicas=2}: one broker is stopped while pages are being published, and the feeds,
 * {@code traffic.closures} and {@code alerts} still hold every record exactly once.
 */
@Tag("integration")
class ThreeBrokerClusterIT {

    /** The closed segments of the seed page (its gold has five). */
    private static final int SEED_CLOSURES = 5;

    private static final int ROUNDS = 6;

    @TempDir
    Path state;

    @Test
    void shouldLoseAndDuplicateNothingWhenABrokerStopsMidStream() throws Exception {
        try (KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(false)
                        .setNumBrokerNodes(3)
                        .setNumControllerNodes(1)
                        .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                        .build())
                .setConfigProp("default.replication.factor", "3")
                .setConfigProp("min.insync.replicas", "2")
                .setConfigProp("offsets.topic.replication.factor", "3")
                .setConfigProp("transaction.state.log.replication.factor", "3")
                .setConfigProp("transaction.state.log.min.isr", "2")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("log.cleaner.dedupe.buffer.size", "2097152")
                .build()) {
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            final String servers = kit.bootstrapServers();
            createTopics(servers);
            final Taxonomy taxonomy = TaxonomyLoader.loadDefault();
            final List<Article> page = new ArticleInputs(PageReaders.standard())
                    .read(SeedGold.PAGE, LocalDate.of(2022, 5, 25), "太原日报")
                    .articles();
            final Set<String> published = new HashSet<>();
            try (StreamsRunner pipeline = new StreamsRunner(
                                    "The article pipeline",
                                    ArticleTopology.build(
                                            taxonomy,
                                            Classifiers.standard(taxonomy),
                                            ClosureExtractors.standard(Optional.empty())),
                                    StreamsSettings.of(
                                            servers,
                                            Map.of(
                                                    StreamsConfig.STATE_DIR_CONFIG,
                                                    state.resolve("s").toString(),
                                                    StreamsConfig.APPLICATION_ID_CONFIG,
                                                    "cluster-" + UUID.randomUUID())))
                            .start(Duration.ofSeconds(120));
                    AlertService alerts = AlertService.start(
                            AlertServiceConfig.builder(servers)
                                    .httpPort(0)
                                    .stateDir(state.resolve("a"))
                                    .build(),
                            List.of(),
                            List.of(),
                            null);
                    ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", servers))) {
                alerts.awaitReady(Duration.ofSeconds(120));
                for (int round = 0; round < ROUNDS; round++) {
                    if (round == ROUNDS / 2) {
                        kit.brokers().values().iterator().next().shutdown();
                    }
                    final List<Article> batch = new ArrayList<>();
                    for (final Article a : page) {
                        batch.add(Article.newBuilder(a)
                                .setId(a.getId() + "-r" + round)
                                .build());
                    }
                    publisher.publish(batch);
                    batch.forEach(a -> published.add(a.getId()));
                }
                final Map<String, List<String>> feeds = new java.util.HashMap<>();
                for (final String feed : List.of("traffic", "employment", "safety", "other")) {
                    feeds.put(feed, keys(servers, Topics.feed(feed).name(), Duration.ofSeconds(60)));
                }
                final Set<String> classified = new HashSet<>();
                feeds.forEach((feed, ids) -> {
                    assertThat(ids).as(feed).doesNotHaveDuplicates();
                    classified.addAll(ids);
                });
                assertThat(classified).containsExactlyInAnyOrderElementsOf(published);
                assertThat(feeds.get("traffic")).hasSize((int) SeedGold.countLabelled("traffic") * ROUNDS);
                final List<String> expectedAlerts = new ArrayList<>();
                for (final String feed : List.of("traffic", "employment", "safety")) {
                    feeds.get(feed).forEach(id -> expectedAlerts.add(AlertFactory.alertId(id, feed)));
                }
                assertThat(keys(servers, Topics.ALERTS.name(), Duration.ofSeconds(60)))
                        .containsExactlyInAnyOrderElementsOf(expectedAlerts);
                final List<String> closures = keys(servers, Topics.CLOSURES.name(), Duration.ofSeconds(30));
                // Closures are keyed by segment: the later rounds report the same five segments again, which adds no
                // version, so each segment's record is there exactly once, the stopped broker notwithstanding.
                assertThat(closures).doesNotHaveDuplicates().hasSize(SEED_CLOSURES);
            }
        }
    }

    private static void createTopics(final String servers) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", servers))) {
            admin.createTopics(Topics.STANDARD.stream()
                            .map(t -> new NewTopic(t, t.equals(Topics.SUBSCRIPTIONS.name()) ? 1 : 3, (short) 3)
                                    .configs(Map.of("min.insync.replicas", "2")))
                            .toList())
                    .all()
                    .get();
        }
    }

    /** The keys of every committed record of {@code topic}, read until nothing new comes for a few seconds. */
    private static List<String> keys(final String servers, final String topic, final Duration timeout) {
        final List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        servers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + timeout.toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline
                    && System.nanoTime() - quietSince < Duration.ofSeconds(8).toNanos()) {
                for (final ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                    quietSince = System.nanoTime();
                }
            }
        }
        return keys;
    }
}
