package io.newsalert.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
