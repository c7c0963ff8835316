package io.newsalert.app.pipeline;

import io.newsalert.app.broker.EmbeddedBroker;
import io.newsalert.app.roles.StreamsRunner;
import io.newsalert.producer.input.ArticleInputs;
import io.newsalert.producer.page.PageReaders;
import io.newsalert.producer.publish.ArticlePublisher;
import io.newsalert.schemas.ClassifiedArticle;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page, published to a real broker, comes out of the article pipeline with exactly its gold articles on
 * each topic feed. Subclasses say where the broker is: embedded, or a Testcontainers Kafka where Docker exists.
 */
abstract class AbstractSeedPipelineIT {

    @TempDir
    Path state;

    abstract String bootstrapServers();

    @Test
    void shouldRouteTheSeedPageToEachFeedExactlyAsItsGold() throws Exception {
        final Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        EmbeddedBroker.createTopics(bootstrapServers(), Topics.DECLARED, 1);
        final Map<String, Object> settings = Map.of(
                StreamsConfig.STATE_DIR_CONFIG,
                state.toString(),
                StreamsConfig.APPLICATION_ID_CONFIG,
                "seed-" + UUID.randomUUID());
        try (StreamsRunner pipeline = new StreamsRunner(
                                "The article pipeline",
                                ArticleTopology.build(
                                        taxonomy,
                                        Classifiers.standard(taxonomy),
                                        ClosureExtractors.standard(Optional.empty())),
                                StreamsSettings.of(bootstrapServers(), settings))
                        .start(Duration.ofSeconds(60));
                ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", bootstrapServers()))) {
            publisher.publish(new ArticleInputs(PageReaders.standard())
                    .read(SeedGold.PAGE, LocalDate.of(2022, 5, 25), "太原日报")
                    .articles());

            final SoftAssertions softly = new SoftAssertions();
            for (final String topic : List.of("traffic", "employment", "safety")) {
                final List<String> headlines =
                        readCommitted(Topics.feed(topic).name(), SeedGold.countLabelled(topic)).stream()
                                .map(c -> c.getArticle().getHeadline())
                                .toList();
                softly.assertThat(headlines)
                        .as(topic)
                        .hasSize((int) SeedGold.countLabelled(topic))
                        .doesNotHaveDuplicates();
                softly.assertThat(SeedGold.headlinesLabelled(topic)).as(topic).containsAll(headlines);
            }
            softly.assertAll();
        }
    }

    private List<ClassifiedArticle> readCommitted(final String topic, final long expected) {
        final Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        final List<ClassifiedArticle> records = new java.util.ArrayList<>();
        try (KafkaConsumer<String, ClassifiedArticle> consumer =
                new KafkaConsumer<>(props, Serdes.String().deserializer(), Topics.CLASSIFIED_SERDE.deserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // Read until the expected count has arrived, then one more poll to catch any surplus.
            boolean extraPollDone = false;
            while (System.nanoTime() < deadline && !extraPollDone) {
                if (records.size() >= expected) {
                    extraPollDone = true;
                }
                for (final ConsumerRecord<String, ClassifiedArticle> r : consumer.poll(Duration.ofMillis(500))) {
                    records.add(r.value());
                }
            }
        }
        return records;
    }
}
