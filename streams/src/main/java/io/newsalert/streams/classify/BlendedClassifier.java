package io.newsalert.streams.classify;

import io.newsalert.schemas.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon's decision checked by the statistical model. For a topic the model knows, the lexicon's verdict stands
 * unless the model is confident against it: a topic the lexicon gives is dropped when the model's probability is
 * below {@link #KEEP} (unless the lexicon's score is {@link #CERTAIN} times the body-only threshold), and a topic
 * the lexicon does not give is added when it is at least {@link #ADD}. The lexicon
 * is precise where its words speak and the model sees the words no rule was written for; each corrects the other's
 * blind spot. A topic the model was not trained on (one a user adds to the taxonomy) is the lexicon's alone. The
 * scores and evidence are the lexicon's, so a reader still sees which words spoke for a topic. Thread-safe.
 */
public final class BlendedClassifier implements Classifier {

    /** Below this probability the model overrules a topic the lexicon gave. */
    static final double KEEP = 0.2;
    /** At or above this probability the model adds a topic the lexicon did not give. */
    static final double ADD = 0.8;
    /**
     * A lexicon score this many times the topic's body-only threshold is beyond the model's veto: a headline action
     * and a body full of the topic's words ({@code 半条街断行}, {@code 交通管制}, {@code 绕行}) outweigh a model that
     * has seen few articles told that way.
     */
    static final double CERTAIN = 2;

    private final Classifier lexicon;
    private final TopicModel model;
    /** The lexicon score beyond the model's veto, by topic. */
    private final Map<String, Double> certain = new HashMap<>();

    private final String version;

    public BlendedClassifier(final Classifier lexicon, final TopicModel model, final Taxonomy taxonomy) {
        this.lexicon = lexicon;
        this.model = model;
        taxonomy.topics().forEach(t -> certain.put(t.name(), CERTAIN * t.bodyOnlyThreshold()));
        this.version = lexicon.version() + "+model-" + model.fingerprint();
    }

    @Override
    public Classification classify(final Article article) {
        final Classification byLexicon = lexicon.classify(article);
        final double[] p = model.probabilities(article);
        final List<String> topics = new ArrayList<>();
        byLexicon.scores().forEach(score -> {
            final String topic = score.getTopic();
            final int t = model.topics().indexOf(topic);
            final boolean given = byLexicon.topics().contains(topic);
            if (t < 0
                    ? given
                    : given && score.getScore() >= certain.getOrDefault(topic, Double.MAX_VALUE)
                            || decide(given, p[t])) {
                topics.add(topic);
            }
        });
        return new Classification(topics, byLexicon.scores());
    }

    /** Whether a topic is given, from the lexicon's verdict and the model's probability. */
    static boolean decide(final boolean byLexicon, final double probability) {
        return byLexicon ? probability >= KEEP : probability >= ADD;
    }

    @Override
    public String version() {
        return version;
    }
}
