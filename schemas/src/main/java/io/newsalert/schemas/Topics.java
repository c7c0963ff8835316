package io.newsalert.schemas;

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
    public static final Topic<String, byte[]> ALERTS_DLQ = new Topic<>("alerts.dlq", Serdes.String(), Serdes.ByteArray());
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

    /** The fixed topics every deployment has; configured extra feeds add {@code news.X} topics. */
    public static final List<String> STANDARD = List.of(ARTICLES.name(), TRAFFIC.name(), EMPLOYMENT.name(),
            SAFETY.name(), OTHER.name(), ARTICLES_DLQ.name(), CLOSURES.name(), ALERTS.name(), ALERTS_DLQ.name(),
            SUBSCRIPTIONS.name());

    private Topics() {
    }

    /** The topic feed of taxonomy topic {@code name}: {@code news.<name>}. */
    public static Topic<String, ClassifiedArticle> feed(final String name) {
        return new Topic<>(FEED_PREFIX + name, Serdes.String(), CLASSIFIED_SERDE);
    }
}
