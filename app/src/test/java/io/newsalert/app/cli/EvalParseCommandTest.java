package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.testing.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalParseCommandTest {

    private final StringWriter out = new StringWriter();

    private int run(final String page) {
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(
                "eval",
                "parse",
                Corpus.file(page + ".txt").toString(),
                Corpus.file(page + ".gold.json").toString());
    }

    @Test
    void shouldScoreEveryArticleOfTheSeedPageRight() {
        final int status = run("taiyuan-daily-2022-05-25-p2");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("ok    退役军人振兴乡村", "spurious articles: 0", "articles fully right: 11/11");
    }

    @Test
    void shouldScoreTheDevPageInFull() {
        run("dev-page-01");

        assertThat(out.toString()).contains("spurious articles: 0", "articles fully right: 7/7");
    }
}
