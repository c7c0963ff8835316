package io.newsalert.consumer.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.newsalert.consumer.subscription.WebhookUrlPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook client connects to the addresses it resolved and checked itself, with the URL's own Host. */
class HttpWebhookClientTest {

    private HttpServer receiver;
    private final List<String> hosts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    /** A client whose DNS answers {@code addresses} for every host; private addresses allowed or not. */
    private static HttpWebhookClient resolvingTo(final boolean allowPrivate, final InetAddress... addresses) {
        return new HttpWebhookClient(Duration.ofSeconds(2), new WebhookUrlPolicy(allowPrivate), host -> addresses);
    }

    private URI url() {
        return URI.create("http://hooks.example.test:" + receiver.getAddress().getPort() + "/hook");
    }

    /** Posts to {@link #url()} and expects the receiver's answer, with the URL's host name in the Host header. */
    private void assertDeliveredUnderTheUrlsHost(final HttpWebhookClient client) throws Exception {
        final WebhookClient.WebhookResponse answer = client.post(
                url(), Map.of("webhook-id", "a1"), "{}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5));

        assertThat(answer.status()).isEqualTo(204);
        assertThat(hosts)
                .containsExactly("hooks.example.test:" + receiver.getAddress().getPort());
    }

    @Test
    void shouldConnectToTheResolvedAddressWithTheOriginalHost() throws Exception {
        final AtomicInteger lookups = new AtomicInteger();
        try (HttpWebhookClient client =
                new HttpWebhookClient(Duration.ofSeconds(2), new WebhookUrlPolicy(true), host -> {
                    lookups.incrementAndGet();
                    return new InetAddress[] {InetAddress.getLoopbackAddress()};
                })) {

            assertDeliveredUnderTheUrlsHost(client);
            assertThat(lookups).hasValue(1);
        }
    }

    @Test
    void shouldTryTheNextCheckedAddressWhenOneRefusesTheConnection() throws Exception {
        // The receiver listens on 127.0.0.1 only, so the same port on 127.0.0.2 refuses the connection.
        final InetAddress refusing = InetAddress.getByName("127.0.0.2");
        try (HttpWebhookClient client = resolvingTo(true, refusing, InetAddress.getLoopbackAddress())) {

            assertDeliveredUnderTheUrlsHost(client);
        }
    }

    @Test
    void shouldSendNothingWhenTheHostNowResolvesToAPrivateAddress() throws Exception {
        try (HttpWebhookClient client = resolvingTo(false, InetAddress.getLoopbackAddress())) {

            assertThatThrownBy(() ->
                            client.post(url(), Map.of(), "{}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("private");
            assertThat(hosts).isEmpty();
        }
    }

    @Test
    void shouldKeepManyRequestsInFlightWithoutHoldingAThreadForEach() throws Exception {
        // The receiver answers nobody until 40 requests are waiting at once: only a client with 40 requests in
        // flight, none of them holding the caller's thread, gets any answer.
        final int together = 40;
        final CountDownLatch allArrived = new CountDownLatch(together);
        final HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slow.setExecutor(Executors.newFixedThreadPool(together));
        slow.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            allArrived.countDown();
            try {
                allArrived.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(allArrived.getCount() == 0 ? 204 : 503, -1);
            exchange.close();
        });
        slow.start();
        try (HttpWebhookClient client = resolvingTo(true, InetAddress.getLoopbackAddress())) {
            final URI url =
                    URI.create("http://hooks.example.test:" + slow.getAddress().getPort() + "/hook");
            final List<CompletableFuture<WebhookClient.WebhookResponse>> answers = new ArrayList<>();
            for (int i = 0; i < together; i++) {
                answers.add(client.postAsync(
                        url,
                        Map.of("webhook-id", "a" + i),
                        "{}".getBytes(StandardCharsets.UTF_8),
                        Duration.ofSeconds(15),
                        command -> {
                            throw new AssertionError("The client ran a request on the caller's executor.");
                        }));
            }

            for (final CompletableFuture<WebhookClient.WebhookResponse> a : answers) {
                assertThat(a.get(20, TimeUnit.SECONDS).status()).isEqualTo(204);
            }
        } finally {
            slow.stop(0);
            ((java.util.concurrent.ExecutorService) slow.getExecutor()).shutdownNow();
        }
    }
}
