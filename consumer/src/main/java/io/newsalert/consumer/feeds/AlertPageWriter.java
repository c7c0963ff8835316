package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.ClosureText;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.TrafficClosure;

/**
 * The page a feed entry links to: one alert as XHTML (served as {@code application/xhtml+xml}, so the XML writer's
 * escaping is the page's), with links to its other forms.
 */
final class AlertPageWriter {

    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private final FeedSettings settings;

    AlertPageWriter(final FeedSettings settings) {
        this.settings = settings;
    }

    String write(final Alert a) {
        final XmlOut x = new XmlOut().root("html", XHTML_NS).attribute("lang", settings.language());
        x.start("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", a.getHeadline())
                .empty("link", "rel", "stylesheet", "href", "/dashboard/dashboard.css")
                .empty(
                        "link",
                        "rel",
                        "alternate",
                        "type",
                        "application/atom+xml",
                        "title",
                        a.getTopic(),
                        "href",
                        settings.link("/feeds/" + a.getTopic() + ".atom"))
                .end();
        x.start("body").start("main").attribute("class", "alert-page");
        x.start("p").attribute("class", "topic-label").text(a.getTopic()).end();
        x.element("h1", a.getHeadline());
        x.start("p")
                .attribute("class", "meta")
                .text("文章 " + a.getArticleId() + " · 见报 " + a.getPublished() + " · 生成 "
                        + FeedTimes.rfc3339(a.getCreatedAt(), settings.zone()))
                .end();
        if (a.getClosures().isEmpty()) {
            x.element("p", a.getSummary());
        } else {
            x.element("h2", "封闭路段");
            x.start("ul");
            for (final TrafficClosure c : a.getClosures()) {
                x.element("li", ClosureText.describe(c));
            }
            x.end();
        }
        x.start("p").attribute("class", "links");
        link(x, "/", "实时看板");
        link(x, "/feeds/" + a.getTopic() + ".atom", "Atom");
        link(x, "/alerts/" + a.getId() + ".json", "JSON");
        if (CapProfile.publishes(a.getTopic())) {
            link(x, "/alerts/" + a.getId() + ".cap", "CAP 1.2");
        }
        x.end();
        return x.finish();
    }

    private void link(final XmlOut x, final String path, final String text) {
        x.start("a").attribute("href", settings.link(path)).text(text).end().text(" ");
    }
}
