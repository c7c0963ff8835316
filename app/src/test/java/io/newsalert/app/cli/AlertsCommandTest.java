package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.app.config.NewsalertConfig;
import io.newsalert.consumer.AlertServiceConfig;
import io.newsalert.consumer.subscription.SecretBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsCommandTest {

    private static final NewsalertConfig CONFIG = new NewsalertConfig(
            new NewsalertConfig.Kafka("kafka:9092", 3, Map.of("client.rack", "r1"), "gzip", 15),
            new NewsalertConfig.Streams("", ""),
            new NewsalertConfig.Alerts(
                    List.of("traffic", "safety"),
                    new NewsalertConfig.Http("", 8081, "", ""),
                    new NewsalertConfig.Webhooks(true, "", "")),
            new NewsalertConfig.Feeds("", "", "newsalert", "140100", "太原日报", "", "P7D"));

    @TempDir
    Path state;

    @Test
    void shouldTakeTheAlertServiceSettingsFromTheDeploymentConfiguration() throws Exception {
        final AlertServiceConfig c = AlertsCommand.serviceConfig(CONFIG, state);

        assertThat(c.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(c.feeds()).containsExactly("traffic", "safety");
        assertThat(c.httpPort()).isEqualTo(8081);
        assertThat(c.allowPrivateWebhooks()).isTrue();
        assertThat(c.kafka()).containsEntry("client.rack", "r1");
        assertThat(c.topicPartitions()).isEqualTo(3);
        assertThat(c.stateDir()).isEqualTo(state);
    }

    @Test
    void shouldGenerateATokenWhenTheConfigurationHasNone() throws Exception {
        assertThat(AlertsCommand.serviceConfig(CONFIG, state).adminToken()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void shouldBindToEveryInterfaceByDefaultAndToTheConfiguredHostOtherwise() throws Exception {
        assertThat(AlertsCommand.serviceConfig(CONFIG, state).httpHost()).isEqualTo("0.0.0.0");
        assertThat(AlertsCommand.serviceConfig(CONFIG.withHttpHost("127.0.0.1"), state)
                        .httpHost())
                .isEqualTo("127.0.0.1");
    }

    @Test
    void shouldKeepTheSecretKeyInTheStateFolderAcrossStarts() throws Exception {
        final SecretBox first = AlertsCommand.serviceConfig(CONFIG, state).secrets();
        final SecretBox second = AlertsCommand.serviceConfig(CONFIG, state).secrets();

        assertThat(Files.exists(state.resolve("secret.key"))).isTrue();
        assertThat(second.keyId()).isEqualTo(first.keyId());
    }

    @Test
    void shouldPreferTheConfiguredKey() throws Exception {
        final String key = SecretBox.newKey();
        final NewsalertConfig withKey = new NewsalertConfig(
                CONFIG.kafka(),
                CONFIG.streams(),
                new NewsalertConfig.Alerts(
                        List.of("traffic"),
                        new NewsalertConfig.Http("", 8081, "", ""),
                        new NewsalertConfig.Webhooks(false, key, "")),
                CONFIG.feeds());

        assertThat(AlertsCommand.serviceConfig(withKey, state).secrets().keyId())
                .isEqualTo(SecretBox.of(List.of(key)).keyId());
        assertThat(Files.exists(state.resolve("secret.key"))).isFalse();
    }
}
