package io.newsalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsalert.schemas.TopicSpec;
import io.newsalert.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml cannot be run without Docker, so its shape is checked here. */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void shouldNameKafkaTheTopicInitialiserAndTheThreeRoles() throws Exception {
        final JsonNode compose = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("docker-compose.yml").toFile());
        final List<String> services = new ArrayList<>();
        compose.path("services").fieldNames().forEachRemaining(services::add);

        assertThat(services).contains("kafka", "topics", "producer", "streams", "alerts");
        assertThat(compose.path("services").path("kafka").path("image").asText())
                .startsWith("apache/kafka:");
        assertThat(compose.path("services")
                        .path("kafka")
                        .path("environment")
                        .path("KAFKA_PROCESS_ROLES")
                        .asText())
                .isEqualTo("broker,controller");
        for (final String role : List.of("producer", "streams", "alerts")) {
            assertThat(compose.path("services").path(role).path("build").asText())
                    .isEqualTo(".");
            assertThat(compose.path("services")
                            .path(role)
                            .path("command")
                            .get(0)
                            .asText())
                    .isEqualTo(role.equals("producer") ? "produce" : role);
        }
    }

    @Test
    void shouldCreateEveryTopicInTheInitialiserExactlyAsDeclared() throws Exception {
        final JsonNode compose = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("docker-compose.yml").toFile());
        final String script =
                compose.path("services").path("topics").path("command").get(0).asText();
        final Map<String, String> created = new TreeMap<>();
        final Matcher line = Pattern.compile("(?m)^create --topic (\\S+) (.*)$").matcher(script);
        while (line.find()) {
            created.put(line.group(1), line.group(2).strip());
        }

        final Map<String, String> declared = new TreeMap<>();
        for (final TopicSpec spec : Topics.DECLARED) {
            final StringBuilder args = new StringBuilder("--partitions ")
                    .append(spec.partitions() > 0 ? Integer.toString(spec.partitions()) : "\"$$P\"");
            if (spec.replicationFactor() > 0) {
                args.append(" --replication-factor ").append(spec.replicationFactor());
            }
            spec.configs()
                    .forEach((key, value) ->
                            args.append(" --config ").append(key).append('=').append(value));
            declared.put(spec.name(), args.toString());
        }
        assertThat(created).isEqualTo(declared);
        assertThat(script).contains("P=\"$$NEWSALERT_TOPIC_PARTITIONS\"");
    }

    @Test
    void shouldBuildTheImageFromTheShadedJar() throws Exception {
        final String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

        assertThat(dockerfile).contains("newsalert.jar").contains("ENTRYPOINT");
    }
}
