package io.newsalert.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.extract.SeedArticles;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The closure branch on a real one-node KRaft broker with exactly-once: the seed page as the page reader reads it
 * gives five records on {@code traffic.closures}, and publishing the page again gives none.
 */
@Tag("integration")
class ClosureRoutingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static EmbeddedKafkaCluster kafka;

    @TempDir
    static Path stateDir;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    @Test
    void shouldWriteTheSeedPagesFiveClosuresOnceEvenWhenThePageIsPublishedTwice() throws Exception {
        final Properties props = StreamsSettings.of(
                kafka.bootstrapServers(),
                Map.of(
                        StreamsConfig.APPLICATION_ID_CONFIG,
                        "closure-routing-it",
                        StreamsConfig.STATE_DIR_CONFIG,
                        stateDir.toString()));
        try (KafkaStreams streams = new KafkaStreams(
                ArticleTopology.build(
                        TaxonomyLoader.loadDefault(),
                        new TrafficOnlyClassifier(),
                        ClosureExtractors.standard(Optional.empty())),
                props)) {
            start(streams);
            final List<Article> page = SeedArticles.wholePage();

            publish(page);
            final List<ConsumerRecord<String, TrafficClosure>> first = readClosures(5);

            publish(page);
            publish(List.of(marker()));
            final List<ConsumerRecord<String, TrafficClosure>> afterAgain = readClosures(6);

            assertThat(first)
                    .hasSize(5)
                    .extracting(r -> r.value().getRoad())
                    .containsExactly("武宿机场", "桃园北路", "胜利街", "坞城东街", "并州南路西一巷");
            assertThat(first)
                    .allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()));
            assertThat(afterAgain)
                    .as("only the marker article's closure was added")
                    .hasSize(6)
                    .last()
                    .satisfies(r -> assertThat(r.value().getRoad()).isEqualTo("民航街"));
        }
    }

    /** A later article whose one closure proves the re-published page has been processed before it. */
    private static Article marker() {
        return Article.newBuilder()
                .setId("marker")
                .setPublished(LocalDate.of(2022, 6, 8))
                .setHeadline("东中环附近部分道路封闭施工")
                .setBody("本报讯 6月7日，交警支队通报，因施工需要，即日起，民航街北营南路至和熙路段封闭施工，各类车辆均无法通行。")
                .build();
    }

    private static void start(final KafkaStreams streams) throws InterruptedException {
        final CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        streams.start();
        assertThat(running.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                .as("the streams client runs")
                .isTrue();
    }

    private static void publish(final List<Article> articles) throws Exception {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer())) {
            for (final Article a : articles) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), a.getId(), a))
                        .get();
            }
        }
    }

    private static List<ConsumerRecord<String, TrafficClosure>> readClosures(final int expected) {
        return kafka.readCommitted(
                Topics.CLOSURES.name(),
                Topics.CLOSURES.keySerde().deserializer(),
                Topics.CLOSURES.valueSerde().deserializer(),
                expected,
                WAIT);
    }
}
