package io.newsalert.consumer.ops;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * Readiness: Kafka answers, and each part that reads from it (alert streams, alert log, subscription store,
 * channel dispatcher) has its partitions. The broker check is cached for a second so a busy probe costs little.
 */
public final class Health {

    private static final Duration CACHE = Duration.ofSeconds(1);

    private final Admin admin;
    private final Map<String, BooleanSupplier> parts;
    private volatile long checkedAt;
    private volatile boolean kafkaUp;

    public Health(final Admin admin, final Map<String, BooleanSupplier> parts) {
        this.admin = admin;
        this.parts = Map.copyOf(parts);
    }

    /** Each check by name; ready when all hold. */
    public Map<String, Boolean> checks() {
        final Map<String, Boolean> out = new LinkedHashMap<>();
        out.put("kafka", kafkaReachable());
        parts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey(), e.getValue().getAsBoolean()));
        return out;
    }

    public boolean ready() {
        return checks().values().stream().allMatch(b -> b);
    }

    private boolean kafkaReachable() {
        final long now = System.nanoTime();
        if (now - checkedAt > CACHE.toNanos()) {
            boolean up;
            try {
                admin.describeCluster().clusterId().get(2, TimeUnit.SECONDS);
                up = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                up = false;
            } catch (Exception e) {
                up = false;
            }
            kafkaUp = up;
            checkedAt = now;
        }
        return kafkaUp;
    }
}
