package io.newsalert.consumer.webhook;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Sends one webhook request; behind an interface so tests can stand in for the network. */
@FunctionalInterface
public interface WebhookClient {

    /**
     * POSTs {@code body} as JSON to {@code url} with {@code headers}.
     *
     * @throws IOException when the request could not be made or timed out
     */
    WebhookResponse post(URI url, Map<String, String> headers, byte[] body, Duration timeout)
            throws IOException, InterruptedException;

    /**
     * The same request without holding the caller's thread: the future completes with the answer, or
     * exceptionally when the request could not be made. By default {@link #post} runs on {@code executor}.
     */
    default CompletableFuture<WebhookResponse> postAsync(
            final URI url,
            final Map<String, String> headers,
            final byte[] body,
            final Duration timeout,
            final Executor executor) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return post(url, headers, body, timeout);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.util.concurrent.CancellationException("The request was interrupted.");
                    }
                },
                executor);
    }

    /**
     * What the receiver answered.
     *
     * @param status     the HTTP status
     * @param retryAfter the {@code Retry-After} header, raw, or null
     */
    record WebhookResponse(int status, String retryAfter) {

        public boolean success() {
            return status >= 200 && status < 300;
        }
    }
}
