package io.newsalert.streams.classify;

import io.newsalert.producer.eval.GoldPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The articles of a page with gold, cut from the page by the gold ({@link io.newsalert.producer.eval.GoldPageArticles}). */
final class GoldPageArticles {

    private GoldPageArticles() {}

    /** Every article of the gold; fails when one cannot be cut from the page, since a test must see them all. */
    static List<TopicLabelledArticle> read(final Path text, final Path gold) throws IOException {
        final List<TopicLabelledArticle> articles =
                io.newsalert.producer.eval.GoldPageArticles.read(text, gold).stream()
                        .map(a -> new TopicLabelledArticle(a.article(), a.labels()))
                        .toList();
        final int expected = GoldPage.read(gold).articles().size();
        if (articles.size() != expected) {
            throw new IllegalStateException("Only " + articles.size() + " of the " + expected + " articles of " + gold
                    + " are found in " + text + ".");
        }
        return articles;
    }

    /** The articles of the gold that can be cut from the page, as the topic model's trainer reads them. */
    static List<TopicLabelledArticle> readCuttable(final Path text, final Path gold) throws IOException {
        return io.newsalert.producer.eval.GoldPageArticles.read(text, gold).stream()
                .map(a -> new TopicLabelledArticle(a.article(), a.labels()))
                .toList();
    }
}
