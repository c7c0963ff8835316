package io.newsalert.consumer.subscription;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.json.JsonMappers;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions, kept in a compacted Kafka topic (key = subscription id, value = JSON with the webhook secret
 * sealed by a {@link SecretBox}, tombstone = deleted)
 * and read whole by every instance into memory. Writes wait until this instance has read them back, so a
 * {@code GET} right after a {@code POST} sees the new subscription.
 */
public final class SubscriptionStore implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionStore.class);
    private static final ObjectMapper JSON = JsonMappers.standard();
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(15);

    /** Told about every change, on the store's reader thread; {@code now} is null when deleted. */
    @FunctionalInterface
    public interface Listener {
        void changed(String id, Subscription now);
    }

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Listener listener;
    private final SecretBox secrets;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<Integer, Long> applied = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean caughtUp = new AtomicBoolean(false);

    /** A store whose webhook secrets are sealed with {@code secrets} before they are written to the topic. */
    public SubscriptionStore(final Map<String, Object> kafkaConfig, final SecretBox secrets, final Listener listener) {
        this.secrets = secrets;
        final Properties producerProps = new Properties();
        producerProps.putAll(kafkaConfig);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsalert-subscriptions-writer");
        this.producer = new KafkaProducer<>(
                producerProps,
                Topics.SUBSCRIPTIONS.keySerde().serializer(),
                Topics.SUBSCRIPTIONS.valueSerde().serializer());
        final Properties consumerProps = new Properties();
        consumerProps.putAll(kafkaConfig);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsalert-subscriptions-reader");
        this.consumer = new KafkaConsumer<>(
                consumerProps,
                Topics.SUBSCRIPTIONS.keySerde().deserializer(),
                Topics.SUBSCRIPTIONS.valueSerde().deserializer());
        this.listener = listener;
    }

    /** True once every subscription that existed at start has been read. */
    public boolean ready() {
        return caughtUp.get();
    }

    public Optional<Subscription> get(final String id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    /** Every subscription, oldest first. */
    public List<Subscription> all() {
        return subscriptions.values().stream()
                .sorted(Comparator.comparing(Subscription::createdAt))
                .toList();
    }

    /** Stores (creates or replaces) a subscription and waits until this instance sees it. */
    public void put(final Subscription s) throws InterruptedException, ExecutionException, TimeoutException {
        final byte[] value;
        try {
            value = JSON.writeValueAsBytes(s.withSecret(secrets.seal(s.id(), s.secret())));
        } catch (IOException e) {
            throw new IllegalStateException("A subscription could not be written as JSON.", e);
        }
        write(s.id(), value);
    }

    /** Deletes a subscription (a tombstone; compaction removes it from the topic). */
    public void delete(final String id) throws InterruptedException, ExecutionException, TimeoutException {
        write(id, null);
    }

    private void write(final String id, final byte[] value)
            throws InterruptedException, ExecutionException, TimeoutException {
        final RecordMetadata md = producer.send(new ProducerRecord<>(Topics.SUBSCRIPTIONS.name(), id, value))
                .get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        final long deadline = System.nanoTime() + WRITE_TIMEOUT.toNanos();
        synchronized (applied) {
            while (applied.getOrDefault(md.partition(), 0L) <= md.offset()) {
                final long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("The subscription was written but not read back in time.");
                }
                applied.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    @Override
    public void run() {
        try {
            final List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.SUBSCRIPTIONS.name(), Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> startEnd = consumer.endOffsets(partitions);
            while (running.get()) {
                for (final ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    apply(r);
                }
                synchronized (applied) {
                    partitions.forEach(tp -> applied.put(tp.partition(), consumer.position(tp)));
                    applied.notifyAll();
                }
                if (!caughtUp.get()
                        && startEnd.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    caughtUp.set(true);
                    LOG.info("The subscription store has read {} subscriptions.", subscriptions.size());
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("The subscription store stopped reading {}.", Topics.SUBSCRIPTIONS.name(), e);
            throw e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void apply(final ConsumerRecord<String, byte[]> r) {
        Subscription now = null;
        if (r.value() != null) {
            try {
                final Subscription stored = JSON.readValue(r.value(), Subscription.class);
                if (!SecretBox.sealed(stored.secret())) {
                    LOG.warn(
                            "Subscription {} keeps its secret in clear text; it is sealed when next written.",
                            stored.id());
                }
                now = stored.withSecret(secrets.open(stored.id(), stored.secret()));
            } catch (IOException | RuntimeException e) {
                LOG.warn(
                        "Skipped an unreadable subscription {} at {}-{} offset {}.",
                        r.key(),
                        r.topic(),
                        r.partition(),
                        r.offset(),
                        e);
                return;
            }
            subscriptions.put(r.key(), now);
        } else {
            subscriptions.remove(r.key());
        }
        try {
            listener.changed(r.key(), now);
        } catch (RuntimeException e) {
            LOG.error("A listener failed on the change of subscription {}.", r.key(), e);
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        producer.close(Duration.ofSeconds(5));
    }
}
