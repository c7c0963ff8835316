package io.newsalert.app.roles;

import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Follows the topic feeds (read_committed, no consumer group) and tells which articles the pipeline has finished
 * with and how many (article, alerting topic) pairs that makes, so that {@code demo --once} knows when to stop.
 */
public final class ProgressWatcher implements AutoCloseable {

    private final KafkaConsumer<String, ClassifiedArticle> consumer;
    private final Set<String> alertingFeeds;
    private final Set<String> articles = new HashSet<>();
    private final Set<String> alertPairs = new HashSet<>();

    public ProgressWatcher(
            final String bootstrapServers,
            final Collection<String> feedTopics,
            final Collection<String> alertingFeeds) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer =
                new KafkaConsumer<>(props, Serdes.String().deserializer(), Topics.CLASSIFIED_SERDE.deserializer());
        this.alertingFeeds = Set.copyOf(alertingFeeds);
        final List<TopicPartition> partitions = feedTopics.stream()
                .flatMap(t -> consumer.partitionsFor(t, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until {@code done} is true or the timeout passes; returns whether it became true. */
    public boolean awaitArticles(final Set<String> articleIds, final Duration timeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!articles.containsAll(articleIds)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            for (final ConsumerRecord<String, ClassifiedArticle> r : consumer.poll(Duration.ofMillis(100))) {
                articles.add(r.key());
                final String feed = r.topic().substring(Topics.FEED_PREFIX.length());
                if (alertingFeeds.contains(feed)) {
                    alertPairs.add(r.key() + "/" + feed);
                }
            }
        }
        return true;
    }

    /** How many alerts the articles seen so far should raise. */
    public int expectedAlerts(final Set<String> articleIds) {
        return (int) alertPairs.stream()
                .filter(p -> articleIds.contains(p.substring(0, p.lastIndexOf('/'))))
                .count();
    }

    /** Waits for a condition with a timeout, polling every 50 ms. */
    public static boolean await(final BooleanSupplier condition, final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
