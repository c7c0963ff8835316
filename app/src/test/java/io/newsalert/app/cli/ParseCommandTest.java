package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Article;
import io.newsalert.testing.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "taiyuan-daily-2022-05-25-p2.txt";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(final String... args) {
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private List<JsonNode> lines(final String text) throws Exception {
        final List<JsonNode> nodes = new ArrayList<>();
        for (final String line : text.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void shouldPrintTheSeedPagesArticlesAsJsonLines() throws Exception {
        final int status = run("parse", Corpus.file(SEED).toString(), "--date", "2022-05-25", "--source", "太原日报");

        final List<JsonNode> articles = lines(out.toString());
        assertThat(status).isZero();
        assertThat(articles).hasSize(11);
        assertThat(articles.get(9).get("headline").asText()).isEqualTo("施工占用停车场 机场出入有变更");
        assertThat(articles.get(9).get("byline")).extracting(JsonNode::asText).containsExactly("张晋峰", "刘海君");
        assertThat(articles.get(9).get("published").asText()).isEqualTo("2022-05-25");
        assertThat(articles.get(9).get("dateline").asText()).isEqualTo("2022-05-24");
        assertThat(articles.get(9).get("source").asText()).isEqualTo("太原日报");
        assertThat(err.toString()).contains("11 articles", "1 captions skipped", "0 inputs failed");
    }

    @Test
    void shouldWriteAnAvroContainerFileThatAvroReadsBack() throws Exception {
        final Path avro = dir.resolve("seed.avro");

        final int status = run(
                "parse",
                Corpus.file(SEED).toString(),
                "--date",
                "2022-05-25",
                "--format",
                "avro",
                "--out",
                avro.toString());

        final List<Article> articles = new ArrayList<>();
        try (DataFileReader<Article> reader =
                new DataFileReader<>(avro.toFile(), new SpecificDatumReader<>(Article.class))) {
            reader.forEach(articles::add);
        }
        assertThat(status).isZero();
        assertThat(articles).hasSize(11);
        assertThat(articles.get(7).getHeadline()).isEqualTo("退役军人振兴乡村");
        assertThat(articles.get(7).getSubtitle()).isEqualTo("线上招聘全面启动");
        assertThat(articles.get(7).getPublished()).isEqualTo(LocalDate.of(2022, 5, 25));
    }

    @Test
    void shouldWarnWhenTheEditionDateIsInferred() {
        run("parse", Corpus.file(SEED).toString());

        assertThat(err.toString()).contains("warning:", "2022-05-25", "--date");
    }

    @Test
    void shouldReportEachBadInputByNameAndStillReadTheOthers() throws Exception {
        final Path empty = Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        final Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3});
        final Path noArticle = Files.writeString(dir.resolve("ads.txt"), "广告\n\n招商热线\n", StandardCharsets.UTF_8);

        final int status = run(
                "parse",
                empty.toString(),
                Corpus.file(SEED).toString(),
                binary.toString(),
                noArticle.toString(),
                "--date",
                "2022-05-25");

        assertThat(status).isEqualTo(1);
        assertThat(lines(out.toString())).hasSize(11);
        assertThat(err.toString()).contains("empty.txt", "scan.txt", "ads.txt", "3 inputs failed");
    }

    @Test
    void shouldReadEveryPageOfAFolder() throws Exception {
        Files.copy(Corpus.file(SEED), dir.resolve("p2.txt"));
        Files.copy(Corpus.file("dev-page-01.txt"), dir.resolve("p3.txt"));

        final int status = run("parse", dir.toString(), "--date", "2022-05-25");

        assertThat(status).isZero();
        assertThat(lines(out.toString())).hasSize(18);
    }
}
