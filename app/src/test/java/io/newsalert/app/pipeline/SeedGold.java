package io.newsalert.app.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The seed page and what its gold file says each topic feed must carry. */
final class SeedGold {

    static final Path PAGE = Corpus.file("taiyuan-daily-2022-05-25-p2.txt");
    private static final Path GOLD = Corpus.file("taiyuan-daily-2022-05-25-p2.gold.json");

    private SeedGold() {}

    /** Gold headlines of the articles labelled {@code topic}; alternative headlines are included too. */
    static Set<String> headlinesLabelled(final String topic) throws IOException {
        final Set<String> headlines = new HashSet<>();
        for (final JsonNode a : new ObjectMapper().readTree(GOLD.toFile()).path("articles")) {
            for (final JsonNode label : a.path("labels")) {
                if (label.asText().equals(topic)) {
                    headlines.add(a.path("headline").asText());
                    a.path("alt_headlines").forEach(h -> headlines.add(h.asText()));
                }
            }
        }
        return headlines;
    }

    /** Number of gold articles labelled {@code topic}. */
    static long countLabelled(final String topic) throws IOException {
        long n = 0;
        for (final JsonNode a : new ObjectMapper().readTree(GOLD.toFile()).path("articles")) {
            for (final JsonNode label : a.path("labels")) {
                n += label.asText().equals(topic) ? 1 : 0;
            }
        }
        return n;
    }
}
