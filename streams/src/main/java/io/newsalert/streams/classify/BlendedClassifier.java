package io.newsalert.streams.classify;

import io.newsalert.schemas.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexicon's decision checked by the statistical model. For a topic the model knows, the lexicon's verdict stands
 * unless the model is confident against it: a topic the lexicon gives is dropped when the model's probability is
 * below {@link #KEEP}, and a topic the lexicon does not give is added when it is at least {@link #ADD}. The lexicon
 * is precise where its words speak and the model sees the words no rule was written for; each corrects the other's
 * blind spot. A topic the model was not trained on (one a user adds to the taxonomy) is the lexicon's alone. The
 * scores and evidence are the lexicon's, so a reader still sees which words spoke for a topic. Thread-safe.
 */
public final class BlendedClassifier implements Classifier {

    /** Below this probability the model overrules a topic the lexicon gave. */
    static final double KEEP = 0.2;
    /** At or above this probability the model adds a topic the lexicon did not give. */
    static final double ADD = 0.8;

    private final Classifier lexicon;
    private final TopicModel model;
    private final String version;

    public BlendedClassifier(final Classifier lexicon, final TopicModel model) {
        this.lexicon = lexicon;
        this.model = model;
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
            if (t < 0 ? given : decide(given, p[t])) {
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
