package io.newsalert.consumer.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.json.JsonMappers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Appends each alert to a file as one JSON line. */
public final class JsonLinesChannel implements DeliveryChannel {

    private static final ObjectMapper JSON = JsonMappers.standard();

    private final BufferedWriter writer;

    public JsonLinesChannel(final Path file) {
        try {
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file + " for alerts: " + e.getMessage(), e);
        }
    }

    /** The alert as a plain map, the shape every JSON channel and API shares. */
    public static Map<String, Object> toMap(final Alert a) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("topic", a.getTopic());
        m.put("articleId", a.getArticleId());
        m.put("headline", a.getHeadline());
        m.put("summary", a.getSummary());
        m.put("published", a.getPublished());
        m.put("validFrom", a.getValidFrom());
        m.put("validTo", a.getValidTo());
        m.put("createdAt", a.getCreatedAt());
        return m;
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public synchronized void deliver(final Alert alert) throws IOException {
        writer.write(JSON.writeValueAsString(toMap(alert)));
        writer.newLine();
        writer.flush();
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
