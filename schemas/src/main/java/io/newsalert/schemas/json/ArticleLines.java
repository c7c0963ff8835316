package io.newsalert.schemas.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.ArticleIds;
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
 * Reads articles in JSON lines, one {@code {"id", "published", "headline", "body"}} object a line, for every reader
 * of such files (the producer's inputs, {@code classify}, the evaluation commands). Kicker, subtitle, section, byline,
 * dateline and source are read when present; other fields ({@code labels}, {@code closures}) stay in the line's
 * {@link Line#node() node} for the reader that wants them. The rules: the id is kept, and a missing one is made the way
 * page articles get theirs ({@link ArticleIds}); {@code published} is {@code YYYY-MM-DD}, or the edition date given for
 * the whole file when the line has none; a line needs a {@code body}. A bad line is reported with the file and its
 * number and skipped; the good ones still come through.
 */
public final class ArticleLines {

    private static final ObjectMapper JSON = JsonMappers.standard();

    private ArticleLines() {}

    /**
     * One good line.
     *
     * @param article the article
     * @param node    the whole JSON object, for fields beyond the article
     * @param where   the file and line number, for messages about its other fields
     */
    public record Line(Article article, JsonNode node, String where) {}

    /**
     * The lines of one file that were read and what was wrong with those that were skipped.
     *
     * @param lines    the good lines, in file order
     * @param problems one message per skipped line, naming the file and line
     */
    public record Read(List<Line> lines, List<String> problems) {

        public Read {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        /** The articles of the good lines. */
        public List<Article> articles() {
            return lines.stream().map(Line::article).toList();
        }

        /** The good lines, or an {@link IllegalArgumentException} naming every bad one (files that must be clean). */
        public List<Line> orThrow() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join(" ", problems));
            }
            return lines;
        }
    }

    /** Reads a UTF-8 file with no edition date nor source of its own; {@code published} is then required. */
    public static Read read(final Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read article file " + file + ".", e);
        }
    }

    /**
     * Reads the lines of {@code text}; {@code name} names it in messages, {@code date} is the edition date of lines
     * without {@code published} (may be null), {@code source} the source of lines without one (may be null).
     */
    public static Read read(final String text, final String name, final LocalDate date, final String source) {
        final List<Line> lines = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int number = 0;
        for (final String line : text.split("\\r?\\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            final String where = name + " line " + number;
            try {
                final JsonNode node = JSON.readTree(line);
                lines.add(new Line(article(node, where, date, source), node, where));
            } catch (JsonProcessingException e) {
                problems.add(where + ": not a JSON object (" + e.getOriginalMessage() + ").");
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return new Read(lines, problems);
    }

    /** True when the text looks like JSON lines rather than a page. */
    public static boolean looksLikeJsonLines(final String text) {
        return text.stripLeading().startsWith("{");
    }

    /** The article of one parsed line with no edition date nor source given; {@code where} names the line. */
    public static Article article(final JsonNode node, final String where) {
        return article(node, where, null, null);
    }

    /**
     * The article of one parsed line, by the rules above.
     *
     * @throws IllegalArgumentException when the line breaks them, with a message starting with {@code where}
     */
    public static Article article(final JsonNode node, final String where, final LocalDate date, final String source) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": not a JSON object.");
        }
        final String body = text(node, "body");
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException(where + ": the article has no \"body\".");
        }
        final LocalDate published = date(node, "published", where);
        final LocalDate edition = published != null ? published : date;
        if (edition == null) {
            throw new IllegalArgumentException(
                    where + ": the article has no \"published\" date; pass --date to give one.");
        }
        final String headline = text(node, "headline");
        final String id = text(node, "id");
        final List<String> byline = new ArrayList<>();
        node.path("byline").forEach(n -> byline.add(n.asText()));
        final String ownSource = text(node, "source");
        return Article.newBuilder()
                .setId(id != null ? id : ArticleIds.of(edition, headline, body))
                .setPublished(edition)
                .setHeadline(headline)
                .setKicker(text(node, "kicker"))
                .setSubtitle(text(node, "subtitle"))
                .setSection(text(node, "section"))
                .setByline(byline)
                .setDateline(date(node, "dateline", where))
                .setBody(body)
                .setSource(ownSource != null ? ownSource : source)
                .build();
    }

    private static LocalDate date(final JsonNode node, final String field, final String where) {
        final String value = text(node, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    where + ": \"" + field + "\" must be YYYY-MM-DD, not '" + value + "'.", e);
        }
    }

    private static String text(final JsonNode node, final String field) {
        final JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
