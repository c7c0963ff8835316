package io.newsalert.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsalert.schemas.StreamsDefaults;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void shouldRunExactlyOnceAndSendBadRecordsToTheDeadLetterTopic() {
        final Properties props = StreamsSettings.of("broker:9092", Map.of());

        assertThat(props)
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "news.articles.dlq")
                .containsEntry(
                        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        LogAndContinueExceptionHandler.class.getName())
                .containsEntry(
                        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                        LogAndContinueProcessingExceptionHandler.class.getName())
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
    }

    @Test
    void shouldLetGivenValuesWin() {
        final Properties props = StreamsSettings.of(
                "broker:9092",
                Map.of(
                        StreamsConfig.APPLICATION_ID_CONFIG,
                        "newsalert-streams-2",
                        StreamsConfig.COMMIT_INTERVAL_MS_CONFIG,
                        500));

        assertThat(props)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "newsalert-streams-2")
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500);
    }

    @Test
    void shouldReplaceADeadThreadAFewTimesThenShutTheClientDown() {
        final var handler = StreamsDefaults.replaceThenShutdown("the article pipeline", 2);
        final RuntimeException failure = new IllegalStateException("磁盘已满");

        assertThat(handler.handle(failure)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(handler.handle(failure)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(handler.handle(failure)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
