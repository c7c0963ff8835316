package io.newsalert.consumer;

import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Puts classified articles on the topic feeds, as the streams role would. */
final class FeedPublisher implements AutoCloseable {

    private final KafkaProducer<String, ClassifiedArticle> producer;

    FeedPublisher(final String bootstrapServers) {
        this.producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrapServers, "linger.ms", 0, "acks", "all"),
                Topics.TRAFFIC.keySerde().serializer(),
                Topics.TRAFFIC.valueSerde().serializer());
    }

    void publish(final String topic, final ClassifiedArticle article) throws Exception {
        producer.send(new ProducerRecord<>(
                        Topics.feed(topic).name(), article.getArticle().getId(), article))
                .get();
    }

    void publishAll(final List<SeedArticles.Labelled> articles) throws Exception {
        for (final SeedArticles.Labelled l : articles) {
            publish(l.topic(), l.article());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
