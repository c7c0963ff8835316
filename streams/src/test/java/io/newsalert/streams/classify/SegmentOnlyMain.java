package io.newsalert.streams.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline process for {@code newsalert classify}: reads the same {@code .jsonl} files and only segments each
 * headline and body with HanLP's standard segmenter, printing the word count of each article.
 * Usage: {@code SegmentOnlyMain FILE.jsonl...}.
 */
public final class SegmentOnlyMain {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SegmentOnlyMain() {}

    public static void main(final String[] args) throws IOException {
        final StringBuilder out = new StringBuilder();
        for (final String file : args) {
            try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    final JsonNode node = JSON.readTree(line);
                    final int words = HanLP.segment(node.path("headline").asText(""))
                                    .size()
                            + HanLP.segment(node.path("body").asText("")).size();
                    out.append(node.path("id").asText())
                            .append('\t')
                            .append(words)
                            .append('\n');
                }
            }
        }
        System.out.print(out);
    }
}
