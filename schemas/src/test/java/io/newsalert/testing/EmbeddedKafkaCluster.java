package io.newsalert.testing;

import io.newsalert.schemas.TopicCreation;
import io.newsalert.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft broker for integration tests, started in-process from Kafka's own test kit, configured
 * so that {@code exactly_once_v2} works on one node. Shared by the integration tests of every module.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    private final KafkaClusterTestKit kit;

    private EmbeddedKafkaCluster(final KafkaClusterTestKit kit) {
        this.kit = kit;
    }

    /** Formats and starts a one-node cluster; returns when the broker is ready. */
    public static EmbeddedKafkaCluster start() throws Exception {
        final KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                // A killed producer's open transaction is aborted within a second of its timeout, not up to 10 s later.
                .setConfigProp("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000")
                .setConfigProp("log.cleaner.dedupe.buffer.size", "2097152")
                .build();
        kit.format();
        kit.startup();
        kit.waitForReadyBrokers();
        return new EmbeddedKafkaCluster(kit);
    }

    public String bootstrapServers() {
        return kit.bootstrapServers();
    }

    /** Creates the project's standard topics, plus {@code extra}, as declared, with one partition unless fixed. */
    public void createTopics(final String... extra) throws Exception {
        final List<String> names = new ArrayList<>(Topics.STANDARD);
        names.addAll(List.of(extra));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            TopicCreation.ensure(admin, Topics.specs(names), 1);
        }
    }

    /**
     * Reads committed records of {@code topic} from the beginning until {@code expected} have arrived or
     * {@code timeout} has passed, then returns what was read.
     */
    public <K, V> List<ConsumerRecord<K, V>> readCommitted(
            final String topic,
            final Deserializer<K> keys,
            final Deserializer<V> values,
            final int expected,
            final Duration timeout) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        final List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, keys, values)) {
            consumer.subscribe(List.of(topic));
            final Instant deadline = Instant.now().plus(timeout);
            while (records.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    @Override
    public void close() throws Exception {
        kit.close();
    }
}
