package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.consumer.AlertServiceConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code kafka.client.*} settings (here {@code security.protocol}, set the way a container would, through the
 * environment) reach every Kafka client the commands make: producer, Streams (its producer, consumer and admin),
 * the alert service's clients and the closure query.
 */
class KafkaClientSettingsTest {

    private static final Map<String, String> ENV = Map.of(
            "NEWSALERT_KAFKA_CLIENT_SECURITY_PROTOCOL",
            "SASL_SSL",
            "NEWSALERT_BOOTSTRAP_SERVERS",
            "kafka-1:9093,kafka-2:9093");

    @Test
    void shouldGiveTheProducerOfProduceTheSecuritySettings() {
        final ProduceCommand produce = new ProduceCommand();
        produce.config.environment(ENV);
        new CommandLine(produce).parseArgs("page.txt");

        final Map<String, Object> settings = new HashMap<>(produce.producerSettings());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        final ProducerConfig config = new ProducerConfig(settings);

        assertThat(config.getString(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG))
                .isEqualTo("SASL_SSL");
        assertThat(config.getList(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG))
                .containsExactly("kafka-1:9093", "kafka-2:9093");
    }

    @Test
    void shouldGiveEveryClientOfTheStreamsRoleTheSecuritySettings() {
        final StreamsCommand streams = new StreamsCommand();
        streams.config.environment(ENV);
        new CommandLine(streams).parseArgs();

        final StreamsConfig config = new StreamsConfig(streams.streamsProperties(streams.loadConfig()));

        assertThat(config.getProducerConfigs("p"))
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        assertThat(config.getMainConsumerConfigs("g", "c", 0))
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        assertThat(config.getAdminConfigs("a")).containsEntry(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    }

    @Test
    void shouldGiveTheClientsOfTheAlertServiceTheSecuritySettings() throws Exception {
        final AlertsCommand alerts = new AlertsCommand();
        alerts.config.environment(ENV);
        new CommandLine(alerts).parseArgs();

        final AlertServiceConfig service = AlertsCommand.serviceConfig(alerts.loadConfig(), null);

        assertThat(new ConsumerConfig(consumerOf(service)).getString(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG))
                .isEqualTo("SASL_SSL");
    }

    @Test
    void shouldGiveTheClosureQueryTheSecuritySettings() {
        final ClosuresCommand closures = new ClosuresCommand();
        closures.config.environment(ENV);
        new CommandLine(closures).parseArgs();
        final NewsalertConfig settings = closures.config
                .option("kafka.bootstrapServers", "--bootstrap-servers", null)
                .load();

        final StreamsConfig config = new StreamsConfig(ClosuresCommand.props(settings, Path.of("state")));

        assertThat(config.getGlobalConsumerConfigs("c"))
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
    }

    /** The settings every consumer of the alert service starts from: its Kafka map and bootstrap servers. */
    private static Map<String, Object> consumerOf(final AlertServiceConfig service) {
        final Map<String, Object> settings = new HashMap<>(service.kafka());
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, service.bootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "g");
        settings.put(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                "org.apache.kafka.common.serialization.StringDeserializer");
        settings.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                "org.apache.kafka.common.serialization.StringDeserializer");
        return settings;
    }
}
