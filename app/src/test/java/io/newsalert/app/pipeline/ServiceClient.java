package io.newsalert.app.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real HTTP client for the alert service on {@code 127.0.0.1:port}. */
final class ServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ServiceClient(final int port) {
        this.port = port;
    }

    HttpResponse<String> get(final String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET /api/closures} + {@code query}; a body with {@code count} -1 while the store is not ready. */
    JsonNode closures(final String query) {
        final HttpResponse<String> response = get("/api/closures" + query);
        try {
            return JSON.readTree(response.statusCode() == 200 ? response.body() : "{\"count\":-1,\"closures\":[]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
