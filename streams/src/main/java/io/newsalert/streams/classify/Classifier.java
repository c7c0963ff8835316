package io.newsalert.streams.classify;

import io.newsalert.schemas.Article;

/** Gives an article zero or more topics, each with a score and the evidence for it. */
public interface Classifier {

    Classification classify(Article article);

    /** A version string carried in every {@code ClassifiedArticle}, so consumers know which rules labelled it. */
    String version();
}
