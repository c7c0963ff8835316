package io.newsalert.consumer.webhook;

import io.newsalert.consumer.subscription.Subscription;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each alert into one delivery per webhook subscription that wants it: reads {@code alerts} in one consumer
 * group and writes {@code alerts.deliveries} keyed by subscription id, in a transaction that also commits the
 * alerts read, so every delivery is written exactly once however often the service stops. A subscription gets the
 * alerts written after it was created.
 */
public final class WebhookFanOut implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookFanOut.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final Deserializer<Alert> alerts = Topics.ALERTS.valueSerde().deserializer();
    private final Supplier<Collection<Subscription>> subscriptions;
    private final BooleanSupplier subscriptionsReady;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean assigned = new AtomicBoolean();
    private final AtomicLong lag = new AtomicLong();

    public WebhookFanOut(
            final Map<String, Object> kafkaConfig,
            final String groupId,
            final Supplier<Collection<Subscription>> subscriptions,
            final BooleanSupplier subscriptionsReady) {
        final Properties c = new Properties();
        c.putAll(kafkaConfig);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6000);
        c.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1000);
        c.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
        this.consumer = new KafkaConsumer<>(c, Topics.ALERTS.keySerde().deserializer(), new ByteArrayDeserializer());
        final Properties p = new Properties();
        p.putAll(kafkaConfig);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, groupId + "-" + UUID.randomUUID());
        // One alert is written once per matching subscription, the same bytes in a row: large compressed batches
        // store a thousand copies in little more than one. The transaction's commit sends what lingers, so the
        // linger adds no latency.
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 5000);
        p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, groupId + "-producer");
        this.producer =
                new KafkaProducer<>(p, Topics.ALERT_DELIVERIES.keySerde().serializer(), new ByteArraySerializer());
        this.subscriptions = subscriptions;
        this.subscriptionsReady = subscriptionsReady;
    }

    /** True once the consumer has been given its partitions. */
    public boolean assigned() {
        return assigned.get();
    }

    /** Alerts on {@code alerts} not yet fanned out by this instance. */
    public long lag() {
        return lag.get();
    }

    @Override
    public void run() {
        try {
            producer.initTransactions();
            while (running.get() && !subscriptionsReady.getAsBoolean()) {
                Thread.sleep(20);
            }
            consumer.subscribe(List.of(Topics.ALERTS.name()));
            while (running.get()) {
                final ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    fanOut(records);
                }
                if (!assigned.get() && !consumer.assignment().isEmpty()) {
                    assigned.set(true);
                }
                lag.set(consumer.assignment().stream()
                        .mapToLong(tp -> consumer.currentLag(tp).orElse(0))
                        .sum());
            }
        } catch (WakeupException e) {
            if (running.get()) {
                LOG.error("The webhook fan-out was woken up while running.", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The webhook fan-out stopped; alerts are no longer turned into webhook deliveries.", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
            producer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Writes one delivery per alert and matching subscription, in one transaction with the consumed offsets. The
     * alert is decoded once to match it and written as it was read (the delivery topic has the same schema), so a
     * thousand subscriptions cost a thousand small records, not a thousand encodings.
     */
    private void fanOut(final ConsumerRecords<String, byte[]> records) {
        final Collection<Subscription> all = subscriptions.get();
        final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        producer.beginTransaction();
        try {
            int deliveries = 0;
            for (final ConsumerRecord<String, byte[]> r : records) {
                offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                if (r.value() == null) {
                    continue;
                }
                final Alert alert;
                try {
                    alert = alerts.deserialize(r.topic(), r.value());
                } catch (SerializationException e) {
                    LOG.error(
                            "Alert record {}-{}@{} cannot be read and is skipped: {}",
                            r.topic(),
                            r.partition(),
                            r.offset(),
                            e.getMessage());
                    continue;
                }
                for (final Subscription s : all) {
                    if (s.active() && r.timestamp() >= s.createdAt().toEpochMilli() && s.wants(alert)) {
                        producer.send(new ProducerRecord<>(
                                Topics.ALERT_DELIVERIES.name(), null, r.timestamp(), s.id(), r.value()));
                        deliveries++;
                    }
                }
            }
            producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            producer.commitTransaction();
            LOG.debug("Fanned {} alerts out into {} webhook deliveries.", records.count(), deliveries);
        } catch (RuntimeException e) {
            LOG.warn("Fanning out {} alerts failed; they will be read again.", records.count(), e);
            producer.abortTransaction();
            rewind();
        }
    }

    private void rewind() {
        final Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(consumer.assignment());
        committed.forEach((tp, o) -> {
            if (o != null) {
                consumer.seek(tp, o.offset());
            }
        });
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
