package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import io.newsalert.testing.EmbeddedKafkaCluster;
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
            final Future<Integer> exit = runner.submit(() -> new CommandLine(command).execute(
                    "--bootstrap-servers", kafka.bootstrapServers(), "--application-id", "streams-command-it",
                    "-p", "state.dir=" + stateDir));

            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), "jobs-1", Article.newBuilder()
                        .setId("jobs-1").setPublished(LocalDate.of(2022, 5, 25))
                        .setHeadline("近千个岗位迎春招才 宁海大中专毕业生招聘会人气旺")
                        .setBody("本报讯 宁海县春季大中专毕业生招聘会在县人才市场举行，全县146家用人单位带着948个岗位设摊招才。")
                        .build())).get();
            }
            final List<ConsumerRecord<String, ClassifiedArticle>> jobs = kafka.readCommitted(
                    Topics.EMPLOYMENT.name(), Topics.EMPLOYMENT.keySerde().deserializer(),
                    Topics.EMPLOYMENT.valueSerde().deserializer(), 1, Duration.ofSeconds(60));
            command.stop.countDown();

            assertThat(jobs).singleElement().satisfies(r -> assertThat(r.value().getTopics())
                    .containsExactly("employment"));
            assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            runner.shutdownNow();
        }
    }
}
