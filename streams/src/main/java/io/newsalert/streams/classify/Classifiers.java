package io.newsalert.streams.classify;

/** Builds the project's standard classifier for a taxonomy. */
public final class Classifiers {

    private Classifiers() {
    }

    public static Classifier standard(final Taxonomy taxonomy) {
        return new KeywordClassifier(taxonomy);
    }
}
