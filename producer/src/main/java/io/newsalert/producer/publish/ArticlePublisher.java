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
 * {@code acks=all}, so that publishing the same page twice is harmless downstream. Records are gzip-compressed
 * unless {@code compression.type} says otherwise: gzip is the one codec every mainstream client reads without a
 * plugin (kafkajs has no zstd, lz4 or snappy of its own), and {@code news.articles} is read by outside programs.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);

    /** The codec used when the configuration names none: readable by stock clients of every language. */
    public static final String DEFAULT_COMPRESSION = "gzip";

    /** Codecs that a stock kafkajs, the most used non-JVM client without librdkafka, reads without a plugin. */
    public static final List<String> PORTABLE_COMPRESSION = List.of("none", "gzip");

    private final KafkaProducer<String, Article> producer;

    public ArticlePublisher(final Map<String, Object> kafkaConfig) {
        this.producer = new KafkaProducer<>(
                producerConfig(kafkaConfig),
                Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
    }

    /** The producer settings: the caller's, completed with the publisher's defaults. */
    public static Properties producerConfig(final Map<String, Object> kafkaConfig) {
        final Properties props = new Properties();
        props.putAll(kafkaConfig);
        props.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // One produce request in flight: a batch sent to a partition whose leader is not ready yet (a topic created
        // a moment before, as the demo and the roles do) is retried before anything behind it is sent. With five
        // in flight, later batches could reach the leader first, and the retried one was then refused as out of
        // order until the delivery timeout (2 minutes) failed the publish. One request still carries a batch for
        // every partition, so a page or a few thousand articles go out in a few dozen requests.
        props.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, DEFAULT_COMPRESSION);
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsalert-producer");
        return props;
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
