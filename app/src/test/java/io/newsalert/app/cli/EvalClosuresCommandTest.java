package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.testing.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalClosuresCommandTest {

    @Test
    void shouldPrintFieldScoresAndTheErrorsForTheDevTrafficArticles() {
        final StringWriter out = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        final int code =
                cli.execute("eval", "closures", Corpus.file("dev-traffic.jsonl").toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("articles 25, gold segments 22")
                .contains("road", "from", "side", "lane", "start", "end", "overall");
    }

    @Test
    void shouldRefuseToRunWithoutAFile() {
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));

        assertThat(cli.execute("eval", "closures")).isNotZero();
    }
}
