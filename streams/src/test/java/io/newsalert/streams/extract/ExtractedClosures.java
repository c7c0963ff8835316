package io.newsalert.streams.extract;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.Side;
import io.newsalert.streams.extract.eval.ClosureFields;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the standard extractor reads from one body, as scored fields, and the expected closures to compare with. */
final class ExtractedClosures {

    private static final ClosureExtractor EXTRACTOR = ClosureExtractors.standard(Optional.empty());

    private ExtractedClosures() {}

    /** The closures of an article with this body, published on {@code published} (YYYY-MM-DD). */
    static List<ClosureFields> closures(final String published, final String body) {
        final Article article = Article.newBuilder()
                .setId("t-shape")
                .setPublished(LocalDate.parse(published))
                .setHeadline("测试")
                .setBody(body)
                .build();
        return EXTRACTOR.extract(article).stream().map(ClosureFields::of).toList();
    }

    /** An expected closure; dates as YYYY-MM-DD or null. */
    static ClosureFields closure(
            final String road,
            final String from,
            final String to,
            final Side side,
            final Lane lane,
            final String start,
            final String end) {
        return new ClosureFields(
                road,
                from,
                to,
                side,
                lane,
                start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }
}
