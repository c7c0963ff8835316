package io.newsalert.consumer.alert;

import io.newsalert.consumer.ops.Metrics;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recent alerts, read from the {@code alerts} topic into memory: what {@code /api/alerts}, the feeds and the
 * live stream serve. On start it reads back over the retention window, so a restarted instance can still replay
 * to a client that reconnects with {@code Last-Event-ID}. Alerts older than the window, or beyond the count cap,
 * are dropped from memory (they stay in Kafka).
 */
public final class AlertLog implements AlertQueries, Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertLog.class);

    private final KafkaConsumer<String, Alert> consumer;
    private final Duration retention;
    private final int maxAlerts;
    private final Clock clock;
    private final Metrics metrics;
    private final ArrayDeque<Alert> alerts = new ArrayDeque<>();
    private final Map<String, Alert> byId = new HashMap<>();
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean caughtUp = new AtomicBoolean(false);
    private final AtomicLong lag = new AtomicLong(-1);

    public AlertLog(
            final Map<String, Object> kafkaConfig,
            final Duration retention,
            final int maxAlerts,
            final Clock clock,
            final Metrics metrics) {
        final Properties props = new Properties();
        props.putAll(kafkaConfig);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsalert-alert-log");
        this.consumer = new KafkaConsumer<>(
                props,
                Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        this.retention = retention;
        this.maxAlerts = maxAlerts;
        this.clock = clock;
        this.metrics = metrics;
        metrics.lagGauge("alert-log", lag::get);
    }

    /** True once the log has read everything that was on the topic when it started. */
    public boolean ready() {
        return caughtUp.get();
    }

    @Override
    public void run() {
        try {
            final List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.ALERTS.name(), Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            seekToRetentionStart(partitions);
            final Map<TopicPartition, Long> startEnd = consumer.endOffsets(partitions);
            LOG.info(
                    "The alert log reads {} partitions of {} from {} back.",
                    partitions.size(),
                    Topics.ALERTS.name(),
                    retention);
            while (running.get()) {
                for (final ConsumerRecord<String, Alert> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.value() != null) {
                        append(r.value());
                    }
                }
                if (!caughtUp.get()
                        && startEnd.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    caughtUp.set(true);
                    LOG.info("The alert log has caught up with {} alerts in memory.", size());
                }
                lag.set(partitions.stream()
                        .map(consumer::currentLag)
                        .mapToLong(l -> l.orElse(0))
                        .sum());
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("The alert log stopped reading the alerts topic.", e);
            throw e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void seekToRetentionStart(final List<TopicPartition> partitions) {
        final long since = clock.millis() - retention.toMillis();
        final Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, since));
        final Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
        final List<TopicPartition> none = new ArrayList<>();
        found.forEach((tp, o) -> {
            if (o == null) {
                none.add(tp);
            } else {
                consumer.seek(tp, o.offset());
            }
        });
        consumer.seekToEnd(none);
    }

    /** Adds an alert (once per id), trims the window and hands it to live followers. */
    synchronized void append(final Alert alert) {
        if (byId.containsKey(alert.getId())) {
            return;
        }
        alerts.addLast(alert);
        byId.put(alert.getId(), alert);
        metrics.alertCreated(alert.getTopic());
        trim();
        for (final Follower f : followers) {
            if (f.filter.test(alert)) {
                f.sink.accept(alert);
            }
        }
    }

    private void trim() {
        final long oldest = clock.millis() - retention.toMillis();
        while (!alerts.isEmpty()
                && (alerts.size() > maxAlerts
                        || alerts.peekFirst().getCreatedAt().toEpochMilli() < oldest)) {
            byId.remove(alerts.removeFirst().getId());
        }
    }

    private synchronized int size() {
        return alerts.size();
    }

    @Override
    public synchronized List<Alert> recent(final String topic, final int limit) {
        final List<Alert> out = new ArrayList<>();
        final Iterator<Alert> newestFirst = alerts.descendingIterator();
        while (newestFirst.hasNext() && out.size() < limit) {
            final Alert a = newestFirst.next();
            if (topic == null || topic.equals(a.getTopic())) {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public synchronized Optional<Alert> byId(final String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Starts following the log. The alerts after {@code lastEventId} (all retained ones when that id has left the
     * window; none when it is null) go to {@code sink} first, then every new alert, in log order and without gaps.
     * The sink must not block.
     *
     * @return a handle that stops the following
     */
    public synchronized AutoCloseable follow(
            final String lastEventId, final Predicate<Alert> filter, final Consumer<Alert> sink) {
        if (lastEventId != null) {
            final boolean known = byId.containsKey(lastEventId);
            boolean after = !known;
            for (final Alert a : alerts) {
                if (after && filter.test(a)) {
                    sink.accept(a);
                }
                after = after || a.getId().equals(lastEventId);
            }
        }
        final Follower f = new Follower(filter, sink);
        followers.add(f);
        return () -> followers.remove(f);
    }

    /** The number of live followers, for tests and health. */
    public int followers() {
        return followers.size();
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }

    private record Follower(Predicate<Alert> filter, Consumer<Alert> sink) {}
}
