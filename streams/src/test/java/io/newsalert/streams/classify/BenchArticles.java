package io.newsalert.streams.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a large {@code .jsonl} article file for whole-process measurements by repeating the labelled corpus with
 * variations: new ids and dates, paragraphs in a shuffled order, and paragraphs borrowed from other articles.
 * Usage: {@code BenchArticles COUNT OUT.jsonl [CORPUS_DIR]}.
 */
public final class BenchArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchArticles() {}

    public static void main(final String[] args) throws IOException {
        final int count = Integer.parseInt(args[0]);
        final Path out = Path.of(args[1]);
        final Path corpus = args.length > 2 ? Path.of(args[2]) : io.newsalert.testing.Corpus.dir();
        final List<TopicLabelledArticle> source =
                new ArrayList<>(TopicLabelledArticle.read(corpus.resolve("dev-topics.jsonl")));
        source.addAll(TopicLabelledArticle.read(corpus.resolve("dev-traffic.jsonl")));
        final Random random = new Random(20220525L);
        long chars = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                final TopicLabelledArticle a = source.get(i % source.size());
                final List<String> paragraphs =
                        new ArrayList<>(Arrays.asList(a.article().getBody().split("\n")));
                Collections.shuffle(paragraphs, random);
                if (random.nextBoolean()) {
                    final String[] other = source.get(random.nextInt(source.size()))
                            .article()
                            .getBody()
                            .split("\n");
                    paragraphs.add(other[random.nextInt(other.length)]);
                }
                final Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", "bench-" + i);
                line.put(
                        "published",
                        a.article().getPublished().plusDays(i / source.size()).toString());
                line.put("headline", a.article().getHeadline());
                line.put("body", String.join("\n", paragraphs));
                chars += a.article().getHeadline().length()
                        + String.join("\n", paragraphs).length();
                w.write(JSON.writeValueAsString(line));
                w.newLine();
            }
        }
        System.out.printf("Wrote %d articles (%d characters) to %s.%n", count, chars, out);
    }
}
