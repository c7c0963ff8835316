package io.newsalert.consumer.webhook;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets read but not yet finished, per partition: what may be committed is the lowest unfinished offset
 * (or the position after the last record read when all are finished), so deliveries that finish out of order
 * never move a commit past one still open.
 */
final class OpenOffsets {

    private final Map<TopicPartition, TreeSet<Long>> open = new HashMap<>();
    private final Map<TopicPartition, Long> next = new HashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    void read(final TopicPartition tp, final long offset) {
        open.computeIfAbsent(tp, k -> new TreeSet<>()).add(offset);
        next.merge(tp, offset + 1, Math::max);
    }

    void finished(final TopicPartition tp, final long offset) {
        final TreeSet<Long> s = open.get(tp);
        if (s != null) {
            s.remove(offset);
        }
    }

    /** How many records are open in all. */
    int size() {
        return open.values().stream().mapToInt(TreeSet::size).sum();
    }

    /** The offsets to commit that moved since the last call. */
    Map<TopicPartition, OffsetAndMetadata> toCommit() {
        final Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        next.forEach((tp, n) -> {
            final TreeSet<Long> s = open.get(tp);
            final long at = s == null || s.isEmpty() ? n : s.first();
            if (!Long.valueOf(at).equals(committed.get(tp))) {
                out.put(tp, new OffsetAndMetadata(at));
                committed.put(tp, at);
            }
        });
        return out;
    }

    void clear() {
        open.clear();
        next.clear();
        committed.clear();
    }
}
