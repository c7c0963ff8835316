package io.newsalert.streams.lifecycle;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.json.ArticleLines;
import io.newsalert.testing.Corpus;
import java.util.List;

/** The notices of {@code corpus/lifecycle/}: one closure announced, reported again, extended, lifted. */
public final class LifecycleNotices {

    public static final String KEY = "迎泽西大街|千峰南路|滨河西路|SOUTH|NON_MOTOR_LANE";

    private LifecycleNotices() {}

    /** Announcement, second report, extension, call-off, in that order. */
    public static List<Article> all() {
        return ArticleLines.read(Corpus.file("lifecycle/yingze-west-works.jsonl")).orThrow().stream()
                .map(ArticleLines.Line::article)
                .toList();
    }

    /** An unrelated notice on another road, published more than a week after the call-off. */
    public static Article later() {
        return ArticleLines.read(Corpus.file("lifecycle/later-notice.jsonl"))
                .orThrow()
                .get(0)
                .article();
    }
}
