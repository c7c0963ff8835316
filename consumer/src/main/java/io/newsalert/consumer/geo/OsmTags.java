package io.newsalert.consumer.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;

/** Which OpenStreetMap objects are roads or places a closure can name, shared by the XML and PBF readers. */
final class OsmTags {

    /** Node tags that mark a place a notice may locate a closure by (a bridge, an airport, a station). */
    private static final Set<String> PLACE_KEYS =
            Set.of("aeroway", "bridge", "public_transport", "railway", "amenity", "place");

    private OsmTags() {}

    /** The name of a way that is a road: it has a {@code highway} tag and a (Chinese) name. */
    static Optional<String> road(final Map<String, String> tags) {
        if (!tags.containsKey("highway") && !tags.containsKey("bridge")) {
            return Optional.empty();
        }
        return name(tags);
    }

    /** The name of a node that is a place. */
    static Optional<String> place(final Map<String, String> tags) {
        return tags.keySet().stream().anyMatch(PLACE_KEYS::contains) ? name(tags) : Optional.empty();
    }

    private static Optional<String> name(final Map<String, String> tags) {
        final String name = tags.getOrDefault("name:zh", tags.get("name"));
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    /** The points of a way, skipping references to nodes the extract cut off. */
    static List<Coordinate> resolve(final List<Long> refs, final Map<Long, Coordinate> nodes) {
        final List<Coordinate> line = new ArrayList<>(refs.size());
        for (final Long ref : refs) {
            final Coordinate c = nodes.get(ref);
            if (c != null) {
                line.add(c);
            }
        }
        return line;
    }
}
