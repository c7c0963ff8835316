package io.newsalert.consumer.feeds;

import io.newsalert.consumer.geo.RoadNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The road network as GeoJSON for the dashboard's map: one feature per road name, its lines as a MultiLineString
 * (places as a Point). The dashboard draws these as the base layer, with no tile server.
 */
final class MapLayers {

    private MapLayers() {}

    static Map<String, Object> roads(final RoadNetwork network) {
        final List<Map<String, Object>> features = new ArrayList<>();
        if (network != null) {
            network.lonLat().forEach((name, g) -> features.add(feature(name, g)));
        }
        final Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        // The file's name only: where it lies on the server is nobody's business.
        fc.put(
                "source",
                network == null
                        ? null
                        : java.nio.file.Path.of(network.source()).getFileName().toString());
        fc.put("features", features);
        return fc;
    }

    private static Map<String, Object> feature(final String name, final Geometry g) {
        final Map<String, Object> geometry = new LinkedHashMap<>();
        if (g.getDimension() == 0) {
            final Coordinate c = g.getCoordinate();
            geometry.put("type", "Point");
            geometry.put("coordinates", List.of(c.x, c.y));
        } else {
            final List<List<List<Double>>> lines = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                final Geometry part = g.getGeometryN(i);
                if (part.getDimension() == 1) {
                    final List<List<Double>> line = new ArrayList<>();
                    for (final Coordinate c : part.getCoordinates()) {
                        line.add(List.of(c.x, c.y));
                    }
                    lines.add(line);
                }
            }
            geometry.put("type", "MultiLineString");
            geometry.put("coordinates", lines);
        }
        final Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("properties", Map.of("name", name));
        f.put("geometry", geometry);
        return f;
    }
}
