package io.newsalert.consumer.feeds;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The RFC 4287 rules a feed reader relies on: one id, title and updated per feed and per entry, an author for the
 * feed, a self link, absolute IRIs, no two entries with the same id, dates in RFC 3339, and an alternate link or
 * content in every entry. Each broken rule is reported in words.
 */
final class AtomRules {

    private static final Pattern RFC3339 =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\d[Tt]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([Zz]|[+-]\\d\\d:\\d\\d)");

    private AtomRules() {}

    static List<String> violations(final String xml) {
        final XmlDocs feed = XmlDocs.parse(xml);
        final List<String> broken = new ArrayList<>();
        if (feed.count("/atom:feed") != 1) {
            broken.add("the root is not atom:feed");
            return broken;
        }
        exactlyOne(feed, "/atom:feed", List.of("id", "title", "updated"), broken);
        if (feed.count("/atom:feed/atom:author") == 0 && feed.count("/atom:feed/atom:entry[not(atom:author)]") > 0) {
            broken.add("the feed has no author and some entries have none");
        }
        if (feed.count("/atom:feed/atom:link[@rel='self']") != 1) {
            broken.add("the feed has no single rel=self link");
        }
        checkIri(feed.text("/atom:feed/atom:id"), "feed id", broken);
        for (final String href : feed.texts("//atom:link/@href")) {
            checkIri(href, "link", broken);
        }
        for (final String date : feed.texts("//atom:updated | //atom:published")) {
            if (!RFC3339.matcher(date).matches()) {
                broken.add("not an RFC 3339 date: " + date);
            } else {
                try {
                    OffsetDateTime.parse(date.toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException e) {
                    broken.add("not a real date: " + date);
                }
            }
        }
        final Set<String> ids = new HashSet<>();
        for (final XmlDocs entry : feed.nodes("/atom:feed/atom:entry")) {
            exactlyOne(entry, ".", List.of("id", "title", "updated"), broken);
            final String id = entry.text("atom:id");
            checkIri(id, "entry id", broken);
            if (!ids.add(id)) {
                broken.add("two entries share the id " + id);
            }
            if (entry.count("atom:content") == 0 && entry.count("atom:link[@rel='alternate' or not(@rel)]") == 0) {
                broken.add("entry " + id + " has neither content nor an alternate link");
            }
            if (entry.count("atom:link[@rel='alternate' and not(@type)]") > 1) {
                broken.add("entry " + id + " has two alternate links of the same type");
            }
        }
        return broken;
    }

    private static void exactlyOne(
            final XmlDocs node, final String at, final List<String> names, final List<String> broken) {
        for (final String name : names) {
            final int n = node.count(at + "/atom:" + name);
            if (n != 1) {
                broken.add(at + " has " + n + " atom:" + name + " elements, not one");
            }
        }
    }

    private static void checkIri(final String iri, final String what, final List<String> broken) {
        if (!iri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
            broken.add(what + " is not an absolute IRI: " + iri);
        }
    }
}
