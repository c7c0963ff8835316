package io.newsalert.consumer;

import io.newsalert.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Makes sure the topics the alert service reads and writes exist, with the broker's default partitions and
 * replication, and that the subscriptions topic is compacted (it is the subscriptions' only store). The webhook
 * delivery topics get as many partitions as {@code alerts}, so they spread as far.
 */
final class AlertTopics {

    private AlertTopics() {
    }

    static void ensure(final Admin admin, final List<String> feeds) throws Exception {
        final Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        final List<NewTopic> missing = new ArrayList<>();
        final List<String> wanted = new ArrayList<>(List.of(Topics.ALERTS.name(), Topics.ALERTS_DLQ.name()));
        feeds.forEach(f -> wanted.add(Topics.feed(f).name()));
        for (final String name : wanted) {
            if (!existing.contains(name)) {
                missing.add(new NewTopic(name, Optional.empty(), Optional.empty()));
            }
        }
        if (!existing.contains(Topics.ALERT_DELIVERIES.name())) {
            final Optional<Integer> like = existing.contains(Topics.ALERTS.name())
                    ? Optional.of(partitions(admin, Topics.ALERTS.name())) : Optional.empty();
            missing.add(new NewTopic(Topics.ALERT_DELIVERIES.name(), like, Optional.empty()));
            if (!existing.contains(Topics.ALERT_DELIVERY_RETRIES.name())) {
                missing.add(new NewTopic(Topics.ALERT_DELIVERY_RETRIES.name(), like, Optional.empty()));
            }
        }
        if (!existing.contains(Topics.SUBSCRIPTIONS.name())) {
            missing.add(new NewTopic(Topics.SUBSCRIPTIONS.name(), Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        }
        try {
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        ensureRetries(admin, existing);
        final ConfigResource subscriptions = new ConfigResource(ConfigResource.Type.TOPIC, Topics.SUBSCRIPTIONS.name());
        admin.incrementalAlterConfigs(Map.of(subscriptions, List.of(new AlterConfigOp(
                new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
    }

    /**
     * The retry topic gets as many partitions as the deliveries topic (created together, both take the broker's
     * default), so partition p of both holds the same keys.
     */
    private static void ensureRetries(final Admin admin, final Set<String> existing) throws Exception {
        if (existing.contains(Topics.ALERT_DELIVERY_RETRIES.name()) || !existing.contains(Topics.ALERT_DELIVERIES.name())) {
            return;
        }
        final int partitions = partitions(admin, Topics.ALERT_DELIVERIES.name());
        try {
            admin.createTopics(List.of(new NewTopic(Topics.ALERT_DELIVERY_RETRIES.name(), Optional.of(partitions),
                    Optional.empty()))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static int partitions(final Admin admin, final String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .size();
    }
}
