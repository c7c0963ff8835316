package io.newsalert.producer.page;

import io.newsalert.schemas.Article;
import java.util.List;

/**
 * One page read: its articles in page order, the captions, section labels and banners that are not articles, and
 * warnings for the user (an inferred edition date, say).
 */
public record PageResult(
        List<Article> articles,
        List<String> captions,
        List<String> sectionLabels,
        List<String> banners,
        List<String> warnings) {

    public PageResult {
        articles = List.copyOf(articles);
        captions = List.copyOf(captions);
        sectionLabels = List.copyOf(sectionLabels);
        banners = List.copyOf(banners);
        warnings = List.copyOf(warnings);
    }
}
