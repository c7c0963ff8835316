package io.newsalert.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.testing.EmbeddedKafkaCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lag gauge of webhook delivery counts the alerts waiting while a receiver fails: they wait on the retry topic,
 * whose offsets the delivery group commits only once they are done.
 */
@Tag("integration")
class ConsumerLagIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern WEBHOOK_LAG =
            Pattern.compile("newsalert_consumer_lag\\{consumer=\"webhook-deliveries\"} ([0-9.E]+)");

    @TempDir
    Path stateDir;

    @Test
    void shouldReportTheAlertsWaitingForAFailingReceiver() throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start();
                WebhookReceiver receiver = new WebhookReceiver(n -> 500)) {
            kafka.createTopics();
            try (AlertService service = AlertService.start(
                            AlertServiceConfig.builder(kafka.bootstrapServers())
                                    .httpPort(0)
                                    .adminToken("test-admin-token-1234")
                                    .allowPrivateWebhooks(true)
                                    .stateDir(stateDir)
                                    .retrySchedule(List.of(Duration.ZERO, Duration.ofMinutes(30)))
                                    .build(),
                            List.of(),
                            List.of(),
                            null);
                    FeedPublisher feeds = new FeedPublisher(kafka.bootstrapServers())) {
                service.awaitReady(WAIT);
                final ApiClient api = new ApiClient(service.port(), service.adminToken());
                api.subscribe(ApiClient.subscription(
                        "[\"traffic\", \"safety\", \"employment\"]",
                        receiver.url(),
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

                feeds.publishAll(SeedArticles.load());

                // Offsets, not records: the transaction markers of the exactly-once alert topology take offsets too.
                Await.until(
                        WAIT,
                        () -> webhookLag(api) >= 6,
                        () -> "a webhook lag of at least 6, got " + webhookLag(api) + " after "
                                + receiver.requests().size() + " requests");
                assertThat(receiver.delivered()).isEmpty();
            }
        }
    }

    private static long webhookLag(final ApiClient api) {
        try {
            final Matcher m =
                    WEBHOOK_LAG.matcher(api.send("GET", "/metrics", null, false).body());
            return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
