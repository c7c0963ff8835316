package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.testing.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldKeepTheIdsOfAnArticleFileAndPrintTopicsAndClosures() throws Exception {
        final int code = run("classify", Corpus.file("dev-traffic.jsonl").toString());

        final List<JsonNode> lines = lines();
        assertThat(code).isZero();
        assertThat(lines).hasSize(25);
        assertThat(lines.get(0).fieldNames())
                .toIterable()
                .contains("id", "published", "headline", "kicker", "subtitle", "byline", "body", "topics", "closures");
        assertThat(byId(lines, "dt-013").get("topics"))
                .extracting(JsonNode::asText)
                .containsExactly("employment");
        assertThat(byId(lines, "dt-003").get("topics"))
                .extracting(JsonNode::asText)
                .containsExactly("traffic");
        assertThat(byId(lines, "dt-003").get("closures").isArray()).isTrue();
    }

    @Test
    void shouldGiveEveryArticleOfTheSeedPageExactlyItsGoldTopics() throws Exception {
        final JsonNode gold = JSON.readTree(
                Corpus.file("taiyuan-daily-2022-05-25-p2.gold.json").toFile());

        final int code = run(
                "classify",
                "--date",
                "2022-05-25",
                Corpus.file("taiyuan-daily-2022-05-25-p2.txt").toString());

        final List<JsonNode> lines = lines();
        assertThat(code).isZero();
        assertThat(lines)
                .hasSize(11)
                .allSatisfy(l -> assertThat(l.get("published").asText()).isEqualTo("2022-05-25"));
        for (final JsonNode article : gold.get("articles")) {
            final String headline = article.get("headline").asText();
            final JsonNode line = lines.stream()
                    .filter(l -> headline.equals(l.get("headline").asText()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No article headed " + headline));
            assertThat(texts(line.get("topics")))
                    .as(headline)
                    .containsExactlyInAnyOrderElementsOf(texts(article.get("labels")));
        }
    }

    @Test
    void shouldUseATaxonomyGivenOnTheCommandLine() throws Exception {
        final Path taxonomy = Files.writeString(dir.resolve("weather.yaml"), """
                topics:
                  - name: weather
                    threshold: 4
                    terms: {降温: 3, 气温: 2, 冷空气: 3}
                """);
        final Path articles = Files.writeString(dir.resolve("a.jsonl"), """
                {"id": "w-1", "published": "2023-11-05", "headline": "冷空气来袭 明起降温", "body": "本报讯 受冷空气影响，明天起我市气温将下降8摄氏度。"}
                """);

        run("classify", "--taxonomy", taxonomy.toString(), articles.toString());

        assertThat(lines().get(0).get("topics")).extracting(JsonNode::asText).containsExactly("weather");
    }

    @Test
    void shouldSayClearlyWhatIsWrongWithABadTaxonomy() throws Exception {
        final Path taxonomy = Files.writeString(dir.resolve("bad.yaml"), "topics: [{name: weather, terms: {降温: 3}}]");

        final int code = run(
                "classify",
                "--taxonomy",
                taxonomy.toString(),
                Corpus.file("dev-traffic.jsonl").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("bad.yaml").contains("has no 'threshold'");
        assertThat(out.toString()).isEmpty();
    }

    private int run(final String... args) {
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private List<JsonNode> lines() throws Exception {
        final List<JsonNode> lines = new ArrayList<>();
        for (final String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static List<String> texts(final JsonNode array) {
        final List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    private static JsonNode byId(final List<JsonNode> lines, final String id) {
        return lines.stream()
                .filter(l -> l.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
