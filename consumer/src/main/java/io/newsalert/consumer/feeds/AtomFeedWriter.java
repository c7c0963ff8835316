package io.newsalert.consumer.feeds;

import io.newsalert.schemas.Alert;
import java.time.Instant;
import java.util.List;

/**
 * Writes a topic's alerts as an Atom 1.0 feed (RFC 4287). Two flavours: the plain feed any reader follows, and the
 * CAP index feed whose entries point at CAP messages ({@code application/cap+xml}) and repeat their key fields in
 * the CAP namespace, as public-alert aggregators read them.
 */
final class AtomFeedWriter {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String CAP_TYPE = "application/cap+xml";

    private final FeedSettings settings;

    AtomFeedWriter(final FeedSettings settings) {
        this.settings = settings;
    }

    /** The plain feed of {@code topic}: one entry per alert, newest first. */
    String alerts(final String topic, final List<Alert> alerts, final Instant now) {
        final XmlOut xml = header(topic, false, alerts, now);
        for (final Alert a : alerts) {
            entryStart(xml, a);
            xml.empty("link", "rel", "alternate", "type", "text/html", "href", settings.link("/alerts/" + a.getId()));
            xml.empty(
                    "link",
                    "rel",
                    "alternate",
                    "type",
                    "application/json",
                    "href",
                    settings.link("/alerts/" + a.getId() + ".json"));
            if (CapProfile.publishes(a.getTopic())) {
                xml.empty("link", "rel", "alternate", "type", CAP_TYPE, "href", capLink(a));
            }
            xml.start("summary").attribute("type", "text").text(a.getSummary()).end();
            xml.end();
        }
        return xml.finish();
    }

    /** The CAP index feed of {@code topic}: entries that link to each alert's CAP message. */
    String capIndex(final String topic, final List<Alert> alerts, final Instant now) {
        final XmlOut xml = header(topic, true, alerts, now);
        for (final Alert a : alerts) {
            final CapProfile p = CapProfile.of(a, settings.zone()).orElseThrow();
            entryStart(xml, a);
            xml.empty("link", "rel", "alternate", "type", CAP_TYPE, "href", capLink(a));
            xml.start("summary").attribute("type", "text").text(a.getSummary()).end();
            final String cap = CapAlertWriter.CAP_NS;
            xml.element("cap", "identifier", cap, CapAlertWriter.identifier(a))
                    .element("cap", "sent", cap, FeedTimes.cap(a.getCreatedAt(), settings.zone()))
                    .element("cap", "status", cap, "Actual")
                    .element("cap", "msgType", cap, "Alert")
                    .element("cap", "category", cap, p.category())
                    .element("cap", "event", cap, p.event())
                    .element("cap", "urgency", cap, p.urgency())
                    .element("cap", "severity", cap, p.severity())
                    .element("cap", "certainty", cap, p.certainty())
                    .element("cap", "effective", cap, p.effective() == null ? null : FeedTimes.cap(p.effective()))
                    .element("cap", "expires", cap, p.expires() == null ? null : FeedTimes.cap(p.expires()));
            xml.end();
        }
        return xml.finish();
    }

    private XmlOut header(final String topic, final boolean cap, final List<Alert> alerts, final Instant now) {
        final XmlOut xml = new XmlOut().root("feed", ATOM_NS);
        if (cap) {
            xml.namespace("cap", CapAlertWriter.CAP_NS);
        }
        xml.attribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", settings.language());
        final String self = "/feeds/" + topic + (cap ? ".cap.atom" : ".atom");
        final Instant updated =
                alerts.stream().map(Alert::getCreatedAt).max(Instant::compareTo).orElse(now);
        xml.element("id", "urn:newsalert:feed:" + topic + (cap ? ":cap" : ""))
                .element("title", settings.senderName() + " · " + topic + (cap ? " (CAP 1.2)" : ""))
                .element(
                        "subtitle",
                        (cap ? "CAP 1.2 alerts on " : "Alerts on ") + topic + ", drawn from the city paper's articles.")
                .element("updated", FeedTimes.rfc3339(updated, settings.zone()))
                .empty("link", "rel", "self", "type", "application/atom+xml", "href", settings.link(self))
                .empty("link", "rel", "alternate", "type", "text/html", "href", settings.link("/"));
        xml.start("author")
                .element("name", settings.senderName())
                .element("uri", settings.link("/"))
                .end();
        xml.start("generator")
                .attribute("uri", settings.link("/"))
                .text("newsalert")
                .end();
        return xml;
    }

    private void entryStart(final XmlOut xml, final Alert a) {
        final String created = FeedTimes.rfc3339(a.getCreatedAt(), settings.zone());
        xml.start("entry")
                .element("id", "urn:newsalert:alert:" + a.getId())
                .element("title", a.getHeadline())
                .element("updated", created)
                .element("published", created);
        xml.empty("category", "term", a.getTopic());
    }

    private String capLink(final Alert a) {
        return settings.link("/alerts/" + a.getId() + ".cap");
    }
}
