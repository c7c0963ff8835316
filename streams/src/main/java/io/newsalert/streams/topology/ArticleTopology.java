package io.newsalert.streams.topology;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.classify.Classification;
import io.newsalert.streams.classify.ClassificationException;
import io.newsalert.streams.classify.Classifier;
import io.newsalert.streams.classify.Taxonomy;
import io.newsalert.streams.extract.ClosureExtractor;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The article pipeline: {@code news.articles} → classify and extract closures → one record on each labelled
 * topic's feed and one record per closure on {@code traffic.closures}. Multi-label routing fans out with one filter
 * per topic ({@code split()} would stop at the first matching branch); an article with no label goes to
 * {@code news.other}. A record that cannot be read or classified goes to the dead-letter topic through the handlers
 * that {@link StreamsSettings} configures. Every node is named, so the topology keeps its names when it changes.
 * Opens no connections.
 */
public final class ArticleTopology {

    /** The taxonomy topic whose articles are searched for closures. */
    public static final String TRAFFIC = "traffic";

    /** Node names, asserted by the tests and stable across versions. */
    public static final String SOURCE = "read-articles";

    public static final String REFUSE_NULL = "refuse-null-values";
    public static final String CLASSIFY = "classify-and-extract";
    public static final String UNLABELLED = "is-unlabelled";
    public static final String TO_OTHER = "to-other";

    private ArticleTopology() {}

    public static Topology build(
            final Taxonomy taxonomy, final Classifier classifier, final ClosureExtractor extractor) {
        final StreamsBuilder builder = new StreamsBuilder();
        final KStream<String, ClassifiedArticle> classified = builder.stream(
                        Topics.ARTICLES.name(),
                        Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())
                                .withName(SOURCE))
                .peek(ArticleTopology::refuseNull, Named.as(REFUSE_NULL))
                .mapValues(article -> classify(article, classifier, extractor), Named.as(CLASSIFY));

        for (final Taxonomy.TopicDefinition topic : taxonomy.topics()) {
            final String name = topic.name();
            classified
                    .filter((id, c) -> c.getTopics().contains(name), Named.as(filterName(name)))
                    .to(
                            topic.outputTopic(),
                            Produced.with(Serdes.String(), Topics.CLASSIFIED_SERDE)
                                    .withName(sinkName(name)));
        }
        classified
                .filter((id, c) -> c.getTopics().isEmpty(), Named.as(UNLABELLED))
                .to(
                        Topics.OTHER.name(),
                        Produced.with(Serdes.String(), Topics.CLASSIFIED_SERDE).withName(TO_OTHER));

        ClosureRouting.addTo(classified);
        return builder.build();
    }

    /**
     * A record without a value is no article (the topic is not compacted, so it is no deletion either): it fails
     * here, and the processing exception handler sends it to the dead-letter topic with this reason, instead of it
     * vanishing without trace.
     */
    private static void refuseNull(final String id, final Article article) {
        if (article == null) {
            throw new IllegalArgumentException("The record keyed " + id + " on " + Topics.ARTICLES.name()
                    + " has no value (null); an article record must hold an Avro Article.");
        }
    }

    /** The name of the filter node that keeps the articles of {@code topic}. */
    public static String filterName(final String topic) {
        return "is-" + topic;
    }

    /** The name of the sink node that writes the articles of {@code topic} to its feed. */
    public static String sinkName(final String topic) {
        return "to-" + topic;
    }

    static ClassifiedArticle classify(
            final Article article, final Classifier classifier, final ClosureExtractor extractor) {
        final Classification result;
        try {
            result = classifier.classify(article);
        } catch (RuntimeException e) {
            throw new ClassificationException("Cannot classify article " + article.getId() + ": " + e, e);
        }
        final List<TrafficClosure> closures;
        try {
            closures = result.topics().contains(TRAFFIC) ? extractor.extract(article) : List.of();
        } catch (RuntimeException e) {
            throw new ClassificationException("Cannot extract closures from article " + article.getId() + ": " + e, e);
        }
        return ClassifiedArticle.newBuilder()
                .setArticle(article)
                .setTopics(result.topics())
                .setScores(result.scores())
                .setClosures(closures)
                .setClassifierVersion(classifier.version())
                .build();
    }
}
