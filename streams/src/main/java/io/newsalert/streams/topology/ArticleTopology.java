package io.newsalert.streams.topology;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ClassifiedArticle;
import io.newsalert.schemas.Topics;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.classify.Classification;
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
 * topic's feed (multi-label by fan-out; no label → {@code news.other}) and one record per closure on
 * {@code traffic.closures}. Opens no connections; run it with {@link StreamsSettings}.
 */
public final class ArticleTopology {

    /** The taxonomy topic whose articles are searched for closures. */
    public static final String TRAFFIC = "traffic";

    private ArticleTopology() {
    }

    public static Topology build(final Taxonomy taxonomy, final Classifier classifier, final ClosureExtractor extractor) {
        final StreamsBuilder builder = new StreamsBuilder();
        final KStream<String, ClassifiedArticle> classified = builder
                .stream(Topics.ARTICLES.name(), Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())
                        .withName("read-articles"))
                .mapValues(article -> classify(article, classifier, extractor), Named.as("classify-and-extract"));

        for (final Taxonomy.TopicDefinition topic : taxonomy.topics()) {
            classified.filter((id, c) -> c.getTopics().contains(topic.name()), Named.as("is-" + topic.name()))
                    .to(topic.outputTopic(), Produced.with(Serdes.String(), Topics.CLASSIFIED_SERDE)
                            .withName("to-" + topic.name()));
        }
        classified.filter((id, c) -> c.getTopics().isEmpty(), Named.as("is-unlabelled"))
                .to(Topics.OTHER.name(), Produced.with(Serdes.String(), Topics.CLASSIFIED_SERDE).withName("to-other"));

        ClosureRouting.addTo(classified);
        return builder.build();
    }

    private static ClassifiedArticle classify(final Article article, final Classifier classifier,
            final ClosureExtractor extractor) {
        final Classification result = classifier.classify(article);
        final List<TrafficClosure> closures = result.topics().contains(TRAFFIC) ? extractor.extract(article) : List.of();
        return ClassifiedArticle.newBuilder().setArticle(article).setTopics(result.topics()).setScores(result.scores())
                .setClosures(closures).setClassifierVersion(classifier.version()).build();
    }
}
