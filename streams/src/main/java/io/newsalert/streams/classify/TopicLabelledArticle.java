package io.newsalert.streams.classify;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.json.ArticleLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An article with the topics a person gave it ({@code labels} in the corpus files), what the classifier is scored
 * against. (Articles with the closures a person found in them are {@code extract.eval.LabelledArticle}.)
 *
 * @param article the article, with the id from the file
 * @param labels  the gold topics; empty for an article that belongs to no topic
 */
public record TopicLabelledArticle(Article article, List<String> labels) {

    public TopicLabelledArticle {
        labels = List.copyOf(labels);
    }

    /** The article of a line with its {@code labels} (none when the line has no such field). */
    public static TopicLabelledArticle of(final ArticleLines.Line line) {
        final List<String> labels = new ArrayList<>();
        line.node().path("labels").forEach(v -> labels.add(v.asText()));
        return new TopicLabelledArticle(line.article(), labels);
    }

    /** Every article of a labelled file; a bad line fails the whole file, since scores must count every article. */
    public static List<TopicLabelledArticle> read(final Path file) {
        return ArticleLines.read(file).orThrow().stream()
                .map(TopicLabelledArticle::of)
                .toList();
    }
}
