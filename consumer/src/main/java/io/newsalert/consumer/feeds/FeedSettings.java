package io.newsalert.consumer.feeds;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What the feeds say about their publisher: the public base URL that every link is built on, the CAP sender, the
 * area named when an alert names no road, and the zone the paper's dates are in.
 *
 * @param baseUrl     public URL of the alert service, without a trailing slash (links in feeds must be absolute)
 * @param sender      CAP {@code sender}: no spaces, commas, {@code <} or {@code &}
 * @param senderName  human-readable publisher name, used as Atom author and CAP {@code senderName}
 * @param defaultArea CAP {@code areaDesc} for alerts that name no road (the paper's city)
 * @param language    RFC 3066 language of the alert texts
 * @param zone        zone of the paper's dates; CAP and Atom times carry its offset
 * @param homeArea    GB/T 2260 code of the paper's home area, the CAP geocode of articles that name no other place
 * @param dataSource  organisation the closures come from (the newspaper), WZDx {@code organization_name}
 * @param contactEmail address of whoever answers for the feeds, WZDx {@code contact_email}; empty for none
 * @param validity    how long an alert without an end date stays in force (CAP {@code expires}, WZDx end date)
 */
public record FeedSettings(
        String baseUrl,
        String sender,
        String senderName,
        String defaultArea,
        String language,
        ZoneId zone,
        String homeArea,
        String dataSource,
        String contactEmail,
        Duration validity) {

    public static final ZoneId PAPER_ZONE = ZoneId.of("Asia/Shanghai");

    public FeedSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("The public base URL must be http(s), not '" + baseUrl + "'.");
        }
        if (sender.isBlank() || sender.chars().anyMatch(c -> c == ' ' || c == ',' || c == '<' || c == '&')) {
            throw new IllegalArgumentException("A CAP sender has no spaces, commas, '<' or '&': '" + sender + "'.");
        }
        Objects.requireNonNull(senderName, "senderName");
        Objects.requireNonNull(defaultArea, "defaultArea");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        if (homeArea == null || !homeArea.matches("\\d{6}")) {
            throw new IllegalArgumentException("The home area is a 6-digit GB/T 2260 code, not '" + homeArea + "'.");
        }
        Objects.requireNonNull(dataSource, "dataSource");
        contactEmail = contactEmail == null ? "" : contactEmail.strip();
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("The default validity of an alert must be positive: " + validity);
        }
    }

    /** Settings for a service reachable at {@code baseUrl}, publishing Taiyuan news in Chinese. */
    public static FeedSettings forBaseUrl(final String baseUrl) {
        final String host = URI.create(baseUrl).getHost();
        return new FeedSettings(
                baseUrl,
                "newsalert@" + (host == null ? "localhost" : host.toLowerCase(Locale.ROOT)),
                "newsalert",
                "太原市",
                "zh-CN",
                PAPER_ZONE,
                "140100",
                "太原日报",
                "",
                Duration.ofDays(7));
    }

    /** The same settings with another CAP sender, publisher name, home area, data source, contact and validity. */
    public FeedSettings publishedBy(
            final String newSender,
            final String newSenderName,
            final String newHomeArea,
            final String newDefaultArea,
            final String newDataSource,
            final String newContactEmail,
            final Duration newValidity) {
        return new FeedSettings(
                baseUrl,
                newSender,
                newSenderName,
                newDefaultArea,
                language,
                zone,
                newHomeArea,
                newDataSource,
                newContactEmail,
                newValidity);
    }

    /** An absolute link to {@code path} (which starts with a slash) on this service. */
    public String link(final String path) {
        return baseUrl + path;
    }
}
