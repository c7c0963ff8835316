package io.newsalert.app.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.consumer.AlertService;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.producer.publish.ArticlePublisher;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.Topics;
import io.newsalert.testing.Corpus;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code POST /api/pages} through the producer's input checks, on a real broker and a real HTTP server. */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageUploadIT {

    private static final String TOKEN = "admin-token-for-page-tests";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedKafkaCluster kafka;
    private static ArticlePublisher publisher;
    private static AlertService service;
    private static String seed;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
        publisher = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        service = AlertService.start(
                AlertServiceConfig.builder(kafka.bootstrapServers())
                        .httpPort(0)
                        .adminToken(TOKEN)
                        .stateDir(Files.createTempDirectory("page-upload"))
                        .build(),
                List.of(),
                List.of(),
                new ProducerPagePublisher(publisher, "太原日报"));
        service.awaitReady(Duration.ofSeconds(60));
        seed = Files.readString(Corpus.file("taiyuan-daily-2022-05-25-p2.txt"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        publisher.close();
        kafka.close();
    }

    private static HttpResponse<String> post(final String query, final byte[] body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/pages" + query))
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
    void shouldPublishTheSameElevenArticlesFromTheUtf8AndTheGbkPage() throws Exception {
        final Charset gbk = Charset.forName("GBK");
        assertThat(gbk.newEncoder().canEncode(seed))
                .as("the seed page is representable in GBK")
                .isTrue();

        final HttpResponse<String> utf8 = post("?date=2022-05-25", seed.getBytes(StandardCharsets.UTF_8));
        final HttpResponse<String> gbkAnswer = post("?date=2022-05-25", seed.getBytes(gbk));

        assertThat(utf8.statusCode()).as(utf8.body()).isEqualTo(202);
        assertThat(gbkAnswer.statusCode()).as(gbkAnswer.body()).isEqualTo(202);
        assertThat(JSON.readTree(utf8.body()).path("articles").asInt()).isEqualTo(11);
        assertThat(JSON.readTree(gbkAnswer.body()).path("articles").asInt()).isEqualTo(11);
        final List<ConsumerRecord<String, Article>> both = articles(22);
        assertThat(both.stream().map(ConsumerRecord::key).distinct()).hasSize(11);
        assertThat(both.stream().map(r -> r.value().getHeadline()).distinct())
                .hasSize(11)
                .contains("更换燃气管线 占用部分道路");
    }

    @Test
    @Order(2)
    void shouldRefuseBinaryGarbageWith415AndAProblem() throws Exception {
        final byte[] garbage = new byte[4096];
        new Random(13).nextBytes(garbage);

        final HttpResponse<String> r = post("?date=2022-05-25", garbage);

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).path("detail").asText()).contains("uploaded-page");
    }

    @Test
    @Order(3)
    void shouldRefuseAnEmptyPageWith400() throws Exception {
        final HttpResponse<String> empty = post("?date=2022-05-25", new byte[0]);
        final HttpResponse<String> blank = post("?date=2022-05-25", " \n\n ".getBytes(StandardCharsets.UTF_8));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(blank.body()).path("detail").asText()).contains("empty");
    }

    @Test
    @Order(4)
    void shouldInferTheDateWithAWarningWhenNoneIsGiven() throws Exception {
        final HttpResponse<String> r = post("", seed.getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        final JsonNode warnings = JSON.readTree(r.body()).path("warnings");
        assertThat(warnings.isArray()).isTrue();
        assertThat(warnings.toString()).contains("No edition date was given", "-05-25");
    }
}
