package io.newsalert.producer.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.producer.page.ArticleIds;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.json.JsonMappers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads article files in JSON lines, one {@code {"id", "published", "headline", "body"}} object a line (other
 * fields such as {@code labels} are ignored). The id is kept; a missing one is made the way page articles get
 * theirs. Bad lines are reported with their number and skipped; the good ones still come through.
 */
final class ArticleLines {

    private static final ObjectMapper JSON = JsonMappers.standard();

    private ArticleLines() {
    }

    /**
     * The articles of one file and what was wrong with the lines that were skipped.
     *
     * @param articles the articles read
     * @param problems one message per skipped line
     */
    record Read(List<Article> articles, List<String> problems) {
    }

    static Read read(final String text, final String name, final LocalDate date, final String source) {
        final List<Article> articles = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int number = 0;
        for (final String line : text.split("\\r?\\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                articles.add(article(JSON.readTree(line), date, source));
            } catch (JsonProcessingException e) {
                problems.add(name + " line " + number + ": not a JSON object (" + e.getOriginalMessage() + ").");
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(name + " line " + number + ": " + e.getMessage());
            }
        }
        return new Read(articles, problems);
    }

    /** True when the text looks like JSON lines rather than a page. */
    static boolean looksLikeJsonLines(final String text) {
        return text.stripLeading().startsWith("{");
    }

    private static Article article(final JsonNode node, final LocalDate date, final String source) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object.");
        }
        final String body = text(node, "body");
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the article has no \"body\".");
        }
        final String published = text(node, "published");
        final LocalDate edition = published != null ? LocalDate.parse(published) : date;
        if (edition == null) {
            throw new IllegalArgumentException("the article has no \"published\" date; pass --date to give one.");
        }
        final String headline = text(node, "headline");
        final String id = text(node, "id");
        final List<String> byline = new ArrayList<>();
        node.path("byline").forEach(n -> byline.add(n.asText()));
        final String dateline = text(node, "dateline");
        return Article.newBuilder()
                .setId(id != null ? id : ArticleIds.of(edition, headline, body))
                .setPublished(edition)
                .setHeadline(headline)
                .setKicker(text(node, "kicker"))
                .setSubtitle(text(node, "subtitle"))
                .setSection(text(node, "section"))
                .setByline(byline)
                .setDateline(dateline == null ? null : LocalDate.parse(dateline))
                .setBody(body)
                .setSource(text(node, "source") != null ? text(node, "source") : source)
                .build();
    }

    private static String text(final JsonNode node, final String field) {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
