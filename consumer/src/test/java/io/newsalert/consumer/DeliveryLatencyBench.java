package io.newsalert.consumer;

import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import io.newsalert.testing.EmbeddedKafkaCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery latency on the embedded broker: a classified article written to {@code news.traffic} → the alert
 * topology (exactly-once) → {@code alerts} → the subscription's worker → a signed webhook received by a real HTTP
 * server. Articles go one at a time (each waits for the previous delivery), so this is the latency of an idle
 * system, not under load. Not part of the build: run it with
 * {@code mvn -B -q -pl consumer -am test -Dtest=DeliveryLatencyBench -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures go to {@code consumer/target/delivery-latency.txt}. {@code -Dbench.alerts=N} sets the count.
 */
class DeliveryLatencyBench {

    private static final int WARMUP = 20;

    @TempDir
    Path stateDir;

    @Test
    void measureArticleToWebhookLatency() throws Exception {
        final int n = Integer.getInteger("bench.alerts", 300);
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start()) {
            kafka.createTopics();
            try (WebhookReceiver receiver = WebhookReceiver.healthy();
                    AlertService service = AlertService.start(
                            AlertServiceConfig.builder(kafka.bootstrapServers())
                                    .httpPort(0)
                                    .allowPrivateWebhooks(true)
                                    .stateDir(stateDir)
                                    .build(),
                            List.of(),
                            List.of(),
                            null);
                    KafkaProducer<String, ClassifiedArticle> producer = new KafkaProducer<>(
                            Map.of("bootstrap.servers", kafka.bootstrapServers(), "linger.ms", 0, "acks", "all"),
                            Topics.TRAFFIC.keySerde().serializer(),
                            Topics.TRAFFIC.valueSerde().serializer())) {
                service.awaitReady(Duration.ofSeconds(60));
                new ApiClient(service.port(), service.adminToken())
                        .subscribe(ApiClient.subscription(
                                "[\"traffic\"]", receiver.url(), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
                final List<Long> latencies = new ArrayList<>();
                for (int i = 0; i < WARMUP + n; i++) {
                    final String id = "bench-" + i;
                    final RecordMetadata md = producer.send(
                                    new ProducerRecord<>(Topics.TRAFFIC.name(), id, article(id)))
                            .get();
                    final String alertId = AlertFactory.alertId(id, "traffic");
                    Await.until(
                            Duration.ofSeconds(30),
                            () -> receiver.requests().stream()
                                    .anyMatch(r -> r.webhookId().equals(alertId)),
                            () -> "delivery of " + alertId);
                    final long at = receiver.requests().stream()
                            .filter(r -> r.webhookId().equals(alertId))
                            .findFirst()
                            .orElseThrow()
                            .receivedAtMillis();
                    if (i >= WARMUP) {
                        latencies.add(at - md.timestamp());
                    }
                }
                report(latencies);
            }
        }
    }

    private static ClassifiedArticle article(final String id) {
        final Article a = Article.newBuilder(SeedArticles.marker(id).getArticle())
                .setId(id)
                .build();
        return ClassifiedArticle.newBuilder()
                .setArticle(a)
                .setTopics(List.of("traffic"))
                .build();
    }

    private static void report(final List<Long> latencies) throws IOException {
        final List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        final String text = String.format(
                "Delivery latency, article on news.traffic -> webhook received "
                        + "(embedded broker, one at a time, %d alerts after %d warm-up): median %d ms, p90 %d ms, "
                        + "p99 %d ms, max %d ms%n",
                sorted.size(),
                WARMUP,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
        System.out.print(text);
        Files.writeString(Path.of("target", "delivery-latency.txt"), text, StandardCharsets.UTF_8);
    }

    private static long percentile(final List<Long> sorted, final int p) {
        final int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
