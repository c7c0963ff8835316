package io.newsalert.app.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --kafka-timeout} option shared by every command that talks to Kafka. */
final class KafkaTimeoutOption {

    @Option(names = "--kafka-timeout", paramLabel = "SECONDS", defaultValue = "${env:NEWSALERT_KAFKA_TIMEOUT:-15}",
            description = "Give up when Kafka does not answer within SECONDS (default: ${DEFAULT-VALUE}).")
    private int seconds;

    Duration timeout() {
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
