package io.newsalert.consumer.ops;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert service's counters, latency histograms and gauges, rendered in the Prometheus text format. Small and
 * dependency-free: a handful of series, labelled by channel or topic.
 */
public final class Metrics {

    private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);
    private static final double[] LATENCY_BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
        60, 300, 3600};

    private final Map<String, LongAdder> counters = new ConcurrentSkipListMap<>();
    private final Map<String, Histogram> latencies = new ConcurrentSkipListMap<>();
    private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();
    /** Consumer label to consumer group, for the consumers whose lag the cluster reports. */
    private final Map<String, String> groups = new ConcurrentHashMap<>();
    private volatile GroupLag groupLag;
    private volatile Function<String, String> groupOf = consumer -> null;
    private volatile Map<String, Long> lastLag = Map.of();
    private volatile long lastLagNanos;
    private volatile LongSupplier liveClients;

    /** An alert appeared on the alerts topic. */
    public void alertCreated(final String topic) {
        count("newsalert_alerts_created_total{topic=\"" + escape(topic) + "\"}");
    }

    /** A channel delivered an alert; {@code latency} runs from the alert's record time to the acknowledgement. */
    public void delivered(final String channel, final Duration latency) {
        count("newsalert_alerts_delivered_total{channel=\"" + escape(channel) + "\"}");
        latencies.computeIfAbsent(channel, c -> new Histogram()).observe(latency.toNanos() / 1e9);
    }

    /** A delivery attempt failed and will be tried again. */
    public void retried(final String channel) {
        count("newsalert_alerts_retried_total{channel=\"" + escape(channel) + "\"}");
    }

    /** A channel gave up on an alert (dead-lettered, or the subscription was disabled). */
    public void failed(final String channel) {
        count("newsalert_alerts_failed_total{channel=\"" + escape(channel) + "\"}");
    }

    /**
     * Registers (or replaces) the lag gauge of one consumer. When the consumer belongs to a consumer group known to
     * {@link #lagFromGroups}, the figure comes from the group's committed offsets instead of {@code lag}.
     */
    public void lagGauge(final String consumer, final LongSupplier lag) {
        final String group = groupOf.apply(consumer);
        if (group != null) {
            groupLagGauge(consumer, group);
            return;
        }
        gauges.put("newsalert_consumer_lag{consumer=\"" + escape(consumer) + "\"}", lag);
    }

    /** Registers the lag gauge of a consumer group, measured by the cluster (needs {@link #lagFromGroups}). */
    public void groupLagGauge(final String consumer, final String groupId) {
        groups.put(consumer, groupId);
        gauges.put("newsalert_consumer_lag{consumer=\"" + escape(consumer) + "\"}",
                () -> groupLags().getOrDefault(groupId, 0L));
    }

    public void removeLagGauge(final String consumer) {
        groups.remove(consumer);
        gauges.remove("newsalert_consumer_lag{consumer=\"" + escape(consumer) + "\"}");
    }

    /**
     * Measures the lag of group consumers with {@code lag}; {@code groupOf} names the group of a consumer label
     * passed to {@link #lagGauge}, or null for consumers without a group (assigned partitions).
     */
    public void lagFromGroups(final GroupLag lag, final Function<String, String> groupOf) {
        this.groupLag = lag;
        this.groupOf = groupOf;
    }

    /** Every group's lag, asked of the cluster at most once a second; the last figures when it does not answer. */
    private Map<String, Long> groupLags() {
        final GroupLag source = groupLag;
        if (source == null || System.nanoTime() - lastLagNanos < 1_000_000_000L) {
            return lastLag;
        }
        synchronized (this) {
            if (System.nanoTime() - lastLagNanos >= 1_000_000_000L) {
                try {
                    lastLag = Map.copyOf(source.lag(Set.copyOf(groups.values())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    LOG.debug("The consumer groups' lag could not be read; keeping the last figures.", e);
                }
                lastLagNanos = System.nanoTime();
            }
        }
        return lastLag;
    }

    /** The value of one counter series, for tests and logs; zero when it never counted. */
    public long counter(final String series) {
        final LongAdder a = counters.get(series);
        return a == null ? 0 : a.sum();
    }

    /** Registers the gauge of live-stream clients connected now. */
    public void liveStreamClients(final LongSupplier clients) {
        this.liveClients = clients;
    }

    /** Everything in the Prometheus text exposition format, version 0.0.4. */
    public String render() {
        final StringBuilder out = new StringBuilder();
        family(out, "newsalert_alerts_created_total", "counter", "Alerts read from the alerts topic, per topic.");
        family(out, "newsalert_alerts_delivered_total", "counter", "Alerts delivered, per channel.");
        family(out, "newsalert_alerts_retried_total", "counter", "Failed delivery attempts that will be retried.");
        family(out, "newsalert_alerts_failed_total", "counter", "Alerts given up on, per channel.");
        out.append("# HELP newsalert_delivery_latency_seconds From the alert record to its delivery.\n")
                .append("# TYPE newsalert_delivery_latency_seconds histogram\n");
        latencies.forEach((channel, h) -> h.render(out, "newsalert_delivery_latency_seconds",
                "channel=\"" + escape(channel) + "\""));
        out.append("# HELP newsalert_consumer_lag Records not yet read, per consumer.\n")
                .append("# TYPE newsalert_consumer_lag gauge\n");
        new TreeMap<>(gauges).forEach((series, g) -> out.append(series).append(' ').append(g.getAsLong()).append('\n'));
        final LongSupplier live = liveClients;
        if (live != null) {
            out.append("# HELP newsalert_sse_clients Clients following the live stream now.\n")
                    .append("# TYPE newsalert_sse_clients gauge\n")
                    .append("newsalert_sse_clients ").append(live.getAsLong()).append('\n');
        }
        return out.toString();
    }

    private void family(final StringBuilder out, final String name, final String type, final String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n');
        counters.forEach((series, a) -> {
            if (series.startsWith(name + "{")) {
                out.append(series).append(' ').append(a.sum()).append('\n');
            }
        });
    }

    private void count(final String series) {
        counters.computeIfAbsent(series, s -> new LongAdder()).increment();
    }

    private static String escape(final String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** A cumulative histogram with fixed buckets. */
    private static final class Histogram {
        private final LongAdder[] buckets = new LongAdder[LATENCY_BUCKETS.length];
        private final LongAdder count = new LongAdder();
        private final AtomicLong sumNanos = new AtomicLong();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(final double seconds) {
            for (int i = 0; i < LATENCY_BUCKETS.length; i++) {
                if (seconds <= LATENCY_BUCKETS[i]) {
                    buckets[i].increment();
                }
            }
            count.increment();
            sumNanos.addAndGet((long) (seconds * 1e9));
        }

        void render(final StringBuilder out, final String name, final String labels) {
            for (int i = 0; i < LATENCY_BUCKETS.length; i++) {
                out.append(name).append("_bucket{").append(labels).append(",le=\"").append(LATENCY_BUCKETS[i])
                        .append("\"} ").append(buckets[i].sum()).append('\n');
            }
            out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(count.sum()).append('\n');
            out.append(name).append("_sum{").append(labels).append("} ").append(sumNanos.get() / 1e9).append('\n');
            out.append(name).append("_count{").append(labels).append("} ").append(count.sum()).append('\n');
        }
    }
}
