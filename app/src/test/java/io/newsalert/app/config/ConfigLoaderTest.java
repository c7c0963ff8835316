package io.newsalert.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

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
        final Map<String, String> env = Map.of(
                "NEWSALERT_BOOTSTRAP_SERVERS",
                "kafka:9092",
                "NEWSALERT_HTTP_PORT",
                "9000",
                "NEWSALERT_ALLOW_PRIVATE_WEBHOOKS",
                "true");

        final NewsalertConfig config = new ConfigLoader(env::get).load(null);

        assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.alerts().httpPort()).isEqualTo(9000);
        assertThat(config.alerts().allowPrivateWebhooks()).isTrue();
    }

    @Test
    void shouldCompressArticlesWithGzipUnlessTheEnvironmentSaysOtherwise() {
        final NewsalertConfig defaults = new ConfigLoader(name -> null).load(null);
        final NewsalertConfig none = new ConfigLoader(Map.of("NEWSALERT_COMPRESSION", "none")::get).load(null);

        assertThat(defaults.kafka().producer())
                .containsEntry("compression.type", "gzip")
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
    void shouldLetAnOptionBeatTheEnvironmentBeatTheFileBeatTheDefaults() throws Exception {
        final Path file = dir.resolve("deployment.yaml");
        Files.writeString(file, """
                kafka:
                  bootstrapServers: file-kafka:9092
                  partitions: 6
                alerts:
                  http:
                    port: 9001
                """, StandardCharsets.UTF_8);
        final Map<String, String> env =
                Map.of("NEWSALERT_BOOTSTRAP_SERVERS", "env-kafka:9092", "NEWSALERT_HTTP_PORT", "9002");

        final NewsalertConfig config = new ConfigLoader(env::get, env)
                .load(
                        file,
                        Map.of(
                                "kafka.bootstrapServers",
                                new ConfigLoader.Option("--bootstrap-servers", "cli-kafka:9092")));

        assertThat(config.kafka().bootstrapServers()).isEqualTo("cli-kafka:9092");
        assertThat(config.alerts().httpPort()).isEqualTo(9002);
        assertThat(config.kafka().partitions()).isEqualTo(6);
        assertThat(config.alerts().feeds()).containsExactly("traffic", "employment", "safety");
    }

    @Test
    void shouldPassKafkaClientSettingsFromTheFileAndTheEnvironment() throws Exception {
        final Path file = dir.resolve("secure.yaml");
        Files.writeString(file, """
                kafka:
                  client:
                    sasl.mechanism: SCRAM-SHA-512
                """, StandardCharsets.UTF_8);
        final Map<String, String> env = Map.of("NEWSALERT_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL");

        final NewsalertConfig config = new ConfigLoader(env::get, env).load(file);

        assertThat(config.kafka().client())
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("security.protocol", "SASL_SSL");
        assertThat(config.clientSettings()).containsEntry("bootstrap.servers", "127.0.0.1:9092");
    }

    @Test
    void shouldGiveTheDemoBrokerNoneOfTheClusterClientSettings() {
        final Map<String, String> env = Map.of("NEWSALERT_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL");

        final NewsalertConfig config =
                new ConfigLoader(env::get, env).load(null).onEmbeddedBroker("127.0.0.1:19092");

        assertThat(config.clientSettings()).containsOnly(entry("bootstrap.servers", "127.0.0.1:19092"));
    }

    @Test
    void shouldNameTheVariableAndTheUnknownSettingThatAreWrong() throws Exception {
        final Path file = dir.resolve("typo.yaml");
        Files.writeString(file, """
                kafka:
                  partitons: 6
                """, StandardCharsets.UTF_8);
        final Map<String, String> env =
                Map.of("NEWSALERT_TOPIC_PARTITIONS", "many", "NEWSALERT_FEEDS", "traffic,Weather");

        assertThatThrownBy(() -> new ConfigLoader(env::get, env).load(file))
                .isInstanceOf(ConfigLoader.ConfigException.class)
                .hasMessageContaining("kafka.partitons (from file " + file + ") is not a setting")
                .hasMessageContaining("kafka.partitions (from environment variable NEWSALERT_TOPIC_PARTITIONS) must be "
                        + "a whole number, not 'many'")
                .hasMessageContaining("alerts.feeds (from environment variable NEWSALERT_FEEDS)");
    }

    @Test
    void shouldTakeTheRoadNetworkAndPublisherFromTheEnvironment() throws Exception {
        final Path roads = Files.writeString(dir.resolve("roads.geojson"), "{}", StandardCharsets.UTF_8);
        final Map<String, String> env = Map.of(
                "NEWSALERT_ROAD_NETWORK",
                roads.toString(),
                "NEWSALERT_CAP_SENDER",
                "alerts@paper.example.cn",
                "NEWSALERT_HOME_AREA",
                "330382",
                "NEWSALERT_ALERT_VALIDITY",
                "P3D");

        final NewsalertConfig.Feeds feeds =
                new ConfigLoader(env::get, env).load(null).feeds();

        assertThat(feeds.roadNetwork()).isEqualTo(roads.toString());
        assertThat(feeds.sender()).isEqualTo("alerts@paper.example.cn");
        assertThat(feeds.homeArea()).isEqualTo("330382");
        assertThat(feeds.validity()).isEqualTo(java.time.Duration.ofDays(3));
        assertThat(feeds.dataSource()).isEqualTo("太原日报");
    }

    @Test
    void shouldReportABadRoadNetworkHomeAreaAndValidityByName() {
        final Map<String, String> env = Map.of(
                "NEWSALERT_ROAD_NETWORK",
                dir.resolve("missing.osm.pbf").toString(),
                "NEWSALERT_HOME_AREA",
                "Taiyuan",
                "NEWSALERT_ALERT_VALIDITY",
                "a week");

        assertThatThrownBy(() -> new ConfigLoader(env::get, env).load(null))
                .isInstanceOf(ConfigLoader.ConfigException.class)
                .hasMessageContaining(
                        "feeds.roadNetwork (from environment variable NEWSALERT_ROAD_NETWORK) names a file "
                                + "that cannot be read: " + dir.resolve("missing.osm.pbf"))
                .hasMessageContaining(
                        "feeds.homeArea (from environment variable NEWSALERT_HOME_AREA) must be a 6-digit "
                                + "GB/T 2260 division code, not 'Taiyuan'")
                .hasMessageContaining("must be an ISO-8601 duration such as P7D or PT12H, not 'a week'");
    }

    @Test
    void shouldRefuseAFileThatIsNotYaml() throws Exception {
        final Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "kafka: [unclosed", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ConfigLoader(name -> null).load(file))
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining(file.toString());
    }
}
