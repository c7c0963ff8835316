package io.newsalert.consumer.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The JDK's HTTP client, without redirects (a redirect could lead past the address checks) and with a connect
 * timeout; the response body is never read (closing it at once keeps an endless body from holding a worker).
 */
public final class HttpWebhookClient implements WebhookClient {

    private final HttpClient http;

    public HttpWebhookClient(final Duration connectTimeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
    }

    @Override
    public WebhookResponse post(final URI url, final Map<String, String> headers, final byte[] body,
            final Duration timeout) throws IOException, InterruptedException {
        final HttpResponse<InputStream> response = http.send(request(url, headers, body, timeout),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return new WebhookResponse(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null));
    }

    /** Sends on the HTTP client's own connections; the body is closed unread as soon as the headers arrive. */
    @Override
    public CompletableFuture<WebhookResponse> postAsync(final URI url, final Map<String, String> headers,
            final byte[] body, final Duration timeout, final Executor executor) {
        return http.sendAsync(request(url, headers, body, timeout), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(r -> {
                    try {
                        r.body().close();
                    } catch (IOException e) {
                        // The answer is already known; a body that fails to close changes nothing.
                    }
                    return new WebhookResponse(r.statusCode(), r.headers().firstValue("Retry-After").orElse(null));
                });
    }

    private static HttpRequest request(final URI url, final Map<String, String> headers, final byte[] body,
            final Duration timeout) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "newsalert-webhooks/0.1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return request.build();
    }
}
