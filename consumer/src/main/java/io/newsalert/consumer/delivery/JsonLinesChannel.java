package io.newsalert.consumer.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.consumer.alert.AlertJson;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.json.JsonMappers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends each alert to a file as one JSON line: the alert's own fields ({@link AlertJson#fields}). */
public final class JsonLinesChannel implements DeliveryChannel {

    private static final ObjectMapper JSON = JsonMappers.standard();

    private final BufferedWriter writer;

    public JsonLinesChannel(final Path file) {
        try {
            this.writer = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file + " for alerts: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public synchronized void deliver(final Alert alert) throws IOException {
        writer.write(JSON.writeValueAsString(AlertJson.fields(alert)));
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
