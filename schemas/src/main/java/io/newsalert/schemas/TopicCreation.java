package io.newsalert.schemas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the declared topics that are missing, the one way every role does it. A compacted topic that already
 * exists is set to compaction too, since its readers treat it as a table.
 */
public final class TopicCreation {

    private static final Logger LOG = LoggerFactory.getLogger(TopicCreation.class);
    private static final long TIMEOUT_SECONDS = 30;

    private TopicCreation() {}

    /**
     * Creates each of {@code specs} that does not exist; {@code partitions} is the deployment's count for the topics
     * that do not fix their own (0 leaves it to the broker). Returns the names created.
     */
    public static List<String> ensure(final Admin admin, final Collection<TopicSpec> specs, final int partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        final Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        final Map<String, TopicSpec> wanted = new HashMap<>();
        specs.forEach(s -> wanted.putIfAbsent(s.name(), s));
        final List<NewTopic> missing = wanted.values().stream()
                .filter(s -> !existing.contains(s.name()))
                .map(s -> s.newTopic(partitions))
                .toList();
        try {
            admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        final Map<ConfigResource, Collection<AlterConfigOp>> compaction = new HashMap<>();
        wanted.values().stream()
                .filter(s -> s.compacted() && existing.contains(s.name()))
                .forEach(s -> compaction.put(
                        new ConfigResource(ConfigResource.Type.TOPIC, s.name()),
                        List.of(new AlterConfigOp(
                                new ConfigEntry("cleanup.policy", s.cleanupPolicy()), AlterConfigOp.OpType.SET))));
        if (!compaction.isEmpty()) {
            admin.incrementalAlterConfigs(compaction).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        final List<String> created =
                new ArrayList<>(missing.stream().map(NewTopic::name).sorted().toList());
        if (!created.isEmpty()) {
            LOG.info("Created the missing topics {}.", created);
        }
        return created;
    }
}
