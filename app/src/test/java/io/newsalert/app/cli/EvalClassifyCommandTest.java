package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.testing.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalClassifyCommandTest {

    private static final Pattern TOPIC_LINE =
            Pattern.compile("^(traffic|employment|safety)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)", Pattern.MULTILINE);

    @Test
    void shouldPrintAnF1OfAtLeast095ForEveryTopicOfTheDevSets() {
        final String report = run(
                "eval",
                "classify",
                Corpus.file("dev-topics.jsonl").toString(),
                Corpus.file("dev-traffic.jsonl").toString());

        final Matcher m = TOPIC_LINE.matcher(report);
        final List<String> topics = new ArrayList<>();
        while (m.find()) {
            topics.add(m.group(1));
            assertThat(Double.parseDouble(m.group(4))).as("F1 of " + m.group(1)).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(topics).containsExactly("traffic", "employment", "safety");
        assertThat(report).contains("macro-F1").contains("over 60 articles");
    }

    @TempDir
    Path dir;

    @Test
    void shouldListTheIdsOfTheArticlesItGotWrong() throws Exception {
        final Path file = Files.writeString(dir.resolve("labelled.jsonl"), """
                {"id": "wrong-1", "published": "2023-01-01", "headline": "春风行动招聘会 岗位三千个", "body": "本报讯 人社局举办招聘会，企业提供岗位3000个。", "labels": ["safety"]}
                """);

        final String report = run("eval", "classify", file.toString());

        assertThat(report).contains("employment false positives: wrong-1").contains("safety false negatives: wrong-1");
    }

    @Test
    void shouldNameABadLineOnStandardErrorAndScoreTheRest() throws Exception {
        final Path file = Files.writeString(dir.resolve("mixed.jsonl"), """
                {"id": "good-1", "published": "2023-01-01", "headline": "春风行动招聘会", "body": "本报讯 人社局举办招聘会，企业提供岗位3000个。", "labels": ["employment"]}
                {"id": "bad-1", "published": "2023年1月1日", "body": "正文", "labels": []}
                """);
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("eval", "classify", file.toString())).isZero();

        assertThat(err.toString().strip())
                .isEqualTo(file + " line 2: \"published\" must be YYYY-MM-DD, not '2023年1月1日'.");
        assertThat(out.toString()).contains("over 1 articles");
    }

    private static String run(final String... args) {
        final StringWriter out = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }
}
