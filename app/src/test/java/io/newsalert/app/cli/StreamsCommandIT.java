package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsalert streams} against a real broker: it creates its topics, classifies, and stops when asked. */
@Tag("integration")
class StreamsCommandIT {

    @TempDir
    Path stateDir;

    @Test
    void shouldClassifyArticlesFromTheClusterUntilStopped() throws Exception {
        final ExecutorService runner = Executors.newSingleThreadExecutor();
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            final StreamsCommand command = new StreamsCommand();
            final Future<Integer> exit = runner.submit(() -> new CommandLine(command)
                    .execute(
                            "--bootstrap-servers",
                            kafka.bootstrapServers(),
                            "--application-id",
                            "streams-command-it",
                            "-p",
                            "state.dir=" + stateDir));

            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    Topics.ARTICLES.keySerde().serializer(),
                    Topics.ARTICLES.valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(
                                Topics.ARTICLES.name(),
                                "jobs-1",
                                Article.newBuilder()
                                        .setId("jobs-1")
                                        .setPublished(LocalDate.of(2022, 5, 25))
                                        .setHeadline("近千个岗位迎春招才 宁海大中专毕业生招聘会人气旺")
                                        .setBody("本报讯 宁海县春季大中专毕业生招聘会在县人才市场举行，全县146家用人单位带着948个岗位设摊招才。")
                                        .build()))
                        .get();
            }
            final List<ConsumerRecord<String, ClassifiedArticle>> jobs = kafka.readCommitted(
                    Topics.EMPLOYMENT.name(),
                    Topics.EMPLOYMENT.keySerde().deserializer(),
                    Topics.EMPLOYMENT.valueSerde().deserializer(),
                    1,
                    Duration.ofSeconds(60));
            command.stop.countDown();

            assertThat(jobs)
                    .singleElement()
                    .satisfies(r -> assertThat(r.value().getTopics()).containsExactly("employment"));
            assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            runner.shutdownNow();
        }
    }

    @Test
    void shouldRouteToTheExtraTopicOfTheTaxonomyNamedByTheEnvironment() throws Exception {
        final Path taxonomy = stateDir.resolve("taxonomy-with-weather.yaml");
        try (InputStream in = TaxonomyLoader.class.getClassLoader().getResourceAsStream("taxonomy.yaml")) {
            Files.writeString(
                    taxonomy, new String(in.readAllBytes(), StandardCharsets.UTF_8) + """

                      - name: weather
                        output: news.weather
                        threshold: 6
                        terms: {天气: 3, 气温: 2, 降温: 3, 降雨: 3, 降雪: 3, 气象台: 2, 预报: 2, 冷空气: 3, 摄氏度: 1}
                    """, StandardCharsets.UTF_8);
        }
        final ExecutorService runner = Executors.newSingleThreadExecutor();
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            final StreamsCommand command = new StreamsCommand();
            command.config.environment(Map.of(
                    "NEWSALERT_TAXONOMY",
                    taxonomy.toString(),
                    "NEWSALERT_BOOTSTRAP_SERVERS",
                    kafka.bootstrapServers()));
            final Future<Integer> exit = runner.submit(() -> new CommandLine(command)
                    .execute("--application-id", "streams-command-weather-it", "-p", "state.dir=" + stateDir));

            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    Topics.ARTICLES.keySerde().serializer(),
                    Topics.ARTICLES.valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(
                                Topics.ARTICLES.name(),
                                "weather-1",
                                Article.newBuilder()
                                        .setId("weather-1")
                                        .setPublished(LocalDate.of(2022, 11, 28))
                                        .setHeadline("冷空气来袭 气象台预报明起降温")
                                        .setBody("本报讯 市气象台预报，受冷空气影响，明天起全市大幅降温，最高气温只有8摄氏度，" + "局部地区有降雨，天气转冷，请市民注意添衣。")
                                        .build()))
                        .get();
            }
            final List<ConsumerRecord<String, ClassifiedArticle>> weather = kafka.readCommitted(
                    "news.weather",
                    Topics.feed("weather").keySerde().deserializer(),
                    Topics.feed("weather").valueSerde().deserializer(),
                    1,
                    Duration.ofSeconds(60));
            command.stop.countDown();

            assertThat(weather)
                    .singleElement()
                    .satisfies(r -> assertThat(r.value().getTopics()).contains("weather"));
            assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            runner.shutdownNow();
        }
    }
}
