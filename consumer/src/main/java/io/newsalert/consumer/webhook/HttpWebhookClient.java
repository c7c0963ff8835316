package io.newsalert.consumer.webhook;

import io.newsalert.consumer.subscription.WebhookUrlPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends webhooks with Apache HttpClient, without redirects (a redirect could lead past the address checks) and
 * with the receiver's address pinned: the host is resolved once here, every address is checked against the
 * {@link WebhookUrlPolicy}, and the connection goes to those very addresses (with the URL's own Host header and TLS
 * name), so a DNS answer that changes between the check and the connection (DNS rebinding) cannot reach inside the
 * network. The JDK's client resolves on its own and cannot be pinned. The response body is never read.
 */
public final class HttpWebhookClient implements WebhookClient, AutoCloseable {

    /** Looks up a host's addresses; a parameter so tests can stand in for DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The addresses checked for the request being sent on this thread. */
    private static final ThreadLocal<InetAddress[]> PINNED = new ThreadLocal<>();

    private final CloseableHttpClient http;
    private final WebhookUrlPolicy policy;
    private final Resolver dns;

    public HttpWebhookClient(final Duration connectTimeout, final WebhookUrlPolicy policy) {
        this(connectTimeout, policy, InetAddress::getAllByName);
    }

    public HttpWebhookClient(final Duration connectTimeout, final WebhookUrlPolicy policy, final Resolver dns) {
        this.policy = policy;
        this.dns = dns;
        final DnsResolver pinned = new DnsResolver() {
            @Override
            public InetAddress[] resolve(final String host) throws UnknownHostException {
                final InetAddress[] checked = PINNED.get();
                if (checked == null) {
                    throw new UnknownHostException(host + " was not resolved and checked before connecting.");
                }
                return checked;
            }

            @Override
            public String resolveCanonicalHostname(final String host) {
                return host;
            }
        };
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(pinned)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .build())
                        .setMaxConnPerRoute(16)
                        .setMaxConnTotal(64)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("newsalert-webhooks/0.1")
                .build();
    }

    @Override
    public WebhookResponse post(
            final URI url, final Map<String, String> headers, final byte[] body, final Duration timeout)
            throws IOException, InterruptedException {
        final InetAddress[] addresses = dns.resolve(url.getHost());
        for (final InetAddress a : addresses) {
            if (!policy.allows(a)) {
                throw new IOException("The webhook host " + url.getHost() + " now resolves to " + a.getHostAddress()
                        + ", a loopback or private address, so nothing was sent.");
            }
        }
        final HttpPost post = new HttpPost(url);
        post.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(timeout))
                .setConnectionRequestTimeout(Timeout.of(timeout))
                .build());
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON.withCharset("UTF-8")));
        PINNED.set(addresses);
        try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
            final Header retryAfter = response.getFirstHeader("Retry-After");
            return new WebhookResponse(response.getCode(), retryAfter == null ? null : retryAfter.getValue());
        } finally {
            PINNED.remove();
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
