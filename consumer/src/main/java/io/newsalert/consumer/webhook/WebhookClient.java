package io.newsalert.consumer.webhook;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

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
