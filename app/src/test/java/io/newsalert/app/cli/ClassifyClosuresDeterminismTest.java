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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code classify} gives an article the same closures whatever it read before: the labelled traffic articles
 * classified in file order and in reverse order, and both files in one run, agree closure for closure.
 */
class ClassifyClosuresDeterminismTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldGiveTheSameClosuresWhenTheSameArticlesComeInTheOtherOrder() throws Exception {
        final List<String> articles =
                new ArrayList<>(Files.readAllLines(Corpus.file("dev-traffic.jsonl"), StandardCharsets.UTF_8));
        for (final String batch : List.of("batch-01.jsonl", "batch-02.jsonl", "batch-03.jsonl")) {
            articles.addAll(
                    Files.readAllLines(Corpus.dir().resolve("closures").resolve(batch), StandardCharsets.UTF_8));
        }
        articles.removeIf(String::isBlank);
        final Path forward = Files.write(dir.resolve("forward.jsonl"), articles, StandardCharsets.UTF_8);
        Collections.reverse(articles);
        final Path backward = Files.write(dir.resolve("backward.jsonl"), articles, StandardCharsets.UTF_8);

        final Map<String, JsonNode> inOrder = closuresById(classify(forward.toString()));
        final Map<String, JsonNode> reversed = closuresById(classify(backward.toString()));
        final Map<String, JsonNode> afterTheOthers = closuresById(classify(backward.toString(), forward.toString()));

        assertThat(inOrder).hasSize(articles.size());
        assertThat(inOrder.values().stream().mapToInt(JsonNode::size).sum()).isGreaterThan(100);
        assertThat(reversed).isEqualTo(inOrder);
        assertThat(afterTheOthers).isEqualTo(inOrder);
    }

    /** The span is in the body as published; the sentence is as the extractor read it (spaces dropped). */
    @Test
    void shouldGiveEveryClosureAConfidenceAndASpanInsideTheBody() throws Exception {
        for (final JsonNode line : classify(
                Corpus.dir().resolve("closures").resolve("batch-01.jsonl").toString())) {
            final String body = line.get("body").asText();
            for (final JsonNode closure : line.get("closures")) {
                assertThat(closure.get("confidence").asDouble())
                        .isGreaterThan(0.0)
                        .isLessThanOrEqualTo(1.0);
                final int start = closure.get("span").get("start").asInt();
                final int end = closure.get("span").get("end").asInt();
                assertThat(start).isGreaterThanOrEqualTo(0).isLessThan(end);
                assertThat(end).isLessThanOrEqualTo(body.length());
                assertThat(body.substring(start, end).replaceAll("\\s", ""))
                        .isEqualTo(closure.get("sentence").asText().replaceAll("\\s", ""));
            }
        }
    }

    private List<JsonNode> classify(final String... files) throws Exception {
        final StringWriter out = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        final String[] args = new String[files.length + 1];
        args[0] = "classify";
        System.arraycopy(files, 0, args, 1, files.length);
        assertThat(cli.execute(args)).isZero();
        final List<JsonNode> lines = new ArrayList<>();
        for (final String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    /** The closures of each article; an article read twice must get the same closures both times. */
    private static Map<String, JsonNode> closuresById(final List<JsonNode> lines) {
        final Map<String, JsonNode> out = new LinkedHashMap<>();
        for (final JsonNode line : lines) {
            final JsonNode previous = out.put(line.get("id").asText(), line.get("closures"));
            assertThat(previous == null || previous.equals(line.get("closures")))
                    .as(line.get("id").asText())
                    .isTrue();
        }
        return out;
    }
}
