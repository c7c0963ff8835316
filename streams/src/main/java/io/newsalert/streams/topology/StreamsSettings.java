package io.newsalert.streams.topology;

import io.newsalert.schemas.Topics;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams settings of the article pipeline: exactly-once, low-latency commits, and dead letters. A record
 * that cannot be deserialised, or whose processing throws (an article the classifier cannot handle), is logged,
 * written to {@code news.articles.dlq} by Kafka Streams' own dead-letter queue (KIP-1034) with headers
 * {@code __streams.errors.exception}, {@code .message}, {@code .stacktrace}, {@code .topic}, {@code .partition} and
 * {@code .offset}, and processing goes on. Given values win; defaults are filled with {@code putIfAbsent}.
 */
public final class StreamsSettings {

    public static final String APPLICATION_ID = "newsalert-streams";

    /** How many times a stream thread that died is replaced before the application shuts down. */
    public static final int THREAD_REPLACEMENTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(StreamsSettings.class);

    private StreamsSettings() {
    }

    public static Properties of(final String bootstrapServers, final Map<String, ?> overrides) {
        final Properties props = new Properties();
        props.putAll(overrides);
        props.putIfAbsent(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        props.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.ARTICLES_DLQ.name());
        props.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class.getName());
        props.putIfAbsent(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        props.putIfAbsent(StreamsConfig.POLL_MS_CONFIG, 20);
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 0);
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        // Classifying is CPU-bound: one stream thread per core, as offline classify uses every core.
        props.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
        // Fast failover: a killed instance is noticed after 6 s instead of 45 s, and its open transaction is
        // aborted after 5 s, so read_committed readers of its output wait no longer than that.
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 5000);
        return props;
    }

    /**
     * An uncaught-exception handler that replaces a dead stream thread {@code replacements} times, then shuts the
     * application down: a passing fault (a broker restart) costs a thread, a lasting one stops the app instead of
     * looping.
     */
    public static StreamsUncaughtExceptionHandler replaceThenShutdown(final int replacements) {
        final AtomicInteger left = new AtomicInteger(replacements);
        return exception -> {
            final int remaining = left.getAndDecrement();
            if (remaining > 0) {
                LOG.error("A stream thread died; replacing it ({} replacements left).", remaining - 1, exception);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error("A stream thread died after {} replacements; shutting the application down.", replacements,
                    exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_APPLICATION;
        };
    }
}
