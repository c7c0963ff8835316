package io.newsalert.consumer.webhook;

import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.consumer.ops.Metrics;
import io.newsalert.consumer.subscription.Subscription;
import io.newsalert.consumer.subscription.WebhookUrlPolicy;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Topics;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the webhooks of every subscription from one consumer group over {@code alerts.deliveries} and its
 * retry topic. Many requests are in flight at once, but one subscription has at most one, so each receiver gets
 * its alerts in order. A failed attempt moves the delivery, and everything queued behind it for the same
 * subscription, to the retry topic with the attempt count and due time in headers: the retry state lives in
 * Kafka, and a dead receiver waits there without holding up anybody else. Offsets are committed in batches, each
 * partition up to its lowest delivery not yet finished; after a crash the unfinished ones are sent again with the
 * same {@code webhook-id}. Both topics are read with the range assignor, so partition p of each (the same
 * subscriptions) has one owner, which reads the retry partition to its end before the other.
 */
public final class WebhookDispatcher implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration COMMIT_EVERY = Duration.ofMillis(100);
    private static final int BODIES_KEPT = 256;

    /** Told when a receiver answered 410 Gone; may block, so it runs off the delivery thread. */
    @FunctionalInterface
    public interface Disabler {
        void disable(Subscription subscription, String reason);
    }

    /** What the dispatcher needs. */
    public record Settings(
            Map<String, Object> kafkaConfig,
            String groupId,
            WebhookClient client,
            RetryPolicy retry,
            WebhookUrlPolicy urls,
            Duration timeout,
            int maxInFlight,
            int maxOpen,
            DeadLetters deadLetters,
            Disabler disabler,
            Metrics metrics,
            Clock clock) {}

    private final Settings settings;
    private final Function<String, Optional<Subscription>> subscriptions;
    private final KafkaConsumer<String, Alert> consumer;
    private final KafkaProducer<String, Alert> retries;
    private final ExecutorService senders;
    private final ExecutorService slow = Executors.newSingleThreadExecutor(daemon("webhook-disabler"));
    private final ConcurrentLinkedQueue<Runnable> completions = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean assigned = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final AtomicLong lag = new AtomicLong();
    private final DeliveryQueues queues;
    private final OpenOffsets offsets = new OpenOffsets();
    private final Map<TopicPartition, Long> catchUp = new HashMap<>();
    private boolean pressurePaused;
    private long lastCommit;

    public WebhookDispatcher(final Settings settings, final Function<String, Optional<Subscription>> subscriptions) {
        this.settings = settings;
        this.subscriptions = subscriptions;
        final Properties c = new Properties();
        c.putAll(settings.kafkaConfig());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
        c.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6000);
        c.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1000);
        c.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId());
        this.consumer = new KafkaConsumer<>(
                c,
                Topics.ALERT_DELIVERIES.keySerde().deserializer(),
                new RepeatedValues<>(Topics.ALERT_DELIVERIES.valueSerde().deserializer()));
        final Properties p = new Properties();
        p.putAll(settings.kafkaConfig());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-retries");
        this.retries = new KafkaProducer<>(
                p,
                Topics.ALERT_DELIVERY_RETRIES.keySerde().serializer(),
                Topics.ALERT_DELIVERY_RETRIES.valueSerde().serializer());
        this.senders = Executors.newFixedThreadPool(Math.min(16, settings.maxInFlight()), daemon("webhook-sender"));
        this.queues = new DeliveryQueues(
                new Sender(), settings.maxInFlight(), settings.retry(), settings.metrics(), settings.clock());
        settings.metrics().lagGauge("webhook-deliveries", lag::get);
    }

    /** True once the consumer has been given its partitions. */
    public boolean assigned() {
        return assigned.get();
    }

    @Override
    public void run() {
        consumer.subscribe(
                List.of(Topics.ALERT_DELIVERIES.name(), Topics.ALERT_DELIVERY_RETRIES.name()), new Rebalance());
        try {
            while (running.get()) {
                try {
                    step();
                } catch (WakeupException e) {
                    if (!running.get()) {
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("The webhook dispatcher stopped; no more webhooks are delivered by this instance.", e);
        } finally {
            finish();
        }
    }

    private void step() {
        wakeRequested.set(false);
        final long now = settings.clock().millis();
        final long wait = Math.max(1, Math.min(COMMIT_EVERY.toMillis(), queues.nextDueAt(now) - now));
        final ConsumerRecords<String, Alert> records =
                completions.isEmpty() ? consumer.poll(Duration.ofMillis(wait)) : consumer.poll(Duration.ZERO);
        for (final ConsumerRecord<String, Alert> r : records) {
            final Delivery d = Delivery.of(r);
            offsets.read(d.source(), d.offset());
            queues.accept(d);
        }
        Runnable done;
        while ((done = completions.poll()) != null) {
            done.run();
        }
        queues.start(settings.clock().millis());
        releaseCaughtUp();
        applyPressure();
        if (!assigned.get() && !consumer.assignment().isEmpty()) {
            assigned.set(true);
        }
        if (settings.clock().millis() - lastCommit >= COMMIT_EVERY.toMillis()) {
            lastCommit = settings.clock().millis();
            final var commit = offsets.toCommit();
            if (!commit.isEmpty()) {
                consumer.commitAsync(commit, (o, e) -> {
                    if (e != null) {
                        LOG.warn("Committing webhook delivery offsets failed; they will be committed later.", e);
                    }
                });
            }
            lag.set(consumer.assignment().stream()
                    .mapToLong(tp -> consumer.currentLag(tp).orElse(0))
                    .sum());
        }
    }

    private void releaseCaughtUp() {
        catchUp.entrySet().removeIf(e -> {
            final TopicPartition retry = new TopicPartition(
                    Topics.ALERT_DELIVERY_RETRIES.name(), e.getKey().partition());
            if (consumer.position(retry) >= e.getValue()) {
                if (!pressurePaused) {
                    consumer.resume(List.of(e.getKey()));
                }
                return true;
            }
            return false;
        });
    }

    private void applyPressure() {
        final int open = offsets.size();
        if (!pressurePaused && open > settings.maxOpen()) {
            pressurePaused = true;
            consumer.pause(consumer.assignment());
        } else if (pressurePaused && open < settings.maxOpen() / 2) {
            pressurePaused = false;
            consumer.resume(consumer.assignment().stream()
                    .filter(tp -> !catchUp.containsKey(tp))
                    .toList());
        }
    }

    private void complete(final Runnable r) {
        completions.add(r);
        if (wakeRequested.compareAndSet(false, true)) {
            consumer.wakeup();
        }
    }

    private void finish() {
        try {
            retries.flush();
            Runnable done;
            while ((done = completions.poll()) != null) {
                done.run();
            }
            consumer.commitSync(offsets.toCommit());
        } catch (RuntimeException e) {
            LOG.warn("The last webhook delivery offsets could not be committed; those deliveries will repeat.", e);
        }
        consumer.close(Duration.ofSeconds(5));
        retries.close(Duration.ofSeconds(5));
        senders.shutdownNow();
        slow.shutdown();
        settings.metrics().removeLagGauge("webhook-deliveries");
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }

    private static java.util.concurrent.ThreadFactory daemon(final String name) {
        return r -> {
            final Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Resets the delivery state when partitions move: what is in flight is abandoned and will be sent again. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(final Collection<TopicPartition> partitions) {
            retries.flush();
            Runnable done;
            while ((done = completions.poll()) != null) {
                done.run();
            }
            consumer.commitSync(offsets.toCommit());
            queues.reset();
            offsets.clear();
            catchUp.clear();
        }

        @Override
        public void onPartitionsAssigned(final Collection<TopicPartition> partitions) {
            final List<TopicPartition> retryParts = partitions.stream()
                    .filter(tp -> tp.topic().equals(Topics.ALERT_DELIVERY_RETRIES.name()))
                    .toList();
            final Map<TopicPartition, Long> ends = consumer.endOffsets(retryParts);
            for (final TopicPartition retry : retryParts) {
                final long end = ends.getOrDefault(retry, 0L);
                final TopicPartition main = new TopicPartition(Topics.ALERT_DELIVERIES.name(), retry.partition());
                if (end > 0 && partitions.contains(main) && consumer.position(retry) < end) {
                    catchUp.put(main, end);
                    consumer.pause(List.of(main));
                }
            }
            if (pressurePaused) {
                consumer.pause(partitions);
            }
            LOG.info("The webhook dispatcher now delivers for partitions {}.", partitions);
        }
    }

    /** What {@link DeliveryQueues} asks of the outside world; every call comes back on the delivery thread. */
    private final class Sender implements DeliveryQueues.Outside {

        /** Bodies of alerts being sent, by alert id: one alert goes to many subscriptions, encoded once. */
        private final Map<String, byte[]> bodies = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, byte[]> eldest) {
                return size() > BODIES_KEPT;
            }
        };

        @Override
        public Optional<Subscription> subscription(final String id) {
            return subscriptions.apply(id);
        }

        /**
         * Starts one attempt. The signature (an HMAC over the whole body) and the receiver's address are worked
         * out on a sender thread, which hands the request to the non-blocking client, so the one delivery thread
         * only keeps the books and a slow DNS answer holds up one sender, not the deliveries.
         */
        @Override
        public void post(final Delivery d, final Subscription s, final Consumer<DeliveryQueues.Attempt> done) {
            final Alert alert = d.alert();
            final String id = alert.getId();
            final byte[] body = bodies.computeIfAbsent(id, k -> AlertJson.bytes(alert));
            final long timestamp = settings.clock().instant().getEpochSecond();
            final URI url;
            try {
                url = settings.urls().check(s.url());
            } catch (IllegalArgumentException e) {
                complete(() -> done.accept(new DeliveryQueues.Attempt(-1, e.getMessage(), null)));
                return;
            }
            final String secret = s.secret();
            CompletableFuture.supplyAsync(
                            () -> Map.of(
                                    "webhook-id",
                                    id,
                                    "webhook-timestamp",
                                    Long.toString(timestamp),
                                    "webhook-signature",
                                    WebhookSigner.sign(secret, id, timestamp, body)),
                            senders)
                    .thenCompose(headers ->
                            settings.client().postAsync(url, headers, body, settings.timeout(), Runnable::run))
                    .whenComplete((r, e) -> complete(() -> done.accept(
                            r != null
                                    ? new DeliveryQueues.Attempt(
                                            r.status(),
                                            "The receiver answered HTTP " + r.status() + ".",
                                            r.retryAfter())
                                    : new DeliveryQueues.Attempt(-1, failure(e), null))));
        }

        @Override
        public void forward(final ProducerRecord<String, Alert> record, final Runnable acked) {
            retries.send(record, (md, e) -> {
                if (e == null) {
                    complete(acked);
                } else {
                    LOG.error(
                            "A webhook delivery for subscription {} could not be written to {}; it stays "
                                    + "uncommitted and is sent again after a restart.",
                            record.key(),
                            record.topic(),
                            e);
                }
            });
        }

        @Override
        public void finished(final Delivery d) {
            offsets.finished(d.source(), d.offset());
        }

        @Override
        public void deadLetter(final Subscription s, final Delivery d, final String reason, final int attempts) {
            try {
                settings.deadLetters().send(s, d.alert(), reason, attempts);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "Interrupted while dead-lettering alert " + d.alert().getId() + ".", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Alert " + d.alert().getId() + " could not be dead-lettered.", e);
            }
            LOG.warn(
                    "Alert {} went to the dead-letter topic after {} attempts to deliver it to subscription {}: {}",
                    d.alert().getId(),
                    attempts,
                    s.id(),
                    reason);
        }

        @Override
        public void disable(final Subscription s, final String reason) {
            slow.execute(() -> settings.disabler().disable(s, reason));
        }
    }

    private static String failure(final Throwable e) {
        final Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return "The request failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}
