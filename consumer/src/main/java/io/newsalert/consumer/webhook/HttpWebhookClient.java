package io.newsalert.consumer.webhook;

import io.newsalert.consumer.subscription.WebhookUrlPolicy;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends webhooks with Vert.x's non-blocking HTTP client: a couple of event-loop threads carry every request in
 * flight over kept-alive connections, so a slow receiver holds a connection, not a thread. Redirects are not
 * followed (a redirect could lead past the address checks), and the receiver's address is pinned: the host is
 * resolved once here, every address is checked against the {@link WebhookUrlPolicy}, and the connection goes to
 * those very addresses in turn (the next when one cannot be connected to) with the URL's own Host header and TLS
 * name, so a DNS answer that changes between the check and the connection (DNS rebinding) cannot reach inside the
 * network. Connections are pooled per pinned address. The response body is discarded unread.
 */
public final class HttpWebhookClient implements WebhookClient, AutoCloseable {

    /** Requests in flight on one connection pool (one receiver address) at most; more wait for a connection. */
    private static final int CONNECTIONS_PER_RECEIVER = 64;

    private static final int EVENT_LOOPS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private static final int IDLE_CONNECTION_SECONDS = 10;

    private static final String USER_AGENT = "newsalert-webhooks/0.1";

    /** Looks up a host's addresses; a parameter so tests can stand in for DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Vertx vertx;
    /** One context per event loop; requests take turns. */
    private final Context[] contexts;

    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient http;
    private final WebhookUrlPolicy policy;
    private final Resolver dns;

    public HttpWebhookClient(final Duration connectTimeout, final WebhookUrlPolicy policy) {
        this(connectTimeout, policy, InetAddress::getAllByName);
    }

    public HttpWebhookClient(final Duration connectTimeout, final WebhookUrlPolicy policy, final Resolver dns) {
        this.policy = policy;
        this.dns = dns;
        this.vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(EVENT_LOOPS)
                .setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.http = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) connectTimeout.toMillis())
                        .setKeepAlive(true)
                        // Subscriptions may name thousands of receivers: a connection idle this long is closed,
                        // so open sockets follow the receivers in use, not every receiver ever seen.
                        .setKeepAliveTimeout(IDLE_CONNECTION_SECONDS)
                        .setTryUseCompression(false),
                new PoolOptions().setHttp1MaxSize(CONNECTIONS_PER_RECEIVER));
        this.contexts = new Context[EVENT_LOOPS];
        for (int i = 0; i < contexts.length; i++) {
            contexts[i] = vertx.getOrCreateContext();
        }
    }

    @Override
    public WebhookResponse post(
            final URI url, final Map<String, String> headers, final byte[] body, final Duration timeout)
            throws IOException, InterruptedException {
        try {
            // The client's own timeouts end every request; this only guards against a lost completion.
            return send(url, headers, body, timeout).get(timeout.toMillis() * 2 + 5_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io
                    ? io
                    : new IOException(e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IOException("No answer from " + url + " within " + timeout + ".", e);
        }
    }

    /** Sends without holding any thread while waiting; {@code executor} is not needed and not used. */
    @Override
    public CompletableFuture<WebhookResponse> postAsync(
            final URI url,
            final Map<String, String> headers,
            final byte[] body,
            final Duration timeout,
            final Executor executor) {
        return send(url, headers, body, timeout);
    }

    private CompletableFuture<WebhookResponse> send(
            final URI url, final Map<String, String> headers, final byte[] body, final Duration timeout) {
        final InetAddress[] addresses;
        try {
            addresses = checkedAddresses(url.getHost());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        final CompletableFuture<WebhookResponse> answer = new CompletableFuture<>();
        // On an event loop's own context each step runs as soon as the one before it completes, so the handler
        // for the response's end is in place before the end can arrive.
        contexts[Math.floorMod(next.getAndIncrement(), contexts.length)].runOnContext(
                v -> attempt(url, addresses, 0, headers, body, timeout, answer));
        return answer;
    }

    /** Sends to {@code addresses[i]}; when it cannot be connected to, nothing was sent, so the next one is tried. */
    private void attempt(
            final URI url,
            final InetAddress[] addresses,
            final int i,
            final Map<String, String> headers,
            final byte[] body,
            final Duration timeout,
            final CompletableFuture<WebhookResponse> answer) {
        final boolean tls = "https".equalsIgnoreCase(url.getScheme());
        final int port = url.getPort() >= 0 ? url.getPort() : tls ? 443 : 80;
        final String path = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        final RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(addresses[i], port)))
                .setHost(url.getHost())
                .setPort(port)
                .setSsl(tls)
                .setURI(path)
                .setFollowRedirects(false)
                .setTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json; charset=UTF-8")
                .putHeader("User-Agent", USER_AGENT);
        headers.forEach(request::putHeader);
        http.request(request)
                .compose(r -> r.send(Buffer.buffer(body)))
                .compose(response -> response.end()
                        .map(done -> new WebhookResponse(response.statusCode(), response.getHeader("Retry-After"))))
                .onComplete(r -> {
                    if (r.succeeded()) {
                        answer.complete(r.result());
                    } else if (r.cause() instanceof ConnectException && i + 1 < addresses.length) {
                        attempt(url, addresses, i + 1, headers, body, timeout, answer);
                    } else {
                        answer.completeExceptionally(r.cause());
                    }
                });
    }

    /** Resolves {@code host} and returns its addresses once every one of them has passed the policy. */
    private InetAddress[] checkedAddresses(final String host) throws IOException {
        final InetAddress[] addresses = dns.resolve(host);
        for (final InetAddress a : addresses) {
            if (!policy.allows(a)) {
                throw new IOException("The webhook host " + host + " now resolves to " + a.getHostAddress()
                        + ", a loopback or private address, so nothing was sent.");
            }
        }
        if (addresses.length == 0) {
            throw new UnknownHostException("The webhook host " + host + " has no address.");
        }
        return addresses;
    }

    @Override
    public void close() throws IOException {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The webhook client did not close cleanly.", e);
        }
    }
}
