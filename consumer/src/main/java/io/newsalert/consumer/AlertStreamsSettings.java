package io.newsalert.consumer;

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
 * Kafka Streams settings of the alert topology: exactly-once (an alert is written once even across crashes), and
 * a short commit interval, since with exactly-once an alert becomes visible only at commit.
 */
final class AlertStreamsSettings {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStreamsSettings.class);

    private AlertStreamsSettings() {
    }

    static Properties properties(final AlertServiceConfig config, final Map<String, Object> kafka) {
        final Properties p = new Properties();
        p.putAll(kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        p.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        p.putIfAbsent(StreamsConfig.POLL_MS_CONFIG, 20);
        p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 0);
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Fast failover, as in the article pipeline: 6 s to notice a killed instance, 5 s to abort its transaction.
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
        p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 5000);
        return p;
    }

    /** Replaces a failed stream thread up to three times, then stops the client (health turns DOWN). */
    static final class ReplaceThreadThenStop implements StreamsUncaughtExceptionHandler {
        private final AtomicInteger replaced = new AtomicInteger();

        @Override
        public StreamThreadExceptionResponse handle(final Throwable exception) {
            if (replaced.incrementAndGet() <= 3) {
                LOG.error("An alert stream thread failed and is replaced.", exception);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error("An alert stream thread failed too often; the alert topology stops.", exception);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
    }
}
