package io.newsalert.producer.json;

import io.newsalert.schemas.Article;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of an article in {@code newsalert parse} and {@code classify} output (docs/architecture.md's contract). */
public final class ArticleJson {

    private ArticleJson() {}

    /** Fields in contract order; dates as ISO strings. Callers add {@code topics} and {@code closures}. */
    public static Map<String, Object> toMap(final Article a) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("published", a.getPublished().toString());
        m.put("headline", a.getHeadline());
        m.put("kicker", a.getKicker());
        m.put("subtitle", a.getSubtitle());
        m.put("section", a.getSection());
        m.put("byline", a.getByline());
        m.put("dateline", a.getDateline() == null ? null : a.getDateline().toString());
        m.put("body", a.getBody());
        m.put("continuedFromPreviousPage", a.getContinuedFromPreviousPage());
        m.put("continuesOnNextPage", a.getContinuesOnNextPage());
        m.put("source", a.getSource());
        return m;
    }
}
