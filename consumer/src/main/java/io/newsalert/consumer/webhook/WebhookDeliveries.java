package io.newsalert.consumer.webhook;

import io.newsalert.consumer.subscription.Subscription;
import io.newsalert.consumer.subscription.SubscriptionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one {@link WebhookWorker} running per active subscription, following the subscription store: a new
 * subscription starts a worker, a deleted or disabled one stops it, a changed one restarts it.
 */
public final class WebhookDeliveries implements SubscriptionStore.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final WebhookWorker.Context context;
    private final Map<String, Running> workers = new ConcurrentHashMap<>();
    private final List<Thread> stopping = new ArrayList<>();
    private boolean closed;

    public WebhookDeliveries(final WebhookWorker.Context context) {
        this.context = context;
    }

    private record Running(WebhookWorker worker, Thread thread) {
    }

    @Override
    public synchronized void changed(final String id, final Subscription now) {
        if (closed) {
            return;
        }
        final Running current = workers.get(id);
        if (current != null && now != null && current.worker().subscription().equals(now)) {
            return;
        }
        if (current != null) {
            workers.remove(id);
            current.worker().close();
            stopping.add(current.thread());
            LOG.info("Stopped delivering to subscription {}.", id);
        }
        if (now != null && now.active()) {
            final WebhookWorker worker = new WebhookWorker(now, context);
            final Thread thread = new Thread(worker, "webhook-" + id);
            thread.setDaemon(true);
            thread.start();
            workers.put(id, new Running(worker, thread));
            LOG.info("Started delivering to subscription {} for topics {}.", id, now.topics());
        }
    }

    /** How many subscriptions have a running worker. */
    public int active() {
        return workers.size();
    }

    @Override
    public void close() {
        final List<Thread> threads = new ArrayList<>();
        synchronized (this) {
            closed = true;
            workers.values().forEach(r -> {
                r.worker().close();
                threads.add(r.thread());
            });
            workers.clear();
            threads.addAll(stopping);
        }
        for (final Thread t : threads) {
            try {
                t.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
