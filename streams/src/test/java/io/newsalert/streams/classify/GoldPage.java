package io.newsalert.streams.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of a page with gold ({@code X.txt} + {@code X.gold.json}), cut from the page text by the gold's first
 * and last characters, with the gold headline, kicker, subtitle and labels. Independent of any page reader, so the
 * classifier is tested on the page's real text even before the parser is finished.
 */
final class GoldPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldPage() {
    }

    static List<LabelledArticle> read(final Path text, final Path gold) throws IOException {
        final String page = Files.readString(text, StandardCharsets.UTF_8);
        final JsonNode root = JSON.readTree(Files.readString(gold, StandardCharsets.UTF_8));
        final LocalDate published = LocalDate.parse(root.get("published").asText());
        final List<LabelledArticle> articles = new ArrayList<>();
        int n = 0;
        for (final JsonNode a : root.get("articles")) {
            n++;
            final String first = a.get("first_chars").asText();
            final String last = a.get("last_chars").asText();
            final int start = page.indexOf(first);
            final int end = page.indexOf(last, Math.max(start, 0));
            if (start < 0 || end < 0) {
                throw new IllegalStateException("Article " + n + " of " + gold + " is not found in " + text + ".");
            }
            final Article article = Article.newBuilder().setId(text.getFileName() + "#" + n).setPublished(published)
                    .setHeadline(textOf(a, "headline")).setKicker(textOf(a, "kicker"))
                    .setSubtitle(textOf(a, "subtitle")).setBody(page.substring(start, end + last.length()))
                    .build();
            final List<String> labels = new ArrayList<>();
            a.get("labels").forEach(l -> labels.add(l.asText()));
            articles.add(new LabelledArticle(article, labels));
        }
        return articles;
    }

    private static String textOf(final JsonNode node, final String field) {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
