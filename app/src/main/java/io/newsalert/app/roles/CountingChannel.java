package io.newsalert.app.roles;

import io.newsalert.consumer.delivery.DeliveryChannel;
import io.newsalert.schemas.Alert;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the alerts delivered, per topic, so that {@code demo --once} knows when it is done and can summarise. */
public final class CountingChannel implements DeliveryChannel {

    private final AtomicLong delivered = new AtomicLong();
    private final Map<String, Long> byTopic = new TreeMap<>();

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public synchronized void deliver(final Alert alert) {
        delivered.incrementAndGet();
        byTopic.merge(alert.getTopic(), 1L, Long::sum);
    }

    public long delivered() {
        return delivered.get();
    }

    public synchronized Map<String, Long> byTopic() {
        return new TreeMap<>(byTopic);
    }
}
