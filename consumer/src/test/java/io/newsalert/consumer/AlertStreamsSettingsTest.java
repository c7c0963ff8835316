package io.newsalert.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class AlertStreamsSettingsTest {

    @Test
    void shouldRunTheAlertTopologyExactlyOnceWithTheServiceClientSettings() {
        final AlertServiceConfig service = AlertServiceConfig.builder("kafka:9093")
                .stateDir(Path.of("state"))
                .kafka(Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL"))
                .build();

        final StreamsConfig config = new StreamsConfig(AlertStreamsSettings.properties(service, service.kafka()));

        assertThat(config.getString(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("newsalert-alerts");
        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(config.getList(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)).containsExactly("kafka:9093");
        assertThat(config.getMainConsumerConfigs("g", "c", 0))
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        assertThat(config.getProducerConfigs("p"))
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
    }
}
