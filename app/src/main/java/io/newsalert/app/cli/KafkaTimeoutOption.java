package io.newsalert.app.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --kafka-timeout} option shared by every command that talks to Kafka; over the configuration's
 * {@code kafka.timeoutSeconds} ({@code NEWSALERT_KAFKA_TIMEOUT}, 15 s by default).
 */
final class KafkaTimeoutOption {

    @Option(
            names = "--kafka-timeout",
            paramLabel = "SECONDS",
            description = "Give up when Kafka does not answer within SECONDS (default: the configuration's "
                    + "kafka.timeoutSeconds, 15).")
    private Integer seconds;

    /** Records the option, when given, over the configuration's setting. */
    ConfigOptions over(final ConfigOptions config) {
        return config.option("kafka.timeoutSeconds", "--kafka-timeout", seconds);
    }
}
