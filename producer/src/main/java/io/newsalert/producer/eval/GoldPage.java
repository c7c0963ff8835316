package io.newsalert.producer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.json.JsonMappers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's gold, in the format beside the seed page ({@code *.gold.json}): what a perfect reading of the page gives,
 * and the topics of each article. The parser is scored against it; the classifier's tests cut the articles from the
 * page by it.
 *
 * @param published     the edition date
 * @param sectionLabels section labels on the page (not articles)
 * @param banners       column banners (not articles)
 * @param captions      the opening characters of each photo caption (not articles)
 * @param articles      the articles, in page order
 */
public record GoldPage(
        LocalDate published,
        List<String> sectionLabels,
        List<String> banners,
        List<String> captions,
        List<GoldArticle> articles) {

    private static final ObjectMapper JSON = JsonMappers.standard();

    public GoldPage {
        sectionLabels = List.copyOf(sectionLabels);
        banners = List.copyOf(banners);
        captions = List.copyOf(captions);
        articles = List.copyOf(articles);
    }

    /**
     * One gold article.
     *
     * @param headline     the headline, null when the page does not show it
     * @param altHeadlines other headlines also accepted
     * @param kicker       the kicker, or null
     * @param subtitle     the subtitle without {@code ——}, or null
     * @param byline       the reporters visible on the page
     * @param firstChars   how the body starts (dateline word and byline taken off)
     * @param lastChars    how the body ends (byline taken off)
     * @param bodyContains passages the body must contain, proving a mended column break
     * @param continued    {@code from_previous_page}, {@code to_next_page}, or null
     * @param labels       the topics a person gave the article (empty for none)
     */
    public record GoldArticle(
            String headline,
            List<String> altHeadlines,
            String kicker,
            String subtitle,
            List<String> byline,
            String firstChars,
            String lastChars,
            List<String> bodyContains,
            String continued,
            List<String> labels) {

        public GoldArticle {
            altHeadlines = List.copyOf(altHeadlines);
            byline = List.copyOf(byline);
            bodyContains = List.copyOf(bodyContains);
            labels = List.copyOf(labels);
        }

        /** How the article is named in a report. */
        public String label() {
            return headline != null ? headline : "(no headline) " + firstChars;
        }
    }

    /** Reads a gold file. */
    public static GoldPage read(final Path file) throws IOException {
        final JsonNode root = JSON.readTree(file.toFile());
        final List<GoldArticle> articles = new ArrayList<>();
        for (final JsonNode a : root.path("articles")) {
            articles.add(new GoldArticle(
                    text(a, "headline"),
                    strings(a.path("alt_headlines")),
                    text(a, "kicker"),
                    text(a, "subtitle"),
                    strings(a.path("byline")),
                    text(a, "first_chars"),
                    text(a, "last_chars"),
                    strings(a.path("body_contains")),
                    text(a, "continued"),
                    strings(a.path("labels"))));
        }
        final List<String> captions = new ArrayList<>();
        for (final JsonNode c : root.path("captions")) {
            captions.add(c.isTextual() ? c.asText() : c.path("first_chars").asText(""));
        }
        final String published = text(root, "published");
        return new GoldPage(
                published == null ? null : LocalDate.parse(published),
                strings(root.path("section_labels")),
                strings(root.path("banners")),
                captions,
                articles);
    }

    private static String text(final JsonNode node, final String field) {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(final JsonNode array) {
        final List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
