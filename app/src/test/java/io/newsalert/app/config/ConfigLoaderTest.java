package io.newsalert.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadTheBundledDefaults() {
        final NewsalertConfig config = new ConfigLoader(name -> null).load(null);

        assertThat(config.kafka().bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.kafka().partitions()).isEqualTo(3);
        assertThat(config.alerts().feeds()).containsExactly("traffic", "employment", "safety");
        assertThat(config.alerts().httpPort()).isEqualTo(8080);
        assertThat(config.alerts().allowPrivateWebhooks()).isFalse();
    }

    @Test
    void shouldLetTheEnvironmentOverrideTheFile() {
        final Map<String, String> env = Map.of("NEWSALERT_BOOTSTRAP_SERVERS", "kafka:9092",
                "NEWSALERT_HTTP_PORT", "9000", "NEWSALERT_ALLOW_PRIVATE_WEBHOOKS", "true");

        final NewsalertConfig config = new ConfigLoader(env::get).load(null);

        assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.alerts().httpPort()).isEqualTo(9000);
        assertThat(config.alerts().allowPrivateWebhooks()).isTrue();
    }

    @Test
    void shouldCompressArticlesWithGzipUnlessTheEnvironmentSaysOtherwise() {
        final NewsalertConfig defaults = new ConfigLoader(name -> null).load(null);
        final NewsalertConfig none = new ConfigLoader(Map.of("NEWSALERT_COMPRESSION", "none")::get).load(null);

        assertThat(defaults.kafka().producer()).containsEntry("compression.type", "gzip")
                .containsEntry("bootstrap.servers", "127.0.0.1:9092");
        assertThat(none.kafka().producer()).containsEntry("compression.type", "none");
    }

    @Test
    void shouldRefuseAnUnknownCodec() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("NEWSALERT_COMPRESSION", "brotli")::get).load(null))
                .isInstanceOf(ConfigLoader.ConfigException.class)
                .hasMessageContaining("kafka.compression");
    }

    @Test
    void shouldReportEveryProblemOfABadFileAndNameIt() throws Exception {
        final Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                kafka:
                  bootstrapServers: "no port here"
                  partitions: zero
                alerts:
                  http:
                    port: 70000
                    adminToken: short
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ConfigLoader(name -> null).load(file))
                .isInstanceOf(ConfigLoader.ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("kafka.bootstrapServers")
                .hasMessageContaining("kafka.partitions")
                .hasMessageContaining("alerts.http.port")
                .hasMessageContaining("adminToken");
    }

    @Test
    void shouldRefuseAFileThatIsNotYaml() throws Exception {
        final Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "kafka: [unclosed", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ConfigLoader(name -> null).load(file))
                .hasMessageContaining("not valid YAML").hasMessageContaining(file.toString());
    }
}
