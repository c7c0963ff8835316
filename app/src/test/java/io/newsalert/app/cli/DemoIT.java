package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.testing.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsalert demo --once} on the seed page delivers exactly the seed's gold alerts, and exits 0. */
class DemoIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldDeliverTheSeedPagesGoldAlertsAndExit() throws Exception {
        final Path alerts = dir.resolve("a.jsonl");
        final StringWriter out = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        final int status = cli.execute(
                "demo",
                "--once",
                "--kafka-port",
                "0",
                "--port",
                "0",
                "--input",
                Corpus.file("taiyuan-daily-2022-05-25-p2.txt").toString(),
                "--date",
                "2022-05-25",
                "--alerts-out",
                alerts.toString());

        assertThat(status).as(out.toString()).isZero();
        assertThat(headlinesByTopic(alerts)).isEqualTo(goldHeadlinesByTopic());
    }

    @Test
    void shouldExitNonZeroWhenAnInputFails() {
        final StringWriter err = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        final Path missing = dir.resolve("nosuch.txt");

        final int status = cli.execute(
                "demo",
                "--once",
                "--kafka-port",
                "0",
                "--port",
                "0",
                "--input",
                Corpus.file("taiyuan-daily-2022-05-25-p2.txt").toString(),
                "--input",
                missing.toString(),
                "--date",
                "2022-05-25");

        assertThat(status).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("nosuch.txt: no such file", "1 of the inputs failed");
    }

    private static Map<String, List<String>> headlinesByTopic(final Path alerts) throws Exception {
        final Map<String, List<String>> byTopic = new TreeMap<>();
        for (final String line : Files.readAllLines(alerts, StandardCharsets.UTF_8)) {
            final JsonNode alert = JSON.readTree(line);
            assertThat(alert.has("id") && alert.has("articleId")).isTrue();
            byTopic.computeIfAbsent(alert.path("topic").asText(), t -> new ArrayList<>())
                    .add(alert.path("headline").asText());
        }
        byTopic.values().forEach(l -> l.sort(null));
        return byTopic;
    }

    private static Map<String, List<String>> goldHeadlinesByTopic() throws Exception {
        final Map<String, List<String>> byTopic = new TreeMap<>();
        for (final JsonNode a : JSON.readTree(
                        Corpus.file("taiyuan-daily-2022-05-25-p2.gold.json").toFile())
                .path("articles")) {
            for (final JsonNode label : a.path("labels")) {
                byTopic.computeIfAbsent(label.asText(), t -> new ArrayList<>())
                        .add(a.path("headline").asText());
            }
        }
        byTopic.values().forEach(l -> l.sort(null));
        return byTopic;
    }
}
