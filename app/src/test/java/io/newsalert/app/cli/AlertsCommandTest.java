package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.consumer.AlertServiceConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertsCommandTest {

    private static final NewsalertConfig CONFIG = new NewsalertConfig(
            new NewsalertConfig.Kafka("kafka:9092", 3, Map.of("client.rack", "r1")),
            new NewsalertConfig.Streams("", ""),
            new NewsalertConfig.Alerts(List.of("traffic", "safety"), new NewsalertConfig.Http(8081, "", ""),
                    new NewsalertConfig.Webhooks(true)),
            new NewsalertConfig.Feeds("", "", "newsalert", "140100", "太原日报", "", "P7D"));

    @Test
    void shouldTakeTheAlertServiceSettingsFromTheDeploymentConfiguration() {
        final AlertServiceConfig c = AlertsCommand.serviceConfig(CONFIG, Path.of("/var/lib/newsalert"));

        assertThat(c.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(c.feeds()).containsExactly("traffic", "safety");
        assertThat(c.httpPort()).isEqualTo(8081);
        assertThat(c.allowPrivateWebhooks()).isTrue();
        assertThat(c.kafka()).containsEntry("client.rack", "r1");
        assertThat(c.stateDir()).isEqualTo(Path.of("/var/lib/newsalert"));
        assertThat(c.topicPartitions()).isEqualTo(3);
    }

    @Test
    void shouldGenerateATokenWhenTheConfigurationHasNone() {
        assertThat(AlertsCommand.serviceConfig(CONFIG, null).adminToken()).hasSizeGreaterThanOrEqualTo(16);
    }
}
