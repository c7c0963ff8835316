package io.newsalert.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.consumer.subscription.SecretBox;
import io.newsalert.schemas.Topics;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook secrets are sealed in the subscriptions topic, and a restart with the same key still signs with them. */
@Tag("integration")
class SecretsAtRestIT {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    private EmbeddedKafkaCluster kafka;

    @BeforeEach
    void startKafka() throws Exception {
        kafka = EmbeddedKafkaCluster.start();
        kafka.createTopics();
    }

    @AfterEach
    void stopKafka() throws Exception {
        kafka.close();
    }

    private AlertService start(final SecretBox secrets) throws Exception {
        final AlertService service = AlertService.start(
                AlertServiceConfig.builder(kafka.bootstrapServers())
                        .httpPort(0)
                        .adminToken("test-admin-token-1234")
                        .allowPrivateWebhooks(true)
                        .stateDir(stateDir)
                        .retrySchedule(List.of(Duration.ZERO))
                        .secrets(secrets)
                        .build(),
                List.of(),
                List.of(),
                null);
        service.awaitReady(WAIT);
        return service;
    }

    @Test
    void shouldKeepNoSecretInClearTextAndStillSignAfterARestartWithTheSameKey() throws Exception {
        final String key = SecretBox.newKey();
        try (WebhookReceiver receiver = WebhookReceiver.healthy()) {
            try (AlertService first = start(SecretBox.of(List.of(key)))) {
                new ApiClient(first.port(), first.adminToken())
                        .subscribe(ApiClient.subscription("[\"traffic\"]", receiver.url(), SECRET));
            }

            final List<ConsumerRecord<String, byte[]>> raw = kafka.readCommitted(
                    Topics.SUBSCRIPTIONS.name(), new StringDeserializer(), new ByteArrayDeserializer(), 1, WAIT);
            final String stored = new String(raw.get(0).value(), StandardCharsets.UTF_8);
            assertThat(stored).contains("\"secret\":\"aesgcm:").doesNotContain(SECRET, SECRET.substring(6));

            try (AlertService second = start(SecretBox.of(List.of(key)));
                    FeedPublisher feeds = new FeedPublisher(kafka.bootstrapServers())) {
                feeds.publishAll(SeedArticles.load());

                Await.until(
                        WAIT, () -> receiver.delivered().size() >= 2, () -> "2 deliveries, got " + receiver.requests());
                assertThat(receiver.delivered())
                        .allSatisfy(r -> assertThat(r.signature())
                                .isEqualTo(signature(SECRET, r.webhookId(), r.timestamp(), r.body())));
            }
        }
    }

    private static String signature(final String secret, final String id, final String timestamp, final String body)
            throws Exception {
        final Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1,"
                + Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
