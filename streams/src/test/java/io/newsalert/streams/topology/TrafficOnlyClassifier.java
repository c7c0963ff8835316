package io.newsalert.streams.topology;

import io.newsalert.schemas.Article;
import io.newsalert.streams.classify.Classification;
import io.newsalert.streams.classify.Classifier;
import java.util.List;

/** Labels every article traffic, so closure tests do not depend on the real classifier's rules. */
final class TrafficOnlyClassifier implements Classifier {

    @Override
    public Classification classify(final Article article) {
        return new Classification(List.of(ArticleTopology.TRAFFIC), List.of());
    }

    @Override
    public String version() {
        return "traffic-only-test";
    }
}
