package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProduceCommandTest {

    @Test
    void shouldTakeTheClusterFromTheEnvironmentWhenNoOptionNamesIt() {
        final ProduceCommand produce = new ProduceCommand();
        produce.config.environment(Map.of("NEWSALERT_BOOTSTRAP_SERVERS", "kafka:9092"));
        new CommandLine(produce).parseArgs("page.txt");

        assertThat(produce.producerSettings()).containsEntry("bootstrap.servers", "kafka:9092");
    }

    @Test
    void shouldLetTheOptionBeatTheEnvironment() {
        final ProduceCommand produce = new ProduceCommand();
        produce.config.environment(Map.of("NEWSALERT_BOOTSTRAP_SERVERS", "kafka:9092"));
        new CommandLine(produce).parseArgs("page.txt", "--bootstrap-servers", "127.0.0.1:19092");

        assertThat(produce.producerSettings()).containsEntry("bootstrap.servers", "127.0.0.1:19092");
    }

    @Test
    void shouldRefuseABadSettingWithALineNamingItAndWhereItCameFrom() {
        final CommandLine cli = NewsalertCommand.commandLine();
        final ProduceCommand produce = cli.getSubcommands().get("produce").getCommand();
        produce.config.environment(Map.of("NEWSALERT_BOOTSTRAP_SERVERS", "kafka without port"));
        final StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));

        final int status = cli.execute("produce", "page.txt");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString())
                .contains("kafka.bootstrapServers (from environment variable "
                        + "NEWSALERT_BOOTSTRAP_SERVERS) must be HOST:PORT")
                .doesNotContain("\tat ");
    }
}
