package io.newsalert.streams.classify;

/** Builds the project's standard classifier for a taxonomy. */
public final class Classifiers {

    private Classifiers() {}

    /** The word-based classifier on HanLP's segmenter; safe to share between threads. */
    public static Classifier standard(final Taxonomy taxonomy) {
        return new SegmentingClassifier(taxonomy, new HanlpSegmenter());
    }
}
