package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A user's mistake gets one or two lines naming the cause and the fix, and no stack trace. */
class CleanErrorsTest {

    @TempDir
    Path dir;

    private record Run(int status, String err) {
        long lines() {
            return err.lines().filter(l -> !l.isBlank()).count();
        }
    }

    private static Run run(final String... args) {
        final StringWriter err = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        final int status = cli.execute(args);
        return new Run(status, err.toString());
    }

    @Test
    void shouldNameAMissingFileOfEvalInOneLine() {
        final Run run = run(
                "eval",
                "parse",
                dir.resolve("nosuch.txt").toString(),
                dir.resolve("gold.json").toString());

        assertThat(run.status()).isNotZero();
        assertThat(run.err())
                .contains("newsalert eval parse: cannot read " + dir, "check the path")
                .doesNotContain("\tat ", "Exception");
        assertThat(run.lines()).isEqualTo(1);
    }

    @Test
    void shouldSayInOneLineThatTheAlertServiceIsNotThere() throws Exception {
        final int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }

        final Run run = run("subscribe", "--list", "--server", "http://127.0.0.1:" + closed, "--token", "t".repeat(20));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("cannot reach the alert service at http://127.0.0.1:" + closed, "--server")
                .doesNotContain("\tat ");
        assertThat(run.lines()).isEqualTo(1);
    }

    @Test
    void shouldReportABadConfigurationWithoutAStackTrace() throws Exception {
        final Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "alerts:\n  http:\n    port: 99999\n", StandardCharsets.UTF_8);

        final Run run = run("alerts", "--config", config.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("bad.yaml", "alerts.http.port", "must be between 0 and 65535")
                .doesNotContain("\tat ", "ConfigException");
        assertThat(run.lines()).isLessThanOrEqualTo(3);
    }

    @Test
    void shouldRefuseABusyHttpPortBeforeStartingAnything() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            final long start = System.nanoTime();

            final Run run = run(
                    "demo",
                    "--once",
                    "--no-sample",
                    "--port",
                    Integer.toString(busy.getLocalPort()),
                    "--kafka-port",
                    "0");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err())
                    .contains("port " + busy.getLocalPort() + " on 127.0.0.1 is in use", "--port")
                    .doesNotContain("\tat ");
            assertThat(run.lines()).isEqualTo(1);
            assertThat((System.nanoTime() - start) / 1_000_000_000.0)
                    .as("seconds, so no broker was started")
                    .isLessThan(5.0);
        }
    }
}
