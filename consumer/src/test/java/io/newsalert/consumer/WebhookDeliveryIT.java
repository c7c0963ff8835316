package io.newsalert.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.consumer.alert.AlertTopology;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Topics;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert service end to end on a real broker, with real HTTP servers as subscribers: classified articles of
 * the seed page go onto the topic feeds, and webhooks come out, signed, once each, in order, through failures and
 * restarts.
 */
@Tag("integration")
class WebhookDeliveryIT {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    private EmbeddedKafkaCluster kafka;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void startKafka() throws Exception {
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        kafka.close();
    }

    private <T extends AutoCloseable> T open(final T resource) {
        open.add(resource);
        return resource;
    }

    private AlertServiceConfig config(final List<Duration> schedule) {
        return AlertServiceConfig.builder(kafka.bootstrapServers())
                .httpPort(0)
                .adminToken("test-admin-token-1234")
                .allowPrivateWebhooks(true)
                .retrySchedule(schedule)
                .webhookTimeout(Duration.ofSeconds(5))
                .stateDir(stateDir)
                .build();
    }

    private AlertService startService(final AlertServiceConfig config) throws Exception {
        final AlertService service = AlertService.start(config, List.of(), List.of(), null);
        service.awaitReady(WAIT);
        return service;
    }

    @Test
    void shouldDeliverTheSeedPagesTrafficAndSafetyAlertsWithSignaturesThatVerify() throws Exception {
        final AlertService service = open(startService(config(List.of(Duration.ZERO))));
        final WebhookReceiver receiver = open(WebhookReceiver.healthy());
        new ApiClient(service.port(), service.adminToken())
                .subscribe(ApiClient.subscription("[\"traffic\", \"safety\"]", receiver.url(), SECRET));
        final FeedPublisher feeds = open(new FeedPublisher(kafka.bootstrapServers()));

        feeds.publishAll(SeedArticles.load());

        Await.until(WAIT, () -> receiver.delivered().size() >= 4, () -> "4 deliveries, got " + receiver.requests());
        final List<String> expected = SeedArticles.load().stream()
                .filter(l -> Set.of("traffic", "safety").contains(l.topic()))
                .map(l -> AlertFactory.alertId(l.article().getArticle().getId(), l.topic()))
                .toList();
        assertThat(receiver.delivered())
                .extracting(WebhookReceiver.Received::webhookId)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(receiver.delivered())
                .allSatisfy(r -> assertThat(r.signature())
                        .isEqualTo(expectedSignature(SECRET, r.webhookId(), r.timestamp(), r.body())));
        assertThat(receiver.delivered()).anySatisfy(r -> assertThat(r.body()).contains("桃园北路", "NON_MOTOR_LANE"));
    }

    @Test
    void shouldDeliverEachTopicInTheOrderOfItsPartitionWhenAlertsHasSeveralPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.deleteTopics(List.of(Topics.ALERTS.name())).all().get();
            Await.until(WAIT, () -> !topicExists(admin, Topics.ALERTS.name()), () -> "the alerts topic to go");
            admin.createTopics(List.of(new NewTopic(Topics.ALERTS.name(), 3, (short) 1)))
                    .all()
                    .get();
        }
        final AlertService service = open(startService(config(List.of(Duration.ZERO))));
        final WebhookReceiver receiver = open(WebhookReceiver.healthy());
        new ApiClient(service.port(), service.adminToken())
                .subscribe(ApiClient.subscription("[\"traffic\", \"safety\", \"employment\"]", receiver.url(), SECRET));
        final FeedPublisher feeds = open(new FeedPublisher(kafka.bootstrapServers()));

        feeds.publishAll(SeedArticles.load());

        Await.until(WAIT, () -> receiver.delivered().size() >= 6, () -> "6 deliveries, got " + receiver.requests());
        final List<ConsumerRecord<String, Alert>> alerts = kafka.readCommitted(
                Topics.ALERTS.name(),
                new StringDeserializer(),
                Topics.ALERTS.valueSerde().deserializer(),
                6,
                WAIT);
        assertThat(alerts)
                .allSatisfy(r -> assertThat(r.partition())
                        .isEqualTo(AlertTopology.partitionOf(r.value().getTopic(), 3)));
        for (final String topic : List.of("traffic", "safety", "employment")) {
            final List<String> issued = alerts.stream()
                    .filter(r -> r.value().getTopic().equals(topic))
                    .map(ConsumerRecord::key)
                    .toList();
            assertThat(receiver.delivered())
                    .extracting(WebhookReceiver.Received::webhookId)
                    .filteredOn(issued::contains)
                    .containsExactlyElementsOf(issued);
        }
    }

    private static boolean topicExists(final Admin admin, final String topic) {
        try {
            return admin.listTopics().names().get().contains(topic);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldDeliverNothingNewWhenTheSamePageIsPublishedAgain() throws Exception {
        final AlertService service = open(startService(config(List.of(Duration.ZERO))));
        final WebhookReceiver receiver = open(WebhookReceiver.healthy());
        new ApiClient(service.port(), service.adminToken())
                .subscribe(ApiClient.subscription("[\"traffic\", \"safety\"]", receiver.url(), SECRET));
        final FeedPublisher feeds = open(new FeedPublisher(kafka.bootstrapServers()));
        feeds.publishAll(SeedArticles.load());
        Await.until(WAIT, () -> receiver.delivered().size() >= 4, () -> "4 deliveries, got " + receiver.requests());

        feeds.publishAll(SeedArticles.load());
        feeds.publish("traffic", SeedArticles.marker("marker-1"));

        final String marker = AlertFactory.alertId("marker-1", "traffic");
        Await.until(
                WAIT,
                () -> receiver.delivered().stream().anyMatch(r -> r.webhookId().equals(marker)),
                () -> "the marker alert, got " + receiver.requests());
        assertThat(receiver.requests()).hasSize(5);
        assertThat(receiver.requests().get(4).webhookId()).isEqualTo(marker);
    }

    @Test
    void shouldDeliverEachAlertOnceWithTheSameWebhookIdAfterThreeFailedAttempts() throws Exception {
        final AlertService service = open(startService(config(List.of(
                Duration.ZERO,
                Duration.ofMillis(50),
                Duration.ofMillis(100),
                Duration.ofMillis(200),
                Duration.ofMillis(400)))));
        final WebhookReceiver receiver = open(new WebhookReceiver(attempt -> attempt <= 3 ? 503 : 200));
        new ApiClient(service.port(), service.adminToken())
                .subscribe(ApiClient.subscription("[\"traffic\"]", receiver.url(), SECRET));
        final FeedPublisher feeds = open(new FeedPublisher(kafka.bootstrapServers()));

        feeds.publishAll(SeedArticles.load());

        Await.until(WAIT, () -> receiver.delivered().size() >= 2, () -> "2 deliveries, got " + receiver.requests());
        final Map<String, List<Integer>> answersById = receiver.requests().stream()
                .collect(Collectors.groupingBy(
                        WebhookReceiver.Received::webhookId,
                        Collectors.mapping(WebhookReceiver.Received::answered, Collectors.toList())));
        assertThat(answersById)
                .hasSize(2)
                .allSatisfy((id, answers) -> assertThat(answers).containsExactly(503, 503, 503, 200));
        assertThat(service.metrics().counter("newsalert_alerts_retried_total{channel=\"webhook\"}"))
                .isEqualTo(6);
    }

    @Test
    void shouldDeadLetterAlertsOfADeadReceiverWithoutDelayingAnotherSubscriber() throws Exception {
        final AlertService service =
                open(startService(config(List.of(Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(2)))));
        final WebhookReceiver dead = open(new WebhookReceiver(attempt -> 500));
        final WebhookReceiver healthy = open(WebhookReceiver.healthy());
        final ApiClient api = new ApiClient(service.port(), service.adminToken());
        final String deadId = api.subscribe(ApiClient.subscription("[\"traffic\"]", dead.url(), SECRET));
        api.subscribe(ApiClient.subscription("[\"traffic\"]", healthy.url(), SECRET));
        final FeedPublisher feeds = open(new FeedPublisher(kafka.bootstrapServers()));

        feeds.publishAll(SeedArticles.load());

        Await.until(WAIT, () -> healthy.delivered().size() >= 2, () -> "2 deliveries, got " + healthy.requests());
        assertThat(kafka.readCommitted(
                        Topics.ALERTS_DLQ.name(),
                        new StringDeserializer(),
                        new ByteArrayDeserializer(),
                        1,
                        Duration.ofMillis(300)))
                .isEmpty();
        final List<ConsumerRecord<String, byte[]>> dlq = kafka.readCommitted(
                Topics.ALERTS_DLQ.name(), new StringDeserializer(), new ByteArrayDeserializer(), 2, WAIT);
        assertThat(dlq).hasSize(2).allSatisfy(r -> {
            assertThat(header(r, "subscription-id")).isEqualTo(deadId);
            assertThat(header(r, "reason")).contains("500");
            assertThat(header(r, "attempts")).isEqualTo("3");
        });
        assertThat(dead.requests()).hasSize(6);
    }

    @Test
    void shouldDisableTheSubscriptionWhenTheReceiverAnswersGone() throws Exception {
        final AlertService service = open(startService(config(List.of(Duration.ZERO, Duration.ofMillis(50)))));
        final WebhookReceiver gone = open(new WebhookReceiver(attempt -> 410));
        final ApiClient api = new ApiClient(service.port(), service.adminToken());
        final String id = api.subscribe(ApiClient.subscription("[\"traffic\"]", gone.url(), SECRET));
        final FeedPublisher feeds = open(new FeedPublisher(kafka.bootstrapServers()));

        feeds.publishAll(SeedArticles.load());

        Await.until(WAIT, () -> status(api, id).equals("disabled"), () -> "the subscription to be disabled");
        assertThat(gone.requests()).hasSize(1);
        assertThat(kafka.readCommitted(
                        Topics.ALERTS_DLQ.name(),
                        new StringDeserializer(),
                        new ByteArrayDeserializer(),
                        1,
                        Duration.ofMillis(300)))
                .isEmpty();
    }

    private static String status(final ApiClient api, final String id) {
        try {
            return api.send("GET", "/api/subscriptions/" + id, null, true)
                    .json()
                    .path("status")
                    .asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldLoseNothingWhenTheServiceIsKilledAndRestartedMidDelivery() throws Exception {
        final AlertServiceConfig config = config(List.of(
                Duration.ZERO,
                Duration.ofMillis(100),
                Duration.ofMillis(200),
                Duration.ofMillis(400),
                Duration.ofMillis(800)));
        final AlertService first = startService(config);
        final WebhookReceiver receiver = open(WebhookReceiver.healthy());
        final CountDownLatch inFlight = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        receiver.behave(attempt -> release.getCount() > 0 ? 503 : 200);
        receiver.beforeAnswer(() -> {
            inFlight.countDown();
            awaitQuietly(release);
        });
        new ApiClient(first.port(), first.adminToken())
                .subscribe(ApiClient.subscription("[\"traffic\", \"safety\"]", receiver.url(), SECRET));
        final FeedPublisher feeds = open(new FeedPublisher(kafka.bootstrapServers()));
        feeds.publishAll(SeedArticles.load());
        assertThat(inFlight.await(60, TimeUnit.SECONDS)).isTrue();

        first.close();
        release.countDown();
        receiver.beforeAnswer(() -> {});
        final AlertService second = open(startService(config));

        Await.until(WAIT, () -> receiver.delivered().size() >= 4, () -> "4 deliveries, got " + receiver.requests());
        final List<String> expected = SeedArticles.load().stream()
                .filter(l -> Set.of("traffic", "safety").contains(l.topic()))
                .map(l -> AlertFactory.alertId(l.article().getArticle().getId(), l.topic()))
                .toList();
        assertThat(receiver.delivered())
                .extracting(WebhookReceiver.Received::webhookId)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(receiver.requests().get(0).webhookId())
                .isEqualTo(receiver.delivered().get(0).webhookId());
        assertThat(second.ready()).isTrue();
    }

    private static void awaitQuietly(final CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String header(final ConsumerRecord<String, byte[]> r, final String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** The Standard Webhooks signature, computed independently of the service's signer. */
    private static String expectedSignature(
            final String secret, final String id, final String timestamp, final String body) {
        try {
            final Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return "v1,"
                    + Base64.getEncoder()
                            .encodeToString(
                                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
