package io.newsalert.consumer.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * CAP 1.2 conformance of a message: the standard's XML schema, then the rules of its prose (section 3) that a schema
 * cannot express. Each broken rule is reported in words; an empty list means the message conforms.
 */
final class CapRules {

    private static final Schema SCHEMA = load();
    private static final Pattern NO_RESTRICTED = Pattern.compile("[^\\s,<&]+");
    private static final Pattern CAP_TIME =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern POINT = Pattern.compile("-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?");

    private CapRules() {}

    /** Validates {@code xml} against the CAP 1.2 schema; throws with the validator's message when it does not. */
    static void validateSchema(final String xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("Not valid against the CAP 1.2 schema: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The prose rules of CAP 1.2 that {@code xml} breaks. */
    static List<String> violations(final String xml) {
        final XmlDocs cap = XmlDocs.parse(xml);
        final List<String> broken = new ArrayList<>();
        final String identifier = cap.text("/cap:alert/cap:identifier");
        if (!NO_RESTRICTED.matcher(identifier).matches()) {
            broken.add("identifier has spaces, commas or restricted characters: " + identifier);
        }
        final String sender = cap.text("/cap:alert/cap:sender");
        if (!NO_RESTRICTED.matcher(sender).matches()) {
            broken.add("sender has spaces, commas or restricted characters: " + sender);
        }
        for (final String path : List.of(
                "/cap:alert/cap:sent", "//cap:info/cap:effective", "//cap:info/cap:onset", "//cap:info/cap:expires")) {
            for (final String t : cap.texts(path)) {
                if (!CAP_TIME.matcher(t).matches()) {
                    broken.add(path + " is not a CAP time with a numeric offset: " + t);
                }
            }
        }
        final String scope = cap.text("/cap:alert/cap:scope");
        if ("Restricted".equals(scope) && cap.text("/cap:alert/cap:restriction").isBlank()) {
            broken.add("scope Restricted needs a restriction");
        }
        if ("Private".equals(scope) && cap.text("/cap:alert/cap:addresses").isBlank()) {
            broken.add("scope Private needs addresses");
        }
        final String msgType = cap.text("/cap:alert/cap:msgType");
        if (List.of("Update", "Cancel", "Ack", "Error").contains(msgType)
                && cap.text("/cap:alert/cap:references").isBlank()) {
            broken.add("msgType " + msgType + " needs references");
        }
        if ("Alert".equals(msgType) && cap.count("/cap:alert/cap:info") == 0) {
            broken.add("an Alert message carries at least one info block");
        }
        for (final XmlDocs info : cap.nodes("/cap:alert/cap:info")) {
            final String language = info.text("cap:language");
            if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
                broken.add("language is not an RFC 3066 tag: " + language);
            }
            final String effective = info.text("cap:effective");
            final String expires = info.text("cap:expires");
            if (!effective.isEmpty()
                    && !expires.isEmpty()
                    && !OffsetDateTime.parse(expires).isAfter(OffsetDateTime.parse(effective))) {
                broken.add("expires " + expires + " is not after effective " + effective);
            }
            if (info.text("cap:headline").length() > 160) {
                broken.add("headline is longer than 160 characters");
            }
            for (final XmlDocs area : info.nodes("cap:area")) {
                if (area.text("cap:areaDesc").isBlank()) {
                    broken.add("an area has an empty areaDesc");
                }
                for (final String polygon : area.texts("cap:polygon")) {
                    final String[] points = polygon.trim().split("\\s+");
                    if (points.length < 4
                            || !points[0].equals(points[points.length - 1])
                            || !Arrays.stream(points)
                                    .allMatch(p -> POINT.matcher(p).matches())) {
                        broken.add("a polygon is not a closed ring of at least four lat,lon points: " + polygon);
                    }
                }
            }
        }
        return broken;
    }

    private static Schema load() {
        try {
            final URL xsd = CapRules.class.getResource("/feeds/CAP-v1.2.xsd");
            final SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The CAP 1.2 schema does not load.", e);
        }
    }

    /**
     * The rules Google's CAP profile (google/cap-library {@code GoogleProfile}, what alert aggregators apply) adds to
     * CAP 1.2 that our messages could break: every {@code info} has {@code expires}; every {@code area} has a
     * {@code circle}, {@code polygon} or {@code geocode}; a polygon is a closed ring of at least four points.
     */
    static List<String> googleProfileViolations(final String xml) {
        final XmlDocs cap = XmlDocs.parse(xml);
        final List<String> broken = new ArrayList<>();
        final int infos = cap.texts("//cap:info/cap:language").size();
        if (cap.texts("//cap:info/cap:expires").size() != infos) {
            broken.add("an info block has no expires");
        }
        final int areas = cap.texts("//cap:area/cap:areaDesc").size();
        final int placed = cap.texts("//cap:area[cap:circle or cap:polygon or cap:geocode]/cap:areaDesc")
                .size();
        if (areas == 0 || placed != areas) {
            broken.add((areas - placed) + " of " + areas + " areas have no circle, polygon or geocode");
        }
        for (final String polygon : cap.texts("//cap:area/cap:polygon")) {
            final String[] points = polygon.strip().split("\\s+");
            if (points.length < 4
                    || !points[0].equals(points[points.length - 1])
                    || !Arrays.stream(points).allMatch(p -> POINT.matcher(p).matches())) {
                broken.add("polygon is not a closed ring of at least four lat,lon points: " + polygon);
            }
        }
        return broken;
    }
}
