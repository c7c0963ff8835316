package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.ClosureText;
import io.newsalert.consumer.geo.Divisions;
import io.newsalert.consumer.geo.Location;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.TrafficClosure;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes one alert as an OASIS CAP 1.2 message. Elements come in the order the standard's schema fixes; times carry
 * the paper's offset (+08:00). Every {@code area} carries the GB/T 2260 {@code geocode} of the division the article
 * is about (the paper's home area when it names none); each closed segment is an area of its own, with a
 * {@code polygon} around the located stretch or a {@code circle} around a located point. {@code expires} is the last
 * closure's end, else the configured validity after the alert takes effect, so aggregators know when to drop it.
 */
final class CapAlertWriter {

    static final String CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";
    /** The CAP {@code valueName} of a geocode that is a GB/T 2260 division code. */
    static final String GEOCODE_NAME = "GB/T 2260";
    /** Radius of the circle drawn around a located point (a crossing, "300 m north of"): a crossing's size. */
    static final String POINT_RADIUS_KM = "0.05";

    private static final Divisions DIVISIONS = Divisions.bundled();

    private final FeedSettings settings;
    private final Function<TrafficClosure, Location> locate;

    CapAlertWriter(final FeedSettings settings, final Function<TrafficClosure, Location> locate) {
        this.settings = settings;
        this.locate = locate;
    }

    /** The CAP document, or an exception when the alert's topic has no CAP category (check first). */
    String write(final Alert alert) {
        return write(alert, CapLifecycle.NEW);
    }

    /** The CAP document of an alert that updates or cancels earlier messages as {@code lifecycle} says. */
    String write(final Alert alert, final CapLifecycle lifecycle) {
        final CapProfile profile = CapProfile.of(alert, settings.zone())
                .orElseThrow(
                        () -> new IllegalArgumentException("Topic " + alert.getTopic() + " is not published as CAP."));
        final XmlOut xml = new XmlOut().root("alert", CAP_NS);
        xml.element("identifier", identifier(alert))
                .element("sender", settings.sender())
                .element("sent", FeedTimes.cap(alert.getCreatedAt(), settings.zone()))
                .element("status", "Actual")
                .element("msgType", lifecycle.msgType())
                .element("scope", "Public")
                .element(
                        "note",
                        "Drawn from newspaper article " + alert.getArticleId() + " (published " + alert.getPublished()
                                + "); not a message of the authority it quotes.")
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
                .element("expires", FeedTimes.cap(expires(alert, profile)))
                .element("senderName", settings.senderName())
                .element("headline", alert.getHeadline())
                .element("description", description(alert))
                .element("web", settings.link("/alerts/" + alert.getId()));
        xml.start("parameter")
                .element("valueName", "articleId")
                .element("value", alert.getArticleId())
                .end();
        final Divisions.Division division = division(alert);
        for (final Map.Entry<String, Location> area : areas(alert, division).entrySet()) {
            xml.start("area").element("areaDesc", area.getKey());
            final Location where = area.getValue();
            if (where != null && where.located()) {
                if (where.isPoint()) {
                    xml.element("circle", point(where.geometry().getCoordinate()) + " " + POINT_RADIUS_KM);
                } else {
                    xml.element("polygon", ring(where.area()));
                }
            }
            xml.start("geocode")
                    .element("valueName", GEOCODE_NAME)
                    .element("value", division.code())
                    .end();
            xml.end();
        }
        xml.end();
        return xml.finish();
    }

    /** CAP identifiers may hold no spaces, commas, '<' or '&'; alert ids never do, but make sure. */
    static String identifier(final Alert alert) {
        return alert.getId().replaceAll("[\\s,<&]", "_");
    }

    private static String description(final Alert alert) {
        return alert.getClosures().isEmpty()
                ? alert.getSummary()
                : alert.getClosures().stream()
                        .map(ClosureText::describe)
                        .distinct()
                        .collect(Collectors.joining("\n"));
    }

    /** One area per distinct closed segment, with its location; the division itself when the alert names no road. */
    private Map<String, Location> areas(final Alert alert, final Divisions.Division division) {
        final Map<String, Location> areas = new LinkedHashMap<>();
        for (final TrafficClosure c : alert.getClosures()) {
            areas.putIfAbsent(division.name() + ClosureText.place(c), locate.apply(c));
        }
        if (areas.isEmpty()) {
            areas.put(division.name(), null);
        }
        return areas;
    }

    /** The division the article names (headline, summary, closure sentences), else the paper's home area. */
    private Divisions.Division division(final Alert alert) {
        final StringBuilder text =
                new StringBuilder(alert.getHeadline()).append('\n').append(alert.getSummary());
        alert.getClosures().forEach(c -> text.append('\n').append(c.getSentence() == null ? "" : c.getSentence()));
        return DIVISIONS
                .about(text.toString(), settings.homeArea())
                .orElseGet(() -> new Divisions.Division(
                        settings.homeArea(), DIVISIONS.name(settings.homeArea()).orElse(settings.defaultArea())));
    }

    /** The last closure's end; else the configured validity after the alert takes effect (or was sent). */
    private OffsetDateTime expires(final Alert alert, final CapProfile profile) {
        if (profile.expires() != null) {
            return profile.expires();
        }
        final OffsetDateTime sent = alert.getCreatedAt().atZone(settings.zone()).toOffsetDateTime();
        final OffsetDateTime from =
                profile.effective() != null && profile.effective().isAfter(sent) ? profile.effective() : sent;
        return from.plus(settings.validity());
    }

    /** A CAP polygon: "lat,lon" pairs, the first repeated at the end. */
    private static String ring(final Geometry polygon) {
        final Coordinate[] ring =
                polygon.getGeometryN(0).getBoundary().getGeometryN(0).getCoordinates();
        final StringBuilder out = new StringBuilder();
        for (final Coordinate c : ring) {
            out.append(out.isEmpty() ? "" : " ").append(point(c));
        }
        return out.toString();
    }

    private static String point(final Coordinate c) {
        return String.format(Locale.ROOT, "%.6f,%.6f", c.y, c.x);
    }
}
