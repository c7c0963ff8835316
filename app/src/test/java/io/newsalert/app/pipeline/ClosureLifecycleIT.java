package io.newsalert.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.app.cli.NewsalertCommand;
import io.newsalert.app.roles.ProgressWatcher;
import io.newsalert.app.roles.StreamsRunner;
import io.newsalert.consumer.AlertService;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.consumer.feeds.FeedRoutes;
import io.newsalert.consumer.subscription.WebhookUrlPolicy;
import io.newsalert.consumer.webhook.HttpWebhookClient;
import io.newsalert.producer.publish.ArticlePublisher;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.schemas.json.ArticleLines;
import io.newsalert.streams.classify.Classifiers;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.classify.TaxonomyLoader;
import io.newsalert.streams.extract.ClosureExtractors;
import io.newsalert.streams.topology.ArticleTopology;
import io.newsalert.streams.topology.StreamsSettings;
import io.newsalert.testing.Corpus;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One closure's life on a real broker, through the real pipeline and alert service: announced, reported again by a
 * second article, extended, lifted early; then, more than a week later (the alert service's clock moved on), an
 * unrelated notice. {@code traffic.closures} holds one key with three versions, the API follows them, CAP goes
 * Alert → Update → Cancel, and {@code newsalert closures --active D} agrees with {@code GET /api/closures?active=D}.
 */
@Tag("integration")
class ClosureLifecycleIT {

    private static final String KEY = "迎泽西大街|千峰南路|滨河西路|SOUTH|NON_MOTOR_LANE";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path state;

    private static EmbeddedKafkaCluster kafka;
    private static StreamsRunner pipeline;
    private static AlertService service;
    private static ServiceClient client;
    private static final MovableClock CLOCK = new MovableClock();

    /** {@code /api/closures?active=2022-09-01} after each of the three versions. */
    private static final List<JsonNode> ON_FIRST_OF_SEPTEMBER = new ArrayList<>();

    private static final List<String> CAP = new ArrayList<>();
    private static List<Article> notices;

    @BeforeAll
    static void followTheClosure() throws Exception {
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
        final Taxonomy taxonomy = TaxonomyLoader.loadDefault();
        pipeline = new StreamsRunner(
                        "The article pipeline",
                        ArticleTopology.build(
                                taxonomy, Classifiers.standard(taxonomy), ClosureExtractors.standard(Optional.empty())),
                        StreamsSettings.of(
                                kafka.bootstrapServers(),
                                Map.of(
                                        StreamsConfig.STATE_DIR_CONFIG,
                                        state.resolve("streams").toString(),
                                        StreamsConfig.APPLICATION_ID_CONFIG,
                                        "lifecycle-" + UUID.randomUUID())))
                .start(WAIT);
        service = AlertService.start(
                AlertServiceConfig.builder(kafka.bootstrapServers())
                        .httpPort(0)
                        .adminToken("lifecycle-test-token-1234")
                        .stateDir(state.resolve("alerts"))
                        .build(),
                List.of(),
                List.of((alerts, closures) -> new FeedRoutes(alerts, closures, Clock.systemUTC(), (String) null)),
                null,
                new HttpWebhookClient(Duration.ofSeconds(5), new WebhookUrlPolicy(true)),
                CLOCK);
        service.awaitReady(WAIT);
        client = new ServiceClient(service.port());

        notices = read("lifecycle/yingze-west-works.jsonl");
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            publisher.publish(notices.subList(0, 2));
            awaitRevision(1);
            awaitAlert(notices.get(1));
            ON_FIRST_OF_SEPTEMBER.add(closures("?active=2022-09-01"));
            publisher.publish(List.of(notices.get(2)));
            awaitRevision(2);
            ON_FIRST_OF_SEPTEMBER.add(closures("?active=2022-09-01"));
            publisher.publish(List.of(notices.get(3)));
            awaitRevision(3);
            ON_FIRST_OF_SEPTEMBER.add(closures("?active=2022-09-01"));
            for (final int i : List.of(0, 2, 3)) {
                CAP.add(get("/alerts/" + alertId(notices.get(i)) + ".cap").body());
            }

            CLOCK.moveOn(Duration.ofDays(8));
            publisher.publish(read("lifecycle/later-notice.jsonl"));
            await(() -> closures("").get("count").asInt() == 2, "the later notice's closure to arrive");
            await(
                    () -> get("/alerts/" + alertId(notices.get(0)) + ".json").statusCode() == 404,
                    "the first alert to leave the seven-day window");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldHoldThreeVersionsOfTheClosureUnderOneKey() {
        final List<ConsumerRecord<String, TrafficClosure>> records = kafka.readCommitted(
                Topics.CLOSURES.name(),
                Topics.CLOSURES.keySerde().deserializer(),
                Topics.CLOSURES.valueSerde().deserializer(),
                4,
                Duration.ofSeconds(20));
        final List<ConsumerRecord<String, TrafficClosure>> ours =
                records.stream().filter(r -> r.key().equals(KEY)).toList();

        assertThat(records).hasSize(4);
        assertThat(ours).extracting(r -> r.value().getRevision()).containsExactly(1, 2, 3);
        assertThat(ours)
                .extracting(r -> r.value().getEnd())
                .containsExactly(LocalDate.of(2022, 7, 31), LocalDate.of(2022, 9, 15), LocalDate.of(2022, 8, 19));
        assertThat(ours.get(2).value().getStatus()).isEqualTo(ClosureStatus.CANCELLED);
    }

    @Test
    void shouldShowTheNewEndDateThenDropTheClosure() {
        assertThat(ON_FIRST_OF_SEPTEMBER.get(0).get("count").asInt()).isZero();
        assertThat(ON_FIRST_OF_SEPTEMBER.get(1).get("closures")).singleElement().satisfies(c -> {
            assertThat(c.get("id").asText()).isEqualTo(KEY);
            assertThat(c.get("end_date").asText()).startsWith("2022-09-15");
        });
        assertThat(ON_FIRST_OF_SEPTEMBER.get(2).get("count").asInt()).isZero();
    }

    @Test
    void shouldSendAlertThenUpdateThenCancelWithReferences() {
        assertThat(CAP.get(0)).contains("<msgType>Alert</msgType>").doesNotContain("<references>");
        final String first = identifierAndSent(CAP.get(0));
        assertThat(CAP.get(1)).contains("<msgType>Update</msgType>", "<references>", first);
        assertThat(CAP.get(2)).contains("<msgType>Cancel</msgType>", first, identifierAndSent(CAP.get(1)));
    }

    @Test
    void shouldAnswerTheClosuresCommandAndTheApiAlikeOnEveryDay() throws Exception {
        // The answer can only change on a first or a last day, so the days around each are every case there is.
        final TreeSet<LocalDate> days = new TreeSet<>(List.of(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 12, 31)));
        for (final JsonNode c : closures("").get("closures")) {
            for (final String field : List.of("start_date", "end_date")) {
                final LocalDate day = LocalDate.parse(c.get(field).asText().substring(0, 10));
                days.addAll(List.of(day.minusDays(1), day, day.plusDays(1)));
            }
        }
        for (final LocalDate day : days) {
            final List<String> api = new ArrayList<>();
            closures("?active=" + day)
                    .get("closures")
                    .forEach(c -> api.add(c.get("id").asText()));

            assertThat(cli(day)).as("closures active on %s", day).isEqualTo(api);
        }
        assertThat(cli(LocalDate.of(2022, 8, 10))).containsExactly(KEY);
    }

    private static List<String> cli(final LocalDate day) throws Exception {
        final StringWriter out = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("closures", "--active", day.toString(), "--bootstrap-servers", kafka.bootstrapServers()))
                .isZero();
        final List<String> ids = new ArrayList<>();
        for (final String line : out.toString().lines().toList()) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        return ids;
    }

    /** The "identifier,sent" of a CAP message, as a later message cites it. */
    private static String identifierAndSent(final String cap) {
        return between(cap, "<identifier>", "</identifier>") + "," + between(cap, "<sent>", "</sent>");
    }

    private static String between(final String text, final String open, final String close) {
        final int start = text.indexOf(open) + open.length();
        return text.substring(start, text.indexOf(close, start));
    }

    private static void awaitRevision(final int revision) throws InterruptedException {
        await(
                () -> {
                    for (final JsonNode c : closures("").get("closures")) {
                        if (c.get("id").asText().equals(KEY)
                                && c.get("revision").asInt() == revision) {
                            return true;
                        }
                    }
                    return false;
                },
                "revision " + revision);
    }

    private static void awaitAlert(final Article article) throws InterruptedException {
        await(
                () -> get("/alerts/" + alertId(article) + ".json").statusCode() == 200,
                "the alert of " + article.getId());
    }

    private static void await(final java.util.function.BooleanSupplier condition, final String what)
            throws InterruptedException {
        assertThat(ProgressWatcher.await(condition, WAIT))
                .as("waiting for " + what)
                .isTrue();
    }

    private static String alertId(final Article article) {
        return AlertFactory.alertId(article.getId(), "traffic");
    }

    private static JsonNode closures(final String query) {
        return client.closures(query);
    }

    private static HttpResponse<String> get(final String path) {
        return client.get(path);
    }

    private static List<Article> read(final String file) {
        return ArticleLines.read(Corpus.file(file)).orThrow().stream()
                .map(ArticleLines.Line::article)
                .toList();
    }
}
