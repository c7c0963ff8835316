package io.newsalert.consumer.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * The roads and places of the area the newspaper covers, indexed by name. The ways of one road (OSM splits a road at
 * every bridge, lane change and crossing) are merged into as few lines as possible; geometry is kept in metres of a
 * {@link LocalProjection} so that crossings, distances and buffers are plain JTS operations.
 */
public final class RoadNetwork {

    private final String source;
    private final LocalProjection projection;
    private final GeometryFactory factory = new GeometryFactory();
    /** Road name as the map writes it → merged geometry in metres. */
    private final Map<String, Geometry> roads = new LinkedHashMap<>();
    /** Lookup key → map names filed under it. */
    private final Map<String, List<String>> byKey = new HashMap<>();

    private RoadNetwork(final String source, final List<NamedShape> shapes) {
        this.source = source;
        final Envelope box = new Envelope();
        shapes.forEach(s -> s.points().forEach(box::expandToInclude));
        this.projection = new LocalProjection(box.isNull() ? 0 : box.centre().x, box.isNull() ? 0 : box.centre().y);
        final Map<String, List<NamedShape>> byName = new LinkedHashMap<>();
        shapes.forEach(
                s -> byName.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s));
        byName.forEach((name, parts) -> {
            roads.put(name, merge(parts));
            byKey.computeIfAbsent(RoadNames.key(name), k -> new ArrayList<>()).add(name);
        });
        // Directional roads are also filed under the undirected key, after any road of that exact name.
        byName.keySet()
                .forEach(name -> RoadNames.undirected(name)
                        .forEach(k ->
                                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(name)));
    }

    /** A network of {@code shapes}, read from {@code source} (a file name, for messages). */
    public static RoadNetwork of(final String source, final List<NamedShape> shapes) {
        return new RoadNetwork(source, shapes);
    }

    /** Where the network was read from. */
    public String source() {
        return source;
    }

    public LocalProjection projection() {
        return projection;
    }

    GeometryFactory factory() {
        return factory;
    }

    /** How many distinct road and place names the network has. */
    public int size() {
        return roads.size();
    }

    /**
     * The road or place {@code name} written in a notice, found under its own spelling or a usual variant; several map
     * roads under one key (a directional family) are merged into one geometry.
     */
    public Optional<Road> find(final String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        final Geometry exact = roads.get(name.strip());
        if (exact != null) {
            return Optional.of(new Road(name.strip(), exact));
        }
        for (final String key : RoadNames.candidates(name)) {
            final List<String> names = byKey.get(key);
            if (names != null && !names.isEmpty()) {
                final Geometry g = factory.buildGeometry(
                                names.stream().map(roads::get).toList())
                        .union();
                return Optional.of(new Road(String.join("/", names), g));
            }
        }
        return Optional.empty();
    }

    /** Every road and place in longitude/latitude, for drawing the map. */
    public Map<String, Geometry> lonLat() {
        final Map<String, Geometry> out = new LinkedHashMap<>();
        roads.forEach((name, g) -> out.put(name, projection.toLonLat(g)));
        return out;
    }

    private Geometry merge(final Collection<NamedShape> parts) {
        final LineMerger merger = new LineMerger();
        final List<Geometry> places = new ArrayList<>();
        for (final NamedShape s : parts) {
            final Coordinate[] pts =
                    s.points().stream().map(projection::toMetres).toArray(Coordinate[]::new);
            if (s.isPlace()) {
                places.add(factory.createPoint(pts[0]));
            } else {
                merger.add(factory.createLineString(pts));
            }
        }
        @SuppressWarnings("unchecked")
        final Collection<LineString> merged = merger.getMergedLineStrings();
        final List<Geometry> all = new ArrayList<>(merged);
        all.addAll(places);
        return factory.buildGeometry(all);
    }

    /**
     * A road found in the network.
     *
     * @param mapName  the name (or names, joined by '/') the map gives it
     * @param geometry its lines (or point, for a place) in metres
     */
    public record Road(String mapName, Geometry geometry) {}
}
