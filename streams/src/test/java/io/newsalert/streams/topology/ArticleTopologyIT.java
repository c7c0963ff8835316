package io.newsalert.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.StreamsDefaults;
import io.newsalert.schemas.Topics;
import io.newsalert.streams.classify.Classification;
import io.newsalert.streams.classify.Classifier;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractor;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article pipeline on a real one-node KRaft broker, with exactly-once and the dead-letter queue. */
@Tag("integration")
class ArticleTopologyIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static EmbeddedKafkaCluster kafka;

    @TempDir
    static java.nio.file.Path stateDir;

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
    void shouldSendPoisonAndUnclassifiableRecordsToTheDeadLetterTopicAndStillClassifyTheNextArticle() throws Exception {
        final Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        final Classifier standard = Classifiers.standard(taxonomy);
        final Classifier failsOnBroken = new Classifier() {
            @Override
            public Classification classify(final Article article) {
                if (article.getId().equals("a-broken")) {
                    throw new IllegalStateException("分词失败");
                }
                return standard.classify(article);
            }

            @Override
            public String version() {
                return standard.version();
            }
        };
        final Properties props = StreamsSettings.of(
                kafka.bootstrapServers(),
                Map.of(
                        StreamsConfig.APPLICATION_ID_CONFIG,
                        "article-topology-it",
                        StreamsConfig.STATE_DIR_CONFIG,
                        stateDir.toString()));
        try (KafkaStreams streams =
                new KafkaStreams(ArticleTopology.build(taxonomy, failsOnBroken, ClosureExtractor.none()), props)) {
            final CountDownLatch running = new CountDownLatch(1);
            streams.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.RUNNING) {
                    running.countDown();
                }
            });
            streams.setUncaughtExceptionHandler(StreamsDefaults.replaceThenShutdown("the article pipeline", 0));
            streams.start();
            assertThat(running.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("the streams client runs")
                    .isTrue();

            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(
                                Topics.ARTICLES.name(), "poison", "本报讯 这不是Avro".getBytes(StandardCharsets.UTF_8)))
                        .get();
                producer.send(new ProducerRecord<>(
                                Topics.ARTICLES.name(),
                                "a-broken",
                                Topics.ARTICLE_SERDE
                                        .serializer()
                                        .serialize(
                                                Topics.ARTICLES.name(),
                                                SampleArticles.article(
                                                        "a-broken", "更换燃气管线 占用部分道路", "本报讯 交警支队通报，部分非机动车道封闭施工。"))))
                        .get();
                producer.send(new ProducerRecord<>(
                                Topics.ARTICLES.name(),
                                "a-closure",
                                Topics.ARTICLE_SERDE
                                        .serializer()
                                        .serialize(Topics.ARTICLES.name(), SampleArticles.closure())))
                        .get();
            }

            final List<ConsumerRecord<String, byte[]>> dead = kafka.readCommitted(
                    Topics.ARTICLES_DLQ.name(),
                    Topics.ARTICLES_DLQ.keySerde().deserializer(),
                    Topics.ARTICLES_DLQ.valueSerde().deserializer(),
                    2,
                    WAIT);
            final List<ConsumerRecord<String, ClassifiedArticle>> traffic = kafka.readCommitted(
                    Topics.TRAFFIC.name(),
                    Topics.TRAFFIC.keySerde().deserializer(),
                    Topics.TRAFFIC.valueSerde().deserializer(),
                    1,
                    WAIT);

            assertThat(dead).hasSize(2);
            assertThat(dead.get(0).key()).isEqualTo("poison");
            assertThat(header(dead.get(0), "__streams.errors.exception")).contains("SerializationException");
            assertThat(header(dead.get(0), "__streams.errors.message")).contains("Article");
            assertThat(header(dead.get(0), "__streams.errors.offset")).isEqualTo("0");
            assertThat(dead.get(1).key()).isEqualTo("a-broken");
            assertThat(header(dead.get(1), "__streams.errors.exception")).contains("ClassificationException");
            assertThat(header(dead.get(1), "__streams.errors.message"))
                    .contains("a-broken")
                    .contains("分词失败");
            assertThat(header(dead.get(1), "__streams.errors.offset")).isEqualTo("1");
            assertThat(traffic).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("a-closure");
                assertThat(r.value().getTopics()).containsExactly("traffic");
            });
        }
    }

    private static String header(final ConsumerRecord<?, ?> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
