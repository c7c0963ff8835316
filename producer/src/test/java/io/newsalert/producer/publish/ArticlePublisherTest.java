package io.newsalert.producer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {

    @Test
    void shouldCompressWithACodecThatStockClientsRead() {
        final Object codec = ArticlePublisher.producerConfig(Map.of("bootstrap.servers", "127.0.0.1:9092"))
                .get(ProducerConfig.COMPRESSION_TYPE_CONFIG);

        assertThat(codec).isEqualTo("gzip");
        assertThat(ArticlePublisher.PORTABLE_COMPRESSION).contains((String) codec);
    }

    @Test
    void shouldLetTheConfigurationChooseAnotherCodec() {
        final Object codec = ArticlePublisher.producerConfig(Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"))
                .get(ProducerConfig.COMPRESSION_TYPE_CONFIG);

        assertThat(codec).isEqualTo("none");
    }

    @Test
    void shouldKeepOneRequestInFlightSoThatARetriedBatchIsNotOvertaken() {
        final var config = ArticlePublisher.producerConfig(Map.of("bootstrap.servers", "127.0.0.1:9092"));

        // A batch refused by a leader that is not ready yet (NOT_LEADER_OR_FOLLOWER right after the topic was
        // created) must be retried before later batches reach the partition, or the broker refuses it as out of
        // order until the delivery timeout.
        assertThat(config.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION))
                .isEqualTo(1);
        assertThat(config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isEqualTo(true);
    }
}
