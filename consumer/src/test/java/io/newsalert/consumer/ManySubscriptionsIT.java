package io.newsalert.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand webhook subscriptions on one alert-service instance: the matching ones get each alert once, and
 * the service holds one delivery consumer group (plus the fan-out's), not one per subscription.
 */
@Tag("integration")
class ManySubscriptionsIT {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final int SUBSCRIPTIONS = 10_000;
    private static final int MATCHING = 100;
    private static final Duration WAIT = Duration.ofSeconds(120);

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

    @Test
    void shouldDeliverToTheMatchingOnesOfTenThousandSubscriptionsFromOneDeliveryGroup() throws Exception {
        final AlertService service = AlertService.start(
                AlertServiceConfig.builder(kafka.bootstrapServers())
                        .httpPort(0)
                        .adminToken("test-admin-token-1234")
                        .allowPrivateWebhooks(true)
                        .retrySchedule(List.of(Duration.ZERO))
                        .stateDir(stateDir)
                        .applicationId("many")
                        .build(),
                List.of(),
                List.of(),
                null);
        open.add(service);
        service.awaitReady(WAIT);
        final WebhookReceiver receiver = new WebhookReceiver(n -> 200);
        open.add(receiver);
        subscribeAll(new ApiClient(service.port(), service.adminToken()), receiver.url());
        final FeedPublisher feeds = new FeedPublisher(kafka.bootstrapServers());
        open.add(feeds);

        feeds.publishAll(SeedArticles.load());

        final List<String> trafficAlerts = SeedArticles.load().stream()
                .filter(l -> l.topic().equals("traffic"))
                .map(l -> AlertFactory.alertId(l.article().getArticle().getId(), l.topic()))
                .toList();
        Await.until(
                WAIT,
                () -> receiver.delivered().size() >= MATCHING * trafficAlerts.size(),
                () -> receiver.delivered().size() + " deliveries");
        final Map<String, Long> perAlert = receiver.delivered().stream()
                .collect(Collectors.groupingBy(WebhookReceiver.Received::webhookId, Collectors.counting()));
        assertThat(perAlert)
                .containsOnlyKeys(trafficAlerts)
                .allSatisfy((id, n) -> assertThat(n).isEqualTo(MATCHING));
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            final List<String> groups = admin.listGroups().all().get().stream()
                    .map(GroupListing::groupId)
                    .toList();
            assertThat(groups)
                    .filteredOn(g -> g.contains("webhook"))
                    .containsExactlyInAnyOrder("many-webhook-fanout", "many-webhook-deliveries");
            assertThat(groups).hasSizeLessThan(10);
        }
        assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).isLessThan(300);
    }

    /**
     * {@value #MATCHING} subscriptions follow traffic; the others follow traffic too, but with a keyword no alert
     * of the seed page has, so the fan-out must look at each of them and send them nothing.
     */
    private static void subscribeAll(final ApiClient api, final String url) throws Exception {
        final ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            final List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < SUBSCRIPTIONS; i++) {
                final String json = i < MATCHING
                        ? ApiClient.subscription("[\"traffic\"]", url, SECRET)
                        : "{\"topics\": [\"traffic\"], \"filter\": {\"keywords\": [\"月球车第" + i + "号\"]}, "
                                + "\"webhook\": {\"url\": \"" + url + "\", \"secret\": \"" + SECRET + "\"}}";
                ids.add(pool.submit(() -> api.subscribe(json)));
            }
            final List<String> created = new ArrayList<>();
            for (final Future<String> f : ids) {
                created.add(f.get());
            }
            assertThat(created).doesNotHaveDuplicates().hasSize(SUBSCRIPTIONS);
        } finally {
            pool.shutdownNow();
        }
    }
}
