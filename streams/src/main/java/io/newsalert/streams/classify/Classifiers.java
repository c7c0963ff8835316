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

    /**
     * Starts loading HanLP's dictionaries on a daemon thread and returns at once. They take a third of a second or
     * more; a command that will classify calls this first thing, so that they load while its own start-up (options,
     * logging, taxonomy) runs on the other core. The classifier built later finds them loaded.
     */
    public static void preload() {
        final Thread loading = new Thread(() -> new HanlpSegmenter().words("道路封闭施工。"), "hanlp-preload");
        loading.setDaemon(true);
        loading.start();
    }
}
