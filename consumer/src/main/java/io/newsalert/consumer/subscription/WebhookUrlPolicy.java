package io.newsalert.consumer.subscription;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which webhook URLs the service will call: http(s) only, and, unless the configuration allows it, no loopback,
 * private, link-local or otherwise internal address (so the API cannot be used to reach inside the network).
 * Checked when a subscription is created and again before every delivery, since DNS answers can change.
 */
public final class WebhookUrlPolicy {

    /** Parsed URLs that passed the checks that depend on the text alone; bounded, emptied when full. */
    private static final int PARSED_MAX = 10_000;

    private final boolean allowPrivate;
    private final Map<String, URI> parsed = new ConcurrentHashMap<>();

    public WebhookUrlPolicy(final boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * Returns the parsed URL, or throws with a reason the API can show. The text is parsed once per URL (a
     * dispatcher checks every delivery); the address is looked up on every call.
     */
    public URI check(final String url) {
        URI uri = parsed.get(url);
        if (uri == null) {
            uri = parse(url);
            if (parsed.size() >= PARSED_MAX) {
                parsed.clear();
            }
            parsed.put(url, uri);
        }
        if (!allowPrivate) {
            final InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("The webhook host does not resolve.");
            }
            for (final InetAddress a : addresses) {
                if (internal(a)) {
                    throw new IllegalArgumentException(
                            "The webhook URL points at a loopback or private address, which this service refuses.");
                }
            }
        }
        return uri;
    }

    private static URI parse(final String url) {
        final URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The webhook URL is not a valid URL.");
        }
        final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("The webhook URL must use http or https.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("The webhook URL must name a host.");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("The webhook URL must not carry credentials.");
        }
        return uri;
    }

    /** Whether a webhook may connect to {@code address}: any, when private addresses are allowed. */
    public boolean allows(final InetAddress address) {
        return allowPrivate || !internal(address);
    }

    static boolean internal(final InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isAnyLocalAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        final byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        final int first = b[0] & 0xff;
        final int second = b[1] & 0xff;
        return first == 0
                || (first == 100 && second >= 64 && second < 128)
                || (first == 169 && second == 254)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                || (first == 198 && (second & 0xfe) == 18)
                || first >= 240;
    }
}
