package io.newsalert.streams.classify;

/** Builds the project's standard classifier for a taxonomy. */
public final class Classifiers {

    private Classifiers() {}

    /**
     * The word-based lexicon classifier on HanLP's segmenter, checked by the bundled statistical topic model for the
     * topics it was trained on ({@link BlendedClassifier}); safe to share between threads.
     */
    public static Classifier standard(final Taxonomy taxonomy) {
        final Classifier lexicon = new SegmentingClassifier(taxonomy, new HanlpSegmenter());
        return TopicModel.bundled()
                .<Classifier>map(model -> new BlendedClassifier(lexicon, model))
                .orElse(lexicon);
    }
}
