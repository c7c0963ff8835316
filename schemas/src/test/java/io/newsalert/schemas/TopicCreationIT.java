package io.newsalert.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.testing.EmbeddedKafkaCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The declared topics, created on a real broker, have the shape the declarations give them. */
@Tag("integration")
class TopicCreationIT {

    @Test
    void shouldCreateTheDeclaredTopicsAndCompactAnExistingTableTopic() throws Exception {
        try (EmbeddedKafkaCluster kafka = EmbeddedKafkaCluster.start();
                Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.CLOSURES.name(), Optional.of(1), Optional.empty())))
                    .all()
                    .get();

            final List<String> created = TopicCreation.ensure(admin, Topics.DECLARED, 2);

            assertThat(created).hasSize(Topics.DECLARED.size() - 1).doesNotContain(Topics.CLOSURES.name());
            awaitPolicy(admin, Topics.CLOSURES.name(), TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(config(admin, Topics.SUBSCRIPTIONS.name())
                            .get(TopicConfig.CLEANUP_POLICY_CONFIG)
                            .value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(config(admin, Topics.ALERTS_DLQ.name())
                            .get(TopicConfig.RETENTION_MS_CONFIG)
                            .value())
                    .isEqualTo(Long.toString(Topics.DEAD_LETTER_RETENTION.toMillis()));
            assertThat(config(admin, Topics.ARTICLES.name())
                            .get(TopicConfig.CLEANUP_POLICY_CONFIG)
                            .value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
            final Map<String, TopicDescription> topics = admin.describeTopics(
                            Set.of(Topics.ARTICLES.name(), Topics.SUBSCRIPTIONS.name()))
                    .allTopicNames()
                    .get();
            assertThat(topics.get(Topics.ARTICLES.name()).partitions()).hasSize(2);
            assertThat(topics.get(Topics.SUBSCRIPTIONS.name()).partitions()).hasSize(1);
            assertThat(TopicCreation.ensure(admin, Topics.DECLARED, 2)).isEmpty();
        }
    }

    /** Topic settings reach the broker shortly after the controller accepts them: check every 20 ms for 30 s. */
    private static void awaitPolicy(final Admin admin, final String topic, final String policy) throws Exception {
        final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String now = config(admin, topic).get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
        while (!now.equals(policy) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            now = config(admin, topic).get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
        }
        assertThat(now).as("cleanup.policy of " + topic).isEqualTo(policy);
    }

    private static Config config(final Admin admin, final String topic) throws Exception {
        final ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
