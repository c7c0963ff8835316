package io.newsalert.schemas;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How a topic is created: the one declaration that the streams role, the alert service, the demo's embedded broker
 * and {@code docker-compose.yml} all follow, so a topic never gets a different shape depending on who made it.
 *
 * @param name              the topic name
 * @param partitions        a fixed partition count, or 0 for the deployment's count ({@code kafka.partitions})
 * @param replicationFactor a fixed replication factor, or -1 for the broker's {@code default.replication.factor}
 * @param cleanupPolicy     {@link TopicConfig#CLEANUP_POLICY_DELETE} or {@link TopicConfig#CLEANUP_POLICY_COMPACT}
 * @param retention         how long records are kept, or null for the broker's {@code log.retention.*}
 */
public record TopicSpec(
        String name, int partitions, short replicationFactor, String cleanupPolicy, Duration retention) {

    /** Partitions: whatever the deployment configures. */
    public static final int DEPLOYMENT_PARTITIONS = 0;
    /** Replication: whatever the broker's default is (1 on a single node, 3 on a usual cluster). */
    public static final short BROKER_REPLICATION = -1;

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A topic needs a name.");
        }
        if (!TopicConfig.CLEANUP_POLICY_DELETE.equals(cleanupPolicy)
                && !TopicConfig.CLEANUP_POLICY_COMPACT.equals(cleanupPolicy)) {
            throw new IllegalArgumentException(
                    "Topic " + name + " has an unknown cleanup policy " + cleanupPolicy + ".");
        }
    }

    /** A topic that deletes records after the broker's retention, with the deployment's partitions. */
    public static TopicSpec deleted(final String name) {
        return new TopicSpec(name, DEPLOYMENT_PARTITIONS, BROKER_REPLICATION, TopicConfig.CLEANUP_POLICY_DELETE, null);
    }

    /** A topic that keeps the latest record of each key. */
    public static TopicSpec compacted(final String name) {
        return new TopicSpec(name, DEPLOYMENT_PARTITIONS, BROKER_REPLICATION, TopicConfig.CLEANUP_POLICY_COMPACT, null);
    }

    /** The same topic with a fixed partition count. */
    public TopicSpec withPartitions(final int count) {
        return new TopicSpec(name, count, replicationFactor, cleanupPolicy, retention);
    }

    /** The same topic keeping records for {@code time}. */
    public TopicSpec retainedFor(final Duration time) {
        return new TopicSpec(name, partitions, replicationFactor, cleanupPolicy, time);
    }

    public boolean compacted() {
        return TopicConfig.CLEANUP_POLICY_COMPACT.equals(cleanupPolicy);
    }

    /** The topic-level settings this declaration fixes (cleanup policy, and retention when given). */
    public Map<String, String> configs() {
        final Map<String, String> configs = new LinkedHashMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy);
        if (retention != null) {
            configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()));
        }
        return configs;
    }

    /** The admin request creating this topic; {@code deploymentPartitions} fills a partition count of 0. */
    public NewTopic newTopic(final int deploymentPartitions) {
        final Optional<Integer> count =
                Optional.of(partitions > 0 ? partitions : deploymentPartitions).filter(n -> n > 0);
        final Optional<Short> replication = Optional.of(replicationFactor).filter(r -> r > 0);
        return new NewTopic(name, count, replication).configs(configs());
    }
}
