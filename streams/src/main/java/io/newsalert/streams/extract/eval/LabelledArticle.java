package io.newsalert.streams.extract.eval;

import io.newsalert.schemas.Article;
import java.util.List;

/** An article with the closures a person found in it. */
public record LabelledArticle(Article article, List<ClosureFields> gold) {

    public LabelledArticle {
        gold = List.copyOf(gold);
    }
}
