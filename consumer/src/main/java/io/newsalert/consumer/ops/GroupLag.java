package io.newsalert.consumer.ops;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * The lag of consumer groups as the cluster sees it: for every partition a group has committed, the committed end
 * of the log (read_committed) minus the group's committed offset. Asking the broker rather than the consumer keeps
 * the figure true for a consumer that is blocked, retrying, or gone.
 */
public final class GroupLag {

    private final Admin admin;
    private final Duration timeout;

    public GroupLag(final Admin admin, final Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** The lag of each group in {@code groupIds}; a group that committed nothing has lag 0. */
    public Map<String, Long> lag(final Collection<String> groupIds)
            throws InterruptedException, ExecutionException, TimeoutException {
        final Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        groupIds.forEach(g -> specs.put(g, new ListConsumerGroupOffsetsSpec()));
        if (specs.isEmpty()) {
            return Map.of();
        }
        final Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (final String group : specs.keySet()) {
            committed.put(
                    group,
                    admin.listConsumerGroupOffsets(specs)
                            .partitionsToOffsetAndMetadata(group)
                            .get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        }
        final Set<TopicPartition> partitions = new HashSet<>();
        committed.values().forEach(m -> partitions.addAll(m.keySet()));
        final Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = partitions.isEmpty()
                ? Map.of()
                : admin.listOffsets(
                                partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())),
                                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                        .all()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        final Map<String, Long> lag = new HashMap<>();
        committed.forEach((group, offsets) -> lag.put(
                group,
                offsets.entrySet().stream()
                        .filter(e -> e.getValue() != null && ends.containsKey(e.getKey()))
                        .mapToLong(e -> Math.max(
                                0, ends.get(e.getKey()).offset() - e.getValue().offset()))
                        .sum()));
        return lag;
    }
}
