package io.newsalert.producer.page;

import io.newsalert.schemas.Article;
import io.newsalert.schemas.ArticleIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page reader for text extracted from printed newspaper pages laid out in columns: it finds headlines,
 * kickers, subtitles, section labels, banners, captions, datelines and bylines, mends paragraphs broken across
 * columns, takes displaced subtitles out of the text they fell into, and flags articles that run on from or off
 * the page. See {@link PageWalk} for the layout rules.
 */
public final class LayoutPageReader implements PageReader {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutPageReader.class);

    private final Clock clock;

    /** A reader that infers missing edition dates against {@code clock} (the paper's time zone). */
    public LayoutPageReader(final Clock clock) {
        this.clock = clock;
    }

    @Override
    public PageResult read(final String text, final PageInfo page) {
        final List<String> warnings = new ArrayList<>();
        LocalDate edition = page.editionDate();
        if (edition == null) {
            final EditionDates.Inferred inferred = EditionDates.infer(text, page.name(), clock);
            edition = inferred.date();
            warnings.add("No edition date was given for " + page.name() + "; it was taken to be " + edition + " from "
                    + inferred.how() + ". Pass --date to set it.");
        }
        final PageWalk walk = PageWalk.of(PageLines.split(text), page.name());
        warnings.addAll(walk.warnings());
        for (final String orphan : DisplacedLines.attach(walk.drafts(), walk.displaced())) {
            warnings.add(page.name() + ": the displaced line '" + orphan + "' was taken out of the text but no "
                    + "article could take it as its subtitle.");
        }
        final String section =
                walk.sectionLabels().isEmpty() ? null : walk.sectionLabels().get(0);
        final List<Article> articles = new ArrayList<>();
        final Set<String> ids = new LinkedHashSet<>();
        for (final ArticleDraft draft : walk.drafts()) {
            final Article article = build(draft, edition, section, page);
            if (article.getBody().isBlank()) {
                warnings.add(page.name() + " line " + draft.firstLine() + ": an article has no text and was left out.");
            } else if (!ids.add(article.getId())) {
                LOG.debug(
                        "A second article with id {} on {} was left out as a duplicate.", article.getId(), page.name());
            } else {
                articles.add(article);
            }
        }
        LOG.debug(
                "Read {} articles and {} captions from {}.",
                articles.size(),
                walk.captions().size(),
                page.name());
        return new PageResult(articles, walk.captions(), walk.sectionLabels(), walk.banners(), warnings);
    }

    private static Article build(
            final ArticleDraft draft, final LocalDate edition, final String section, final PageInfo page) {
        final List<String> paragraphs = new ArrayList<>(draft.paragraphs());
        final List<String> byline = new ArrayList<>();
        LocalDate dateline = null;
        if (!paragraphs.isEmpty()) {
            final Datelines.Dateline opening = Datelines.read(paragraphs.get(0));
            if (opening != null) {
                paragraphs.set(0, opening.body().strip());
                dateline = Datelines.resolve(opening.date(), edition);
                byline.addAll(opening.byline());
            }
        }
        draft.byline().stream().filter(name -> !byline.contains(name)).forEach(byline::add);
        final String body =
                String.join("\n", paragraphs.stream().filter(p -> !p.isBlank()).toList());
        return Article.newBuilder()
                .setId(ArticleIds.of(edition, draft.headline(), body))
                .setPublished(edition)
                .setHeadline(draft.headline())
                .setKicker(draft.kicker())
                .setSubtitle(draft.subtitle())
                .setSection(section)
                .setByline(byline)
                .setDateline(dateline)
                .setBody(body)
                .setContinuedFromPreviousPage(draft.continuedFromPreviousPage())
                .setContinuesOnNextPage(draft.continuesOnNextPage())
                .setSource(page.source())
                .build();
    }
}
