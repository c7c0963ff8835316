package io.newsalert.streams.extract;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.TrafficClosure;
import java.util.List;

/** Finds every closed or occupied road segment in a traffic article. */
public interface ClosureExtractor {

    List<TrafficClosure> extract(Article article);

    /** An extractor that finds nothing; for deployments that only route articles. */
    static ClosureExtractor none() {
        return article -> List.of();
    }
}
