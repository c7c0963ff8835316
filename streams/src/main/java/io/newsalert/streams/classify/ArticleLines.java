package io.newsalert.streams.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.json.JsonMappers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code .jsonl} article files: one JSON object a line with {@code id}, {@code published}, {@code headline},
 * {@code body} and, in labelled files, {@code labels}. The id in the file is kept. Kicker, subtitle and byline are
 * read when present.
 */
public final class ArticleLines {

    private static final ObjectMapper JSON = JsonMappers.standard();

    private ArticleLines() {
    }

    /** Every article of the file with its labels (empty when the file has none). */
    public static List<LabelledArticle> read(final Path file) {
        final List<LabelledArticle> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    articles.add(parse(line, file + ":" + number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read article file " + file + ".", e);
        }
        return articles;
    }

    /** One line; {@code where} names it in error messages. */
    public static LabelledArticle parse(final String line, final String where) {
        final JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + " is not a JSON object: " + e.getMessage(), e);
        }
        return new LabelledArticle(article(node, where), strings(node.get("labels")));
    }

    /** The article of one parsed line, with the id from the file; {@code where} names the line in error messages. */
    public static Article article(final JsonNode node, final String where) {
        final String id = text(node, "id");
        final String body = text(node, "body");
        final String published = text(node, "published");
        if (id == null || body == null || published == null) {
            throw new IllegalArgumentException(where + " needs 'id', 'published' and 'body'.");
        }
        final LocalDate date;
        try {
            date = LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": 'published' must be YYYY-MM-DD, not '" + published + "'.", e);
        }
        return Article.newBuilder().setId(id).setPublished(date).setHeadline(text(node, "headline"))
                .setKicker(text(node, "kicker")).setSubtitle(text(node, "subtitle")).setBody(body)
                .setByline(strings(node.get("byline"))).setSource(text(node, "source")).build();
    }

    private static String text(final JsonNode node, final String field) {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(final JsonNode array) {
        final List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
