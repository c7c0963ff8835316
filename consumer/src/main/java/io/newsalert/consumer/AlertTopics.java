package io.newsalert.consumer;

import io.newsalert.schemas.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * replication, and that the subscriptions and closures topics are compacted: they are the only store of the
 * subscriptions and of the closures' current versions ({@link Topics#COMPACTED}). The closures topic is read here into
 * the closure store, so it must exist before the alert topology starts.
 */
final class AlertTopics {

    private AlertTopics() {
    }

    static void ensure(final Admin admin, final List<String> feeds) throws Exception {
        final Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        final List<NewTopic> missing = new ArrayList<>();
        final List<String> wanted = new ArrayList<>(List.of(Topics.ALERTS.name(), Topics.ALERTS_DLQ.name(),
                Topics.CLOSURES.name()));
        feeds.forEach(f -> wanted.add(Topics.feed(f).name()));
        for (final String name : wanted) {
            if (!existing.contains(name)) {
                missing.add(compactedIfStateful(new NewTopic(name, Optional.empty(), Optional.empty())));
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
        final Map<ConfigResource, Collection<AlterConfigOp>> compact = new HashMap<>();
        for (final String name : Topics.COMPACTED) {
            compact.put(new ConfigResource(ConfigResource.Type.TOPIC, name), List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                    AlterConfigOp.OpType.SET)));
        }
        admin.incrementalAlterConfigs(compact).all().get(30, TimeUnit.SECONDS);
    }

    private static NewTopic compactedIfStateful(final NewTopic topic) {
        return Topics.COMPACTED.contains(topic.name())
                ? topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)) : topic;
    }
}
