package io.newsalert.schemas;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings and the failure policy shared by both Kafka Streams applications (the article pipeline and the
 * alert topology), so they run and stop the same way under {@code streams}, {@code alerts} and {@code demo}.
 *
 * <p>Exactly-once, with a short commit interval: with exactly-once a record becomes visible downstream only at
 * commit, so the commit interval is the latency, and the producer's records wait for the commit's flush. Given values win; defaults are filled with
 * {@code putIfAbsent}.
 */
public final class StreamsDefaults {

    /** How many times a stream thread that died is replaced before the client shuts down. */
    public static final int THREAD_REPLACEMENTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(StreamsDefaults.class);

    private StreamsDefaults() {}

    /** {@code settings} (client settings such as security, then the caller's), with the shared defaults added. */
    public static Properties of(
            final String bootstrapServers, final String applicationId, final Map<String, ?> settings) {
        final Properties props = new Properties();
        props.putAll(settings);
        props.putIfAbsent(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.putIfAbsent(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        props.putIfAbsent(StreamsConfig.POLL_MS_CONFIG, 20);
        // A transaction's records are sent when it commits (the commit flushes the producer), not one request
        // per record as they are made: a record is invisible to read_committed readers until then anyway, so this
        // costs no latency and spares the broker most produce requests.
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 1000);
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        // Fast failover: a killed instance is noticed after 6 s instead of 45 s (6 s is the smallest session a
        // default broker allows), and its open transaction is aborted after 5 s, so read_committed readers of its
        // output wait no longer than that.
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 5000);
        return props;
    }

    /**
     * The one failure policy: a dead stream thread is replaced {@value #THREAD_REPLACEMENTS} times, then the client
     * shuts down. A passing fault (a broker restart) costs a thread; a lasting one stops the client, whose state
     * turns ERROR (the commands exit, health turns DOWN), instead of looping.
     */
    public static StreamsUncaughtExceptionHandler replaceThenShutdown(final String application) {
        return replaceThenShutdown(application, THREAD_REPLACEMENTS);
    }

    /** The failure policy with another number of replacements (tests use fewer). */
    public static StreamsUncaughtExceptionHandler replaceThenShutdown(
            final String application, final int replacements) {
        final AtomicInteger failures = new AtomicInteger();
        return exception -> {
            final int failure = failures.incrementAndGet();
            if (failure <= replacements) {
                LOG.error(
                        "A stream thread of {} died; replacing it ({} of {} replacements).",
                        application,
                        failure,
                        replacements,
                        exception);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error(
                    "A stream thread of {} died after {} replacements; shutting the client down.",
                    application,
                    replacements,
                    exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        };
    }
}
