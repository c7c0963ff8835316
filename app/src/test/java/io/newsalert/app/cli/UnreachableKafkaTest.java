package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command that talks to Kafka gives up within its timeout with one clear line when nothing answers. */
class UnreachableKafkaTest {

    private static final String NOWHERE = "127.0.0.1:1";

    @TempDir
    Path dir;

    /** What a run printed and how it ended. */
    private record Run(int status, String err, String out, Duration took) {
        long errorLines() {
            return err.lines().filter(l -> !l.isBlank()).count();
        }
    }

    private static Run run(final String... args) {
        final StringWriter err = new StringWriter();
        final StringWriter out = new StringWriter();
        final CommandLine cli = NewsalertCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(out));
        final long start = System.nanoTime();
        final int status = cli.execute(args);
        return new Run(status, err.toString(), out.toString(), Duration.ofNanos(System.nanoTime() - start));
    }

    private Path page() throws Exception {
        final Path page = dir.resolve("page.txt");
        try (var in = UnreachableKafkaTest.class.getClassLoader().getResourceAsStream(DemoCommand.SAMPLE)) {
            Files.write(page, in.readAllBytes());
        }
        return page;
    }

    @Test
    void shouldStopProduceWithinTheTimeoutAndPublishNothing() throws Exception {
        final Run run = run(
                "produce",
                page().toString(),
                "--date",
                "2022-05-25",
                "--bootstrap-servers",
                NOWHERE,
                "--kafka-timeout",
                "3");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.took()).isLessThan(Duration.ofSeconds(10));
        assertThat(run.err())
                .contains("newsalert produce: Kafka at 127.0.0.1:1 did not answer within 3 s")
                .doesNotContain("published", "Exception", "\tat ");
        assertThat(run.errorLines()).isEqualTo(1);
    }

    @Test
    void shouldStopClosuresWithinTheTimeout() {
        final Run run =
                run("closures", "--active", "2022-06-01", "--bootstrap-servers", NOWHERE, "--kafka-timeout", "3");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.took()).isLessThan(Duration.ofSeconds(10));
        assertThat(run.err()).contains("newsalert closures: Kafka at 127.0.0.1:1 did not answer within 3 s");
        assertThat(run.errorLines()).isEqualTo(1);
    }

    @Test
    void shouldStopStreamsWithinTheTimeout() {
        final Run run = run("streams", "--bootstrap-servers", NOWHERE, "--kafka-timeout", "3");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.took()).isLessThan(Duration.ofSeconds(10));
        assertThat(run.err()).contains("newsalert streams: Kafka at 127.0.0.1:1 did not answer within 3 s");
        assertThat(run.errorLines()).isEqualTo(1);
    }

    @Test
    void shouldStopAlertsWithinTheConfiguredTimeout() throws Exception {
        final Path config = dir.resolve("newsalert.yaml");
        Files.writeString(
                config, "kafka:\n  bootstrapServers: " + NOWHERE + "\n  timeoutSeconds: 3\n", StandardCharsets.UTF_8);

        final Run run = run("alerts", "--config", config.toString(), "--port", "0");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.took()).isLessThan(Duration.ofSeconds(10));
        assertThat(run.err()).contains("newsalert alerts: Kafka at 127.0.0.1:1 did not answer within 3 s");
        assertThat(run.errorLines()).isEqualTo(1);
    }

    @Test
    void shouldPrintTheStackTraceOnlyWithVerbose() {
        final Run run = run("closures", "--bootstrap-servers", NOWHERE, "--kafka-timeout", "1", "--verbose");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("UnreachableException", "\tat ");
        assertThat(Arrays.stream(run.err().split("\n"))
                        .filter(l -> l.startsWith("newsalert closures:"))
                        .count())
                .isEqualTo(1);
    }
}
