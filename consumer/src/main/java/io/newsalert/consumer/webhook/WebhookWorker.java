package io.newsalert.consumer.webhook;

import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.consumer.ops.Metrics;
import io.newsalert.consumer.subscription.Subscription;
import io.newsalert.consumer.subscription.WebhookUrlPolicy;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Topics;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one subscription's alerts, in order, on its own thread and with its own consumer group, so a slow or
 * dead receiver holds up nobody else. The group's committed offset is the durable delivery state: it moves past
 * an alert only once the receiver took it (or it went to the dead-letter topic), and while an alert is being
 * retried the commit stays on it with the attempts made in its metadata. After a crash the same alert is sent
 * again, with the same {@code webhook-id} (the alert id). While it waits between attempts the worker keeps
 * polling with its partitions paused, so it never exceeds {@code max.poll.interval.ms}.
 */
public final class WebhookWorker implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);
    private static final String ATTEMPTS = "attempts=";
    private static final Duration POLL = Duration.ofMillis(200);

    /** Told when the receiver answered 410 Gone. */
    @FunctionalInterface
    public interface Disabler {
        void disable(Subscription subscription, String reason);
    }

    /** What the worker needs besides its subscription. */
    public record Context(Map<String, Object> kafkaConfig, String groupPrefix, WebhookClient client,
            RetryPolicy retry, WebhookUrlPolicy urls, Duration timeout, DeadLetters deadLetters, Disabler disabler,
            Metrics metrics, Clock clock) {
    }

    private final Subscription subscription;
    private final Context ctx;
    private final KafkaConsumer<String, Alert> consumer;
    private final Map<TopicPartition, OffsetAndMetadata> restored = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong lag = new AtomicLong();
    private volatile Thread thread;
    private volatile boolean sending;

    public WebhookWorker(final Subscription subscription, final Context ctx) {
        this.subscription = subscription;
        this.ctx = ctx;
        final Properties props = new Properties();
        props.putAll(ctx.kafkaConfig());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(ctx.groupPrefix(), subscription.id()));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsalert-webhook-" + subscription.id());
        this.consumer = new KafkaConsumer<>(props, Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        ctx.metrics().lagGauge("webhook-" + subscription.id(), lag::get);
    }

    /** The consumer group that holds a subscription's delivery position. */
    public static String groupId(final String prefix, final String subscriptionId) {
        return prefix + "-webhook-" + subscriptionId;
    }

    public Subscription subscription() {
        return subscription;
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        consumer.subscribe(List.of(Topics.ALERTS.name()), new Positions());
        try {
            while (running.get()) {
                final ConsumerRecords<String, Alert> records = consumer.poll(POLL);
                for (final ConsumerRecord<String, Alert> r : records) {
                    handle(r);
                    if (!running.get()) {
                        break;
                    }
                }
                lag.set(consumer.assignment().stream().mapToLong(tp -> consumer.currentLag(tp).orElse(0)).sum());
            }
        } catch (WakeupException | InterruptException e) {
            if (running.get()) {
                LOG.error("The delivery worker of subscription {} was interrupted.", subscription.id(), e);
            }
        } catch (RuntimeException e) {
            LOG.error("The delivery worker of subscription {} stopped.", subscription.id(), e);
        } finally {
            closeConsumer();
            ctx.metrics().removeLagGauge("webhook-" + subscription.id());
        }
    }

    private void closeConsumer() {
        Thread.interrupted();
        try {
            consumer.close(Duration.ofSeconds(5));
        } catch (InterruptException e) {
            LOG.debug("The consumer of subscription {} was interrupted while closing.", subscription.id(), e);
        }
    }

    private void handle(final ConsumerRecord<String, Alert> r) {
        final TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        final Alert alert = r.value();
        if (alert == null || !subscription.wants(alert)) {
            commit(tp, r.offset() + 1, "");
            return;
        }
        int attempt = restoredAttempts(tp, r.offset());
        String retryAfter = null;
        String reason = "no attempt was made";
        while (running.get()) {
            final Optional<Duration> delay = ctx.retry().delayBefore(attempt, retryAfter);
            if (delay.isEmpty()) {
                deadLetter(tp, r, reason, attempt);
                return;
            }
            if (!await(delay.get(), tp)) {
                return;
            }
            final Attempt result = send(alert);
            attempt++;
            if (result == null) {
                return;
            }
            if (result.status() >= 200 && result.status() < 300) {
                ctx.metrics().delivered("webhook", Duration.ofMillis(Math.max(0, ctx.clock().millis() - r.timestamp())));
                LOG.atDebug().addKeyValue("subscription", subscription.id()).addKeyValue("alert", alert.getId())
                        .addKeyValue("attempt", attempt).log("Alert {} was delivered to subscription {} on attempt {}.",
                                alert.getId(), subscription.id(), attempt);
                commit(tp, r.offset() + 1, "");
                return;
            }
            if (result.status() == 410) {
                LOG.atWarn().addKeyValue("subscription", subscription.id()).addKeyValue("alert", alert.getId())
                        .log("The receiver of subscription {} answered 410 Gone to alert {}, so the subscription is "
                                + "disabled.", subscription.id(), alert.getId());
                ctx.metrics().failed("webhook");
                ctx.disabler().disable(subscription, "The receiver answered 410 Gone.");
                running.set(false);
                return;
            }
            reason = result.reason();
            retryAfter = result.retryAfter();
            ctx.metrics().retried("webhook");
            LOG.atInfo().addKeyValue("subscription", subscription.id()).addKeyValue("alert", alert.getId())
                    .addKeyValue("attempt", attempt).addKeyValue("reason", reason)
                    .log("Delivering alert {} to subscription {} failed on attempt {} and will be retried: {}",
                            alert.getId(), subscription.id(), attempt, reason);
            commit(tp, r.offset(), ATTEMPTS + attempt);
        }
    }

    private int restoredAttempts(final TopicPartition tp, final long offset) {
        final OffsetAndMetadata o = restored.remove(tp);
        if (o != null && o.offset() == offset && o.metadata() != null && o.metadata().startsWith(ATTEMPTS)) {
            try {
                return Integer.parseInt(o.metadata().substring(ATTEMPTS.length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private record Attempt(int status, String reason, String retryAfter) {
    }

    /** One attempt; null when the worker was stopped during it (the alert stays uncommitted). */
    private Attempt send(final Alert alert) {
        final byte[] body = AlertJson.bytes(alert);
        final long timestamp = ctx.clock().instant().getEpochSecond();
        final Map<String, String> headers = Map.of("webhook-id", alert.getId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSigner.sign(subscription.secret(), alert.getId(), timestamp, body));
        try {
            final URI url = ctx.urls().check(subscription.url());
            final WebhookClient.WebhookResponse response;
            sending = true;
            try {
                response = ctx.client().post(url, headers, body, ctx.timeout());
            } finally {
                sending = false;
            }
            return new Attempt(response.status(), "The receiver answered HTTP " + response.status() + ".",
                    response.retryAfter());
        } catch (IllegalArgumentException e) {
            return new Attempt(-1, e.getMessage(), null);
        } catch (IOException e) {
            return new Attempt(-1, "The request failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
            return null;
        }
    }

    /** Waits with the partitions paused; false when stopped or when {@code tp} was taken away meanwhile. */
    private boolean await(final Duration delay, final TopicPartition tp) {
        if (delay.isZero()) {
            return running.get();
        }
        final long deadline = System.nanoTime() + delay.toNanos();
        try {
            while (running.get()) {
                final long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                consumer.pause(consumer.assignment());
                final ConsumerRecords<String, Alert> stray = consumer.poll(Duration.ofNanos(Math.min(left,
                        POLL.toNanos())));
                for (final TopicPartition p : stray.partitions()) {
                    consumer.seek(p, stray.records(p).get(0).offset());
                }
                if (!consumer.assignment().contains(tp)) {
                    return false;
                }
            }
            return false;
        } finally {
            consumer.resume(consumer.paused());
        }
    }

    private void deadLetter(final TopicPartition tp, final ConsumerRecord<String, Alert> r, final String reason,
            final int attempts) {
        try {
            ctx.deadLetters().send(subscription, r.value(), reason, attempts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
            return;
        } catch (Exception e) {
            throw new IllegalStateException("Alert " + r.key() + " could not be dead-lettered.", e);
        }
        ctx.metrics().failed("webhook");
        LOG.atWarn().addKeyValue("subscription", subscription.id()).addKeyValue("alert", r.key())
                .addKeyValue("attempts", attempts).addKeyValue("reason", reason)
                .log("Alert {} went to the dead-letter topic after {} attempts to deliver it to subscription {}: {}",
                        r.key(), attempts, subscription.id(), reason);
        commit(tp, r.offset() + 1, "");
    }

    private void commit(final TopicPartition tp, final long offset, final String metadata) {
        consumer.commitSync(Map.of(tp, new OffsetAndMetadata(offset, metadata)));
    }

    /** Starts new groups at the subscription's creation time and restores the attempts of an interrupted retry. */
    private final class Positions implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(final Collection<TopicPartition> partitions) {
            final Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            final Map<TopicPartition, Long> fresh = new HashMap<>();
            for (final TopicPartition tp : partitions) {
                final OffsetAndMetadata o = committed.get(tp);
                if (o == null) {
                    fresh.put(tp, subscription.createdAt().toEpochMilli());
                } else {
                    restored.put(tp, o);
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            final Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(fresh);
            final Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            for (final TopicPartition tp : fresh.keySet()) {
                final OffsetAndTimestamp at = found.get(tp);
                final long offset = at != null ? at.offset() : consumer.endOffsets(List.of(tp)).get(tp);
                consumer.seek(tp, offset);
                start.put(tp, new OffsetAndMetadata(offset, ""));
            }
            consumer.commitSync(start);
            LOG.info("Subscription {} starts delivering at {}.", subscription.id(), start);
        }

        @Override
        public void onPartitionsRevoked(final Collection<TopicPartition> partitions) {
            partitions.forEach(restored::remove);
        }
    }

    /** Stops the worker: an attempt in flight is abandoned and its alert stays uncommitted. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        final Thread t = thread;
        if (t != null && sending) {
            t.interrupt();
        }
    }
}
