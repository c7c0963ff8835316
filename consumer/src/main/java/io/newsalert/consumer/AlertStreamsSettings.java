package io.newsalert.consumer;

import io.newsalert.schemas.StreamsDefaults;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka Streams settings of the alert topology: the shared {@link StreamsDefaults} (exactly-once, so an alert is
 * written once even across crashes, and a short commit interval, since with exactly-once an alert becomes visible
 * only at commit) with this service's application id and state directory.
 */
final class AlertStreamsSettings {

    private AlertStreamsSettings() {}

    static Properties properties(final AlertServiceConfig config, final Map<String, Object> kafka) {
        final Properties p = StreamsDefaults.of(config.bootstrapServers(), config.applicationId(), kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        return p;
    }
}
