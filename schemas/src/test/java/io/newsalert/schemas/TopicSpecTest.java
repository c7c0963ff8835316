package io.newsalert.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicSpecTest {

    @Test
    void shouldDeclareTheTableTopicsCompactedAndEveryOtherFixedTopicDeleted() {
        assertThat(Topics.DECLARED)
                .filteredOn(TopicSpec::compacted)
                .extracting(TopicSpec::name)
                .containsExactlyInAnyOrder("traffic.closures", "newsalert.subscriptions");
        assertThat(Topics.STANDARD)
                .containsExactlyElementsOf(
                        Topics.DECLARED.stream().map(TopicSpec::name).toList());
    }

    @Test
    void shouldFillTheDeploymentPartitionsAndLeaveReplicationToTheBroker() {
        final NewTopic topic = Topics.spec("news.weather").newTopic(6);

        assertThat(topic.name()).isEqualTo("news.weather");
        assertThat(topic.numPartitions()).isEqualTo(6);
        assertThat(topic.replicationFactor()).isEqualTo((short) -1);
        assertThat(topic.configs()).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    }

    @Test
    void shouldKeepAFixedPartitionCountAndTheRetention() {
        final NewTopic subscriptions = Topics.spec(Topics.SUBSCRIPTIONS.name()).newTopic(6);
        final NewTopic deadLetters =
                TopicSpec.deleted("x.dlq").retainedFor(Duration.ofDays(2)).newTopic(0);

        assertThat(subscriptions.numPartitions()).isEqualTo(1);
        assertThat(deadLetters.numPartitions()).isEqualTo(-1);
        assertThat(deadLetters.configs()).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "172800000");
    }

    @Test
    void shouldRefuseAnUnknownCleanupPolicy() {
        assertThatThrownBy(() -> new TopicSpec("t", 0, (short) -1, "forever", null))
                .hasMessageContaining("t")
                .hasMessageContaining("forever");
    }
}
