package io.newsalert.schemas;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The project's Kafka topics (docs/architecture.md), each defined once with its serdes. */
public final class Topics {

    /** Prefix of every topic feed: a taxonomy topic {@code X} routes to {@code news.X}. */
    public static final String FEED_PREFIX = "news.";

    public static final Serde<Article> ARTICLE_SERDE = AvroSerde.of(Article.class);
    public static final Serde<ClassifiedArticle> CLASSIFIED_SERDE = AvroSerde.of(ClassifiedArticle.class);
    public static final Serde<TrafficClosure> CLOSURE_SERDE = AvroSerde.of(TrafficClosure.class);
    public static final Serde<Alert> ALERT_SERDE = AvroSerde.of(Alert.class);

    public static final Topic<String, Article> ARTICLES = new Topic<>("news.articles", Serdes.String(), ARTICLE_SERDE);
    public static final Topic<String, ClassifiedArticle> TRAFFIC = feed("traffic");
    public static final Topic<String, ClassifiedArticle> EMPLOYMENT = feed("employment");
    public static final Topic<String, ClassifiedArticle> SAFETY = feed("safety");
    public static final Topic<String, ClassifiedArticle> OTHER = feed("other");
    public static final Topic<String, byte[]> ARTICLES_DLQ =
            new Topic<>("news.articles.dlq", Serdes.String(), Serdes.ByteArray());
    public static final Topic<String, TrafficClosure> CLOSURES =
            new Topic<>("traffic.closures", Serdes.String(), CLOSURE_SERDE);
    public static final Topic<String, Alert> ALERTS = new Topic<>("alerts", Serdes.String(), ALERT_SERDE);
    public static final Topic<String, byte[]> ALERTS_DLQ =
            new Topic<>("alerts.dlq", Serdes.String(), Serdes.ByteArray());
    /**
     * One record per alert and webhook subscription that wants it, keyed by subscription id, so one subscription's
     * deliveries keep their order on one partition while the subscriptions spread over all of them.
     */
    public static final Topic<String, Alert> ALERT_DELIVERIES =
            new Topic<>("alerts.deliveries", Serdes.String(), ALERT_SERDE);
    /**
     * Webhook deliveries waiting for their next attempt (headers say which attempt and when), keyed like
     * {@link #ALERT_DELIVERIES} and with as many partitions, so a failing receiver waits here and holds up nobody.
     */
    public static final Topic<String, Alert> ALERT_DELIVERY_RETRIES =
            new Topic<>("alerts.deliveries.retry", Serdes.String(), ALERT_SERDE);
    /** Webhook subscriptions of the alert service, as JSON keyed by subscription id; compacted. */
    public static final Topic<String, byte[]> SUBSCRIPTIONS =
            new Topic<>("newsalert.subscriptions", Serdes.String(), Serdes.ByteArray());

    /** Dead letters are kept a month, long enough for someone to look at them and replay what can be fixed. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    /**
     * How each fixed topic is created. {@code traffic.closures} and {@code newsalert.subscriptions} are compacted:
     * their readers load them as tables (latest value per key). The subscriptions topic has one partition, so every
     * edit of the small subscription table is read in the order it was made.
     */
    public static final List<TopicSpec> DECLARED = List.of(
            TopicSpec.deleted(ARTICLES.name()),
            TopicSpec.deleted(TRAFFIC.name()),
            TopicSpec.deleted(EMPLOYMENT.name()),
            TopicSpec.deleted(SAFETY.name()),
            TopicSpec.deleted(OTHER.name()),
            TopicSpec.deleted(ARTICLES_DLQ.name()).retainedFor(DEAD_LETTER_RETENTION),
            TopicSpec.compacted(CLOSURES.name()),
            TopicSpec.deleted(ALERTS.name()),
            TopicSpec.deleted(ALERTS_DLQ.name()).retainedFor(DEAD_LETTER_RETENTION),
            TopicSpec.deleted(ALERT_DELIVERIES.name()),
            TopicSpec.deleted(ALERT_DELIVERY_RETRIES.name()),
            TopicSpec.compacted(SUBSCRIPTIONS.name()).withPartitions(1));

    /** The fixed topics every deployment has; configured extra feeds add {@code news.X} topics. */
    public static final List<String> STANDARD =
            DECLARED.stream().map(TopicSpec::name).toList();

    private Topics() {}

    /** The declaration of topic {@code name}: a fixed topic's own, else that of a topic feed. */
    public static TopicSpec spec(final String name) {
        return DECLARED.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseGet(() -> TopicSpec.deleted(name));
    }

    /** The declarations of {@code names}, in their order. */
    public static List<TopicSpec> specs(final Collection<String> names) {
        final List<TopicSpec> specs = new ArrayList<>();
        names.forEach(n -> specs.add(spec(n)));
        return specs;
    }

    /** The topic feed of taxonomy topic {@code name}: {@code news.<name>}. */
    public static Topic<String, ClassifiedArticle> feed(final String name) {
        return new Topic<>(FEED_PREFIX + name, Serdes.String(), CLASSIFIED_SERDE);
    }
}
