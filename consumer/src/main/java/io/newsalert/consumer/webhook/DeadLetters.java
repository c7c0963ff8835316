package io.newsalert.consumer.webhook;

import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.consumer.subscription.Subscription;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes the alerts a subscriber could not be given to {@code alerts.dlq}: key = alert id, value = the alert's
 * JSON, headers saying for whom, why, and after how many attempts.
 */
public final class DeadLetters implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public DeadLetters(final Map<String, Object> kafkaConfig) {
        final Properties props = new Properties();
        props.putAll(kafkaConfig);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsalert-alerts-dlq");
        this.producer = new KafkaProducer<>(
                props,
                Topics.ALERTS_DLQ.keySerde().serializer(),
                Topics.ALERTS_DLQ.valueSerde().serializer());
    }

    /** Writes one dead letter and waits for the broker's acknowledgement. */
    public void send(final Subscription subscription, final Alert alert, final String reason, final int attempts)
            throws InterruptedException, ExecutionException, TimeoutException {
        final RecordHeaders headers = new RecordHeaders();
        headers.add("channel", "webhook".getBytes(StandardCharsets.UTF_8));
        headers.add("subscription-id", subscription.id().getBytes(StandardCharsets.UTF_8));
        headers.add("reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("attempts", Integer.toString(attempts).getBytes(StandardCharsets.UTF_8));
        producer.send(new ProducerRecord<>(
                        Topics.ALERTS_DLQ.name(), null, alert.getId(), AlertJson.bytes(alert), headers))
                .get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
