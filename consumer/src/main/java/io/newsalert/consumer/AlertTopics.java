package io.newsalert.consumer;

import io.newsalert.schemas.TopicCreation;
import io.newsalert.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * Makes sure the topics the alert service reads and writes exist, as {@link Topics#DECLARED} declares them (the
 * subscriptions topic, the subscriptions' only store, compacted).
 */
final class AlertTopics {

    private AlertTopics() {}

    static void ensure(final Admin admin, final List<String> feeds, final int partitions) throws Exception {
        final List<String> wanted = new ArrayList<>(List.of(
                Topics.ALERTS.name(),
                Topics.ALERTS_DLQ.name(),
                Topics.SUBSCRIPTIONS.name(),
                Topics.CLOSURES.name(),
                Topics.ALERT_DELIVERIES.name(),
                Topics.ALERT_DELIVERY_RETRIES.name()));
        feeds.forEach(f -> wanted.add(Topics.feed(f).name()));
        TopicCreation.ensure(admin, Topics.specs(wanted), partitions);
    }
}
