package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProduceCommandTest {

    @Test
    void shouldRefuseToRunWithoutABootstrapServer() {
        final StringWriter err = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setErr(new PrintWriter(err));

        final int status = cli.execute("produce", "page.txt");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--bootstrap-servers");
    }
}
