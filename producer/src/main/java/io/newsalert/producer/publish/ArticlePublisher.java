package io.newsalert.producer.publish;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles to {@code news.articles}, keyed by article id, with an idempotent producer and
 * {@code acks=all}, so that publishing the same page twice is harmless downstream.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);

    private final KafkaProducer<String, Article> producer;

    public ArticlePublisher(final Map<String, Object> kafkaConfig) {
        final Properties props = new Properties();
        props.putAll(kafkaConfig);
        props.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsalert-producer");
        this.producer = new KafkaProducer<>(props, Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
    }

    /** Sends every article and waits until the broker has acknowledged all of them. */
    public void publish(final List<Article> articles) throws InterruptedException, ExecutionException {
        final List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (final Article article : articles) {
            sent.add(producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), article.getId(), article)));
        }
        producer.flush();
        for (final Future<RecordMetadata> f : sent) {
            final RecordMetadata md = f.get();
            LOG.debug("Published an article to {}-{} at offset {}.", md.topic(), md.partition(), md.offset());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
