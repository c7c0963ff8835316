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
}
