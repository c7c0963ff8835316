package io.newsalert.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Calls the alert service's HTTP API the way a user would, with or without the token. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    ApiClient(final int port, final String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    /** A response with its body as text. */
    record Answer(int status, String body, HttpHeaders headers) {
        String header(final String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    Answer send(
            final String method, final String path, final String body, final boolean withToken, final String... headers)
            throws IOException, InterruptedException {
        final HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (withToken) {
            b.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        final HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), r.headers());
    }

    /** Creates a subscription and returns its id. */
    String subscribe(final String json) throws IOException, InterruptedException {
        final Answer a = send("POST", "/api/subscriptions", json, true);
        if (a.status() != 201) {
            throw new IllegalStateException("Subscribing failed with " + a.status() + ": " + a.body());
        }
        return a.json().path("id").asText();
    }

    static String subscription(final String topicsJson, final String url, final String secret) {
        return "{\"topics\": " + topicsJson + ", \"webhook\": {\"url\": \"" + url + "\", \"secret\": \"" + secret
                + "\"}}";
    }
}
