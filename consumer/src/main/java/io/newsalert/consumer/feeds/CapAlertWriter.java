package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.ClosureText;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.TrafficClosure;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes one alert as an OASIS CAP 1.2 message. Elements come in the order the standard's schema fixes; times carry
 * the paper's offset (+08:00); each closed segment is an {@code area} named after its road, prefixed with the city, with no polygon, since
 * the text gives no coordinates.
 */
final class CapAlertWriter {

    static final String CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";

    private final FeedSettings settings;

    CapAlertWriter(final FeedSettings settings) {
        this.settings = settings;
    }

    /** The CAP document, or an exception when the alert's topic has no CAP category (check first). */
    String write(final Alert alert) {
        return write(alert, CapLifecycle.NEW);
    }

    /** The CAP document of an alert that updates or cancels earlier messages as {@code lifecycle} says. */
    String write(final Alert alert, final CapLifecycle lifecycle) {
        final CapProfile profile = CapProfile.of(alert, settings.zone()).orElseThrow(
                () -> new IllegalArgumentException("Topic " + alert.getTopic() + " is not published as CAP."));
        final XmlOut xml = new XmlOut().root("alert", CAP_NS);
        xml.element("identifier", identifier(alert))
                .element("sender", settings.sender())
                .element("sent", FeedTimes.cap(alert.getCreatedAt(), settings.zone()))
                .element("status", "Actual")
                .element("msgType", lifecycle.msgType())
                .element("scope", "Public")
                .element("note", "Drawn from newspaper article " + alert.getArticleId()
                        + " (published " + alert.getPublished() + "); not a message of the authority it quotes.")
                .element("references", lifecycle.references());
        xml.start("info")
                .element("language", settings.language())
                .element("category", profile.category())
                .element("event", profile.event())
                .element("responseType", profile.responseType())
                .element("urgency", profile.urgency())
                .element("severity", profile.severity())
                .element("certainty", profile.certainty())
                .element("effective", profile.effective() == null ? null : FeedTimes.cap(profile.effective()))
                .element("expires", profile.expires() == null ? null : FeedTimes.cap(profile.expires()))
                .element("senderName", settings.senderName())
                .element("headline", alert.getHeadline())
                .element("description", description(alert))
                .element("web", settings.link("/alerts/" + alert.getId()));
        xml.start("parameter").element("valueName", "articleId").element("value", alert.getArticleId()).end();
        for (final String area : areas(alert)) {
            xml.start("area").element("areaDesc", area).end();
        }
        xml.end();
        return xml.finish();
    }

    /** CAP identifiers may hold no spaces, commas, '<' or '&'; alert ids never do, but make sure. */
    static String identifier(final Alert alert) {
        return alert.getId().replaceAll("[\\s,<&]", "_");
    }

    private static String description(final Alert alert) {
        return alert.getClosures().isEmpty() ? alert.getSummary()
                : alert.getClosures().stream().map(ClosureText::describe).distinct().collect(Collectors.joining("\n"));
    }

    /** One area per distinct closed segment; the configured city when the alert names no road. */
    private Set<String> areas(final Alert alert) {
        final Set<String> areas = new LinkedHashSet<>();
        for (final TrafficClosure c : alert.getClosures()) {
            areas.add(settings.defaultArea() + ClosureText.place(c));
        }
        if (areas.isEmpty()) {
            areas.add(settings.defaultArea());
        }
        return areas;
    }
}
