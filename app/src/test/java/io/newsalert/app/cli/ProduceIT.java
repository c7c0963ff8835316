package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.Topics;
import io.newsalert.testing.Corpus;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProduceIT {

    private static final String SEED = "taiyuan-daily-2022-05-25-p2.txt";
    private static EmbeddedKafkaCluster kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    private static int produce(final StringWriter err) {
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute(
                "produce",
                Corpus.file(SEED).toString(),
                "--bootstrap-servers",
                kafka.bootstrapServers(),
                "--date",
                "2022-05-25",
                "--source",
                "太原日报");
    }

    private static List<ConsumerRecord<String, Article>> articles(final int expected) {
        return kafka.readCommitted(
                Topics.ARTICLES.name(),
                Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer(),
                expected,
                Duration.ofSeconds(30));
    }

    @Test
    @Order(1)
    void shouldPublishTheSeedPagesElevenArticlesKeyedByIdAndStayAtElevenIdsWhenProducedTwice() {
        final StringWriter err = new StringWriter();

        final int first = produce(err);
        final List<ConsumerRecord<String, Article>> once = articles(11);

        assertThat(first).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains(
                        "produce: 11 of 11 articles published to news.articles",
                        "1 captions skipped",
                        "0 inputs failed");
        assertThat(once).hasSize(11).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(r.value().getId());
            assertThat(r.value().getPublished()).isEqualTo(LocalDate.of(2022, 5, 25));
            assertThat(r.value().getSource()).isEqualTo("太原日报");
        });
        assertThat(once).extracting(r -> r.value().getHeadline()).contains("市领导赴迎泽区 调研督导工作", "更换燃气管线 占用部分道路");

        final int second = produce(new StringWriter());
        final List<ConsumerRecord<String, Article>> twice = articles(22);

        assertThat(second).isZero();
        assertThat(twice).hasSize(22);
        assertThat(twice.stream().map(ConsumerRecord::key).distinct())
                .hasSize(11)
                .containsExactlyInAnyOrderElementsOf(
                        once.stream().map(ConsumerRecord::key).toList());
    }

    @Test
    @Order(2)
    void shouldShowProgressOnABatchAndGoOnPastABadFile(@TempDir final Path dir) throws Exception {
        Files.copy(Corpus.file(SEED), dir.resolve("p2.txt"));
        Files.copy(Corpus.file("dev-page-01.txt"), dir.resolve("p3.txt"));
        Files.write(dir.resolve("p4.txt"), new byte[] {0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0});
        final StringWriter err = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setErr(new PrintWriter(err));

        final int status = cli.execute(
                "produce", dir.toString(), "--bootstrap-servers", kafka.bootstrapServers(), "--date", "2022-09-16");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString())
                .contains(
                        "3/3 files",
                        "p4.txt: looks like a binary file",
                        "produce: 18 of 18 articles published to news.articles from 3 inputs; 2 captions skipped; 1 inputs failed.");
    }
}
