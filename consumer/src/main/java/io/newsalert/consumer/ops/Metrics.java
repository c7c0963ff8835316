package io.newsalert.consumer.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert service's metrics on a Micrometer Prometheus registry: the domain series (alerts created, delivered,
 * retried and failed per channel, delivery latency, consumer lag) under their long-standing names, beside the JVM,
 * process, Jetty, Kafka client and Kafka Streams metrics that Micrometer's binders export.
 */
public final class Metrics implements AutoCloseable {

    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofMinutes(5),
        Duration.ofHours(1)
    };
    private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);
    private static final String WEBHOOK = "webhook";
    private static final Pattern ABBREVIATED_UNIT = Pattern.compile("(^|[.-])(ns|ms|us)([.-]|$)");
    private static final Pattern SERIES = Pattern.compile("([a-z_]+?)(?:_total)?(?:\\{(.*)})?");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * Keeps the exposition clean for {@code promtool check metrics}: a gauge that counts is named in the plural
     * ({@code system_cpus}, {@code kafka_consumer_connections}), as {@code _count} belongs to histograms, and no unit is abbreviated. Kafka's client metrics in nanoseconds ({@code ...-time-ns-total}) and
     * those Kafka publishes without a description are left out; {@code process_cpu_usage} stands for the CPU time.
     */
    private static final MeterFilter PROMTOOL_CLEAN = new MeterFilter() {
        @Override
        public MeterFilterReply accept(final Meter.Id id) {
            final String name = id.getName();
            final boolean undocumentedKafka = name.startsWith("kafka.")
                    && (id.getDescription() == null || id.getDescription().isBlank());
            return "process.cpu.time".equals(name)
                            || undocumentedKafka
                            || ABBREVIATED_UNIT.matcher(name).find()
                    ? MeterFilterReply.DENY
                    : MeterFilterReply.NEUTRAL;
        }

        @Override
        public Meter.Id map(final Meter.Id id) {
            final String name = id.getName();
            return name.endsWith(".count")
                    ? id.withName(name.substring(0, name.length() - ".count".length()) + "s")
                    : id;
        }
    };

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Gauge> lagGauges = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final List<AutoCloseable> binders = new ArrayList<>();
    /** Consumer label to consumer group, for the consumers whose lag the cluster reports. */
    private final Map<String, String> groups = new ConcurrentHashMap<>();

    private volatile GroupLag groupLag;
    private volatile Map<String, Long> lastLag = Map.of();
    private volatile long lastLagNanos;

    public Metrics() {
        registry.config().meterFilter(PROMTOOL_CLEAN);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        final JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // The webhook channel always exists: its series are there from the start, at zero.
        counter("newsalert.alerts.delivered", "Alerts delivered, per channel.", "channel", WEBHOOK);
        counter("newsalert.alerts.retried", "Failed delivery attempts that will be retried.", "channel", WEBHOOK);
        counter("newsalert.alerts.failed", "Alerts given up on, per channel.", "channel", WEBHOOK);
        latency(WEBHOOK);
    }

    /** An alert appeared on the alerts topic. */
    public void alertCreated(final String topic) {
        counter("newsalert.alerts", "Alerts read from the alerts topic, per topic.", "topic", topic)
                .increment();
    }

    /** A channel delivered an alert; {@code latency} runs from the alert's record time to the acknowledgement. */
    public void delivered(final String channel, final Duration latency) {
        counter("newsalert.alerts.delivered", "Alerts delivered, per channel.", "channel", channel)
                .increment();
        latency(channel).record(latency);
    }

    /** A delivery attempt failed and will be tried again. */
    public void retried(final String channel) {
        counter("newsalert.alerts.retried", "Failed delivery attempts that will be retried.", "channel", channel)
                .increment();
    }

    /** A channel gave up on an alert (dead-lettered, or the subscription was disabled). */
    public void failed(final String channel) {
        counter("newsalert.alerts.failed", "Alerts given up on, per channel.", "channel", channel)
                .increment();
    }

    /** Registers (or replaces) the lag gauge of one consumer. */
    public void lagGauge(final String consumer, final LongSupplier lag) {
        removeLagGauge(consumer);
        lagGauges.put(
                consumer,
                Gauge.builder("newsalert.consumer.lag", lag, s -> s.getAsLong())
                        .description("Records not yet read, per consumer.")
                        .tag("consumer", consumer)
                        .strongReference(true)
                        .register(registry));
    }

    public void removeLagGauge(final String consumer) {
        groups.remove(consumer);
        final Gauge old = lagGauges.remove(consumer);
        if (old != null) {
            registry.remove(old);
        }
    }

    /**
     * Registers the lag gauge of a consumer group, as the cluster measures it: the committed end of each partition
     * minus the group's committed offset (needs {@link #groupLagFrom}), so a consumer that is stuck does not read 0.
     */
    public void groupLagGauge(final String consumer, final String groupId) {
        lagGauge(consumer, () -> groupLags().getOrDefault(groupId, 0L));
        groups.put(consumer, groupId);
    }

    /** Where {@link #groupLagGauge} gauges read their groups' lag. */
    public void groupLagFrom(final GroupLag lag) {
        this.groupLag = lag;
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

    /** Registers the gauge of live-stream clients connected now. */
    public void liveStreamClients(final LongSupplier clients) {
        Gauge.builder("newsalert.sse.clients", clients, LongSupplier::getAsLong)
                .description("Clients following the live stream now.")
                .strongReference(true)
                .register(registry);
    }

    /** Exports a Kafka Streams client's metrics (threads, tasks, stores, its embedded clients). */
    public void bind(final KafkaStreams streams) {
        bound(new KafkaStreamsMetrics(streams));
    }

    /** Exports a Kafka consumer's client metrics (fetch rates, records lag, commits). */
    public void bind(final Consumer<?, ?> consumer) {
        bound(new KafkaClientMetrics(consumer));
    }

    /** Exports a Kafka producer's client metrics (send rates, batch sizes, errors). */
    public void bind(final Producer<?, ?> producer) {
        bound(new KafkaClientMetrics(producer));
    }

    /** Exports the HTTP server's thread pool and connection metrics. */
    public void bind(final Server jetty) {
        new JettyServerThreadPoolMetrics(jetty.getThreadPool(), Tags.empty()).bindTo(registry);
        JettyConnectionMetrics.addToAllConnectors(jetty, registry);
    }

    private void bound(final MeterBinder binder) {
        binder.bindTo(registry);
        if (binder instanceof AutoCloseable closeable) {
            binders.add(closeable);
        }
    }

    /**
     * The value of one counter series named as it appears in the Prometheus text, e.g.
     * {@code newsalert_alerts_retried_total{channel="webhook"}}; zero when it never counted.
     */
    public long counter(final String series) {
        final Matcher m = SERIES.matcher(series);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a counter series: " + series);
        }
        final List<String> tags = new ArrayList<>();
        if (m.group(2) != null) {
            final Matcher label = LABEL.matcher(m.group(2));
            while (label.find()) {
                tags.add(label.group(1));
                tags.add(label.group(2));
            }
        }
        final Counter c = registry.find(m.group(1).replace('_', '.'))
                .tags(tags.toArray(String[]::new))
                .counter();
        return c == null ? 0 : (long) c.count();
    }

    /** Everything in the Prometheus text exposition format, version 0.0.4. */
    public String render() {
        return registry.scrape();
    }

    /** The registry, for code that records meters of its own. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    private Timer latency(final String channel) {
        return timers.computeIfAbsent(
                channel,
                c -> Timer.builder("newsalert.delivery.latency")
                        .description("From the alert record to its delivery.")
                        .tag("channel", c)
                        .serviceLevelObjectives(LATENCY_BUCKETS)
                        .register(registry));
    }

    /** The counter, built and registered the first time only: a delivery costs a map look-up, not a meter id. */
    private Counter counter(final String name, final String help, final String tag, final String value) {
        return counters.computeIfAbsent(
                name + '\u0000' + tag + '\u0000' + value,
                k -> Counter.builder(name).description(help).tag(tag, value).register(registry));
    }

    @Override
    public void close() {
        for (final AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception e) {
                // Closing a binder only stops its background refresh; nothing to do when that fails.
            }
        }
        registry.close();
    }
}
