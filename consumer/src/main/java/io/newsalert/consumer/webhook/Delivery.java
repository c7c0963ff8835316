package io.newsalert.consumer.webhook;

import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One alert on its way to one subscription, as read from {@code alerts.deliveries} or from the retry topic, whose
 * headers carry the retry state: how many attempts were made, when the next may start and why the last failed.
 *
 * @param subscriptionId the subscription (the record key)
 * @param alert          the alert to send
 * @param attempts       attempts already made
 * @param dueAtMillis    the earliest time of the next attempt (epoch milliseconds); 0 = at once
 * @param reason         why the last attempt failed, or null
 * @param source         where the record was read
 * @param offset         its offset there
 * @param timestamp      the record timestamp: when the alert was written
 */
record Delivery(
        String subscriptionId,
        Alert alert,
        int attempts,
        long dueAtMillis,
        String reason,
        TopicPartition source,
        long offset,
        long timestamp) {

    static final String ATTEMPTS = "attempts";
    static final String DUE_AT = "due-at";
    static final String REASON = "reason";

    static Delivery of(final ConsumerRecord<String, Alert> r) {
        final Headers h = r.headers();
        return new Delivery(
                r.key(),
                r.value(),
                intHeader(h, ATTEMPTS),
                longHeader(h, DUE_AT),
                header(h, REASON),
                new TopicPartition(r.topic(), r.partition()),
                r.offset(),
                r.timestamp());
    }

    /** Whether it was read from the retry topic (so it waits behind the subscription's earlier failures). */
    boolean retried() {
        return source.topic().equals(Topics.ALERT_DELIVERY_RETRIES.name());
    }

    /** The record that puts this delivery on the retry topic with the given state. */
    ProducerRecord<String, Alert> toRetry(final int attemptsMade, final long dueAt, final String why) {
        final RecordHeaders h = new RecordHeaders();
        h.add(ATTEMPTS, Integer.toString(attemptsMade).getBytes(StandardCharsets.UTF_8));
        h.add(DUE_AT, Long.toString(dueAt).getBytes(StandardCharsets.UTF_8));
        if (why != null) {
            h.add(REASON, why.getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(Topics.ALERT_DELIVERY_RETRIES.name(), null, timestamp, subscriptionId, alert, h);
    }

    private static String header(final Headers headers, final String name) {
        final Header h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static int intHeader(final Headers headers, final String name) {
        return (int) longHeader(headers, name);
    }

    private static long longHeader(final Headers headers, final String name) {
        final String v = header(headers, name);
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
