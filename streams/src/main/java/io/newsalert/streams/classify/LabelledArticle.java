package io.newsalert.streams.classify;

import io.newsalert.schemas.Article;
import java.util.List;

/**
 * An article with the topics a person gave it ({@code labels} in the corpus files).
 *
 * @param article the article, with the id from the file
 * @param labels  the gold topics; empty for an article that belongs to no topic
 */
public record LabelledArticle(Article article, List<String> labels) {

    public LabelledArticle {
        labels = List.copyOf(labels);
    }
}
