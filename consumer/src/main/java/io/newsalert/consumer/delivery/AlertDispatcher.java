package io.newsalert.consumer.delivery;

import io.newsalert.consumer.ops.Metrics;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads committed alerts from the {@code alerts} topic and hands each to every channel; offsets are committed
 * after each polled batch has been handed out, so an alert is not skipped when the service stops mid-batch (it is
 * handed out again on restart). A channel that fails is logged and counted, and the offset is committed anyway:
 * that channel does not get the alert again, which is why channels needing guarantees (webhooks) keep their own
 * retries and dead letters.
 */
public final class AlertDispatcher implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

    private final KafkaConsumer<String, Alert> consumer;
    private final List<DeliveryChannel> channels;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicBoolean assigned = new AtomicBoolean();
    private final Metrics metrics;
    private final Clock clock;

    public AlertDispatcher(
            final Map<String, Object> kafkaConfig, final String groupId, final List<DeliveryChannel> channels) {
        this(kafkaConfig, groupId, channels, new Metrics(), Clock.systemUTC());
    }

    public AlertDispatcher(
            final Map<String, Object> kafkaConfig,
            final String groupId,
            final List<DeliveryChannel> channels,
            final Metrics metrics,
            final Clock clock) {
        final Properties props = new Properties();
        props.putAll(kafkaConfig);
        props.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(
                props,
                Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        this.channels = List.copyOf(channels);
        this.metrics = metrics;
        this.clock = clock;
    }

    /** True once the consumer has been given its partitions. */
    public boolean assigned() {
        return assigned.get();
    }

    /** How many alerts have been handed to every channel so far. */
    public long delivered() {
        return delivered.get();
    }

    @Override
    public void run() {
        consumer.subscribe(List.of(Topics.ALERTS.name()));
        try {
            while (running.get()) {
                for (final ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(200))) {
                    for (final DeliveryChannel channel : channels) {
                        try {
                            channel.deliver(record.value());
                            metrics.delivered(
                                    channel.name(),
                                    Duration.ofMillis(Math.max(0, clock.millis() - record.timestamp())));
                        } catch (Exception e) {
                            metrics.failed(channel.name());
                            LOG.warn(
                                    "Channel {} could not deliver alert {} from {}-{} at offset {}.",
                                    channel.name(),
                                    record.key(),
                                    record.topic(),
                                    record.partition(),
                                    record.offset(),
                                    e);
                        }
                    }
                    delivered.incrementAndGet();
                }
                consumer.commitSync();
                if (!assigned.get() && !consumer.assignment().isEmpty()) {
                    assigned.set(true);
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
