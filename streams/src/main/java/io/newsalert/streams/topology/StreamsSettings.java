package io.newsalert.streams.topology;

import io.newsalert.schemas.StreamsDefaults;
import io.newsalert.schemas.Topics;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * Kafka Streams settings of the article pipeline: the shared {@link StreamsDefaults} (exactly-once, low-latency
 * commits) plus dead letters. A record that cannot be deserialised, or whose processing throws (an article the
 * classifier cannot handle), is logged, written to {@code news.articles.dlq} by Kafka Streams' own dead-letter queue
 * (KIP-1034) with headers {@code __streams.errors.exception}, {@code .message}, {@code .stacktrace}, {@code .topic},
 * {@code .partition} and {@code .offset}, and processing goes on. Given values win; defaults are filled with
 * {@code putIfAbsent}. Stream-thread failures follow {@link StreamsDefaults#replaceThenShutdown(String)}.
 */
public final class StreamsSettings {

    public static final String APPLICATION_ID = "newsalert-streams";

    private StreamsSettings() {}

    public static Properties of(final String bootstrapServers, final Map<String, ?> overrides) {
        final Properties props = StreamsDefaults.of(bootstrapServers, APPLICATION_ID, overrides);
        // Classifying is CPU-bound: one stream thread per core, as offline classify uses every core.
        props.putIfAbsent(
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
        props.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.ARTICLES_DLQ.name());
        props.putIfAbsent(
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.putIfAbsent(
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class.getName());
        return props;
    }
}
