package io.newsalert.consumer.webhook;

import io.newsalert.consumer.ops.Metrics;
import io.newsalert.consumer.subscription.Subscription;
import io.newsalert.schemas.Alert;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery state of the subscriptions one dispatcher owns: a queue per subscription, at most one attempt in
 * flight per subscription and a bounded number in all. A failed delivery and the ones queued behind it move to
 * the retry topic together; while a subscription has deliveries there ("parked"), its new ones follow them, so the
 * order holds. Single-threaded: every method, and every callback given to {@link Outside}, runs on the delivery
 * thread.
 */
final class DeliveryQueues {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryQueues.class);

    /** One attempt's outcome. */
    record Attempt(int status, String reason, String retryAfter) {

        boolean success() {
            return status >= 200 && status < 300;
        }
    }

    /** The side effects, behind an interface; callbacks must be run on the delivery thread. */
    interface Outside {
        Optional<Subscription> subscription(String id);

        void post(Delivery delivery, Subscription subscription, Consumer<Attempt> done);

        void forward(ProducerRecord<String, Alert> record, Runnable acked);

        void finished(Delivery delivery);

        void deadLetter(Subscription subscription, Delivery delivery, String reason, int attempts);

        void disable(Subscription subscription, String reason);
    }

    private final Outside outside;
    private final int maxInFlight;
    private final RetryPolicy retry;
    private final Metrics metrics;
    private final Clock clock;
    private final Map<String, ArrayDeque<Delivery>> queues = new HashMap<>();
    private final Map<String, Delivery> failed = new HashMap<>();
    private final Map<String, Integer> appending = new HashMap<>();
    private final Set<String> busy = new HashSet<>();
    private final Set<String> parked = new HashSet<>();
    /** Subscriptions whose state changed since {@link #start} last looked at them, in the order they changed. */
    private final Set<String> pending = new LinkedHashSet<>();
    /** Subscriptions whose head waits for a later time (a retry); entries may be stale and are checked again. */
    private final PriorityQueue<Due> delayed = new PriorityQueue<>(Comparator.comparingLong(Due::at));

    private int inFlight;
    private long epoch;

    DeliveryQueues(
            final Outside outside,
            final int maxInFlight,
            final RetryPolicy retry,
            final Metrics metrics,
            final Clock clock) {
        this.outside = outside;
        this.maxInFlight = maxInFlight;
        this.retry = retry;
        this.metrics = metrics;
        this.clock = clock;
    }

    private record Due(long at, String id) {}

    /** Takes one delivery read from either topic. */
    void accept(final Delivery d) {
        final String id = d.subscriptionId();
        pending.add(id);
        if (d.retried()) {
            appending.computeIfPresent(id, (k, n) -> n > 1 ? n - 1 : null);
            parked.add(id);
        } else if (parked.contains(id)) {
            appending.merge(id, 1, Integer::sum);
            outside.forward(d.toRetry(d.attempts(), d.dueAtMillis(), d.reason()), guarded(() -> outside.finished(d)));
            return;
        }
        queues.computeIfAbsent(id, k -> new ArrayDeque<>()).add(d);
    }

    /**
     * Starts every attempt that is due, up to the in-flight bound, and moves failed queues to the retry topic. Looks
     * only at the subscriptions whose state changed or whose retry came due, so its cost does not grow with the
     * number of subscriptions.
     */
    void start(final long now) {
        while (!delayed.isEmpty() && delayed.peek().at() <= now) {
            pending.add(delayed.poll().id());
        }
        final Iterator<String> it = pending.iterator();
        while (it.hasNext()) {
            final String id = it.next();
            final ArrayDeque<Delivery> q = queues.get(id);
            if (busy.contains(id) || q == null) {
                it.remove();
                continue;
            }
            if (failed.containsKey(id)) {
                it.remove();
                if (!appending.containsKey(id)) {
                    forwardAll(id);
                }
                continue;
            }
            if (q.isEmpty()) {
                it.remove();
                queues.remove(id);
                if (!appending.containsKey(id)) {
                    parked.remove(id);
                }
                continue;
            }
            final Delivery head = q.peek();
            if (head.dueAtMillis() > now) {
                it.remove();
                delayed.add(new Due(head.dueAtMillis(), id));
                continue;
            }
            if (inFlight >= maxInFlight) {
                return;
            }
            it.remove();
            final Optional<Subscription> s = outside.subscription(id).filter(Subscription::active);
            if (s.isEmpty()) {
                queues.remove(id).forEach(outside::finished);
                continue;
            }
            busy.add(id);
            inFlight++;
            final long at = epoch;
            outside.post(head, s.get(), a -> {
                if (at == epoch) {
                    inFlight--;
                    busy.remove(id);
                    pending.add(id);
                    attempted(head, s.get(), a);
                }
            });
        }
    }

    /** The earliest time a waiting retry comes due, or {@code Long.MAX_VALUE}. */
    long nextDueAt(final long now) {
        return delayed.isEmpty() ? Long.MAX_VALUE : Math.max(now, delayed.peek().at());
    }

    /** Forgets everything (partitions moved); answers still to come for the old state are ignored. */
    void reset() {
        epoch++;
        queues.clear();
        failed.clear();
        appending.clear();
        busy.clear();
        parked.clear();
        pending.clear();
        delayed.clear();
        inFlight = 0;
    }

    private void attempted(final Delivery d, final Subscription s, final Attempt a) {
        final String id = d.subscriptionId();
        final ArrayDeque<Delivery> q = queues.computeIfAbsent(id, k -> new ArrayDeque<>());
        if (a.success()) {
            metrics.delivered("webhook", Duration.ofMillis(Math.max(0, clock.millis() - d.timestamp())));
            LOG.debug(
                    "Alert {} was delivered to subscription {} on attempt {}.",
                    d.alert().getId(),
                    id,
                    d.attempts() + 1);
            q.poll();
            outside.finished(d);
            return;
        }
        if (a.status() == 410) {
            LOG.warn(
                    "The receiver of subscription {} answered 410 Gone to alert {}, so the subscription is disabled.",
                    id,
                    d.alert().getId());
            metrics.failed("webhook");
            outside.disable(s, "The receiver answered 410 Gone.");
            queues.remove(id).forEach(outside::finished);
            return;
        }
        final int attempts = d.attempts() + 1;
        final Optional<Duration> delay = retry.delayBefore(attempts, a.retryAfter());
        if (delay.isEmpty()) {
            outside.deadLetter(s, d, a.reason(), attempts);
            metrics.failed("webhook");
            q.poll();
            outside.finished(d);
            return;
        }
        metrics.retried("webhook");
        LOG.info(
                "Delivering alert {} to subscription {} failed on attempt {} and will be retried: {}",
                d.alert().getId(),
                id,
                attempts,
                a.reason());
        failed.put(
                id,
                new Delivery(
                        id,
                        d.alert(),
                        attempts,
                        clock.millis() + delay.get().toMillis(),
                        a.reason(),
                        d.source(),
                        d.offset(),
                        d.timestamp()));
    }

    /** Moves a failed head and everything behind it to the retry topic, in order. */
    private void forwardAll(final String id) {
        final Delivery head = failed.remove(id);
        final ArrayDeque<Delivery> q = queues.remove(id);
        q.poll();
        final List<Delivery> moving = new ArrayList<>();
        moving.add(head);
        moving.addAll(q);
        parked.add(id);
        busy.add(id);
        appending.merge(id, moving.size(), Integer::sum);
        final int[] left = {moving.size()};
        for (final Delivery d : moving) {
            outside.forward(d.toRetry(d.attempts(), d.dueAtMillis(), d.reason()), guarded(() -> {
                outside.finished(d);
                if (--left[0] == 0) {
                    busy.remove(id);
                    pending.add(id);
                }
            }));
        }
    }

    private Runnable guarded(final Runnable r) {
        final long at = epoch;
        return () -> {
            if (at == epoch) {
                r.run();
            }
        };
    }
}
