package io.newsalert.consumer.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.schemas.json.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Reads named roads from a GeoJSON {@code FeatureCollection}: LineString and MultiLineString features (and Point
 * features, for named places) whose {@code properties} have a {@code name} (or {@code name:zh}). Features without a
 * name are not roads anyone can write about, so they are skipped.
 */
final class GeoJsonRoads {

    private static final ObjectMapper JSON = JsonMappers.standard();

    private GeoJsonRoads() {}

    static List<NamedShape> read(final InputStream in, final String file) throws IOException {
        final JsonNode root = JSON.readTree(in);
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new RoadNetworkException("Road network " + file + " is not a GeoJSON FeatureCollection.");
        }
        final List<NamedShape> shapes = new ArrayList<>();
        int index = 0;
        for (final JsonNode feature : root.path("features")) {
            final JsonNode props = feature.path("properties");
            final String name =
                    props.path("name:zh").asText(props.path("name").asText("")).strip();
            final JsonNode geometry = feature.path("geometry");
            final String type = geometry.path("type").asText("");
            final String where = "feature " + index++;
            if (name.isEmpty()) {
                continue;
            }
            switch (type) {
                case "LineString" -> shapes.add(new NamedShape(name, line(geometry.path("coordinates"), file, where)));
                case "MultiLineString" -> {
                    for (final JsonNode part : geometry.path("coordinates")) {
                        shapes.add(new NamedShape(name, line(part, file, where)));
                    }
                }
                case "Point" ->
                    shapes.add(new NamedShape(name, List.of(point(geometry.path("coordinates"), file, where))));
                default -> {
                    // Polygons and other shapes are areas, not roads or places: skipped.
                }
            }
        }
        return shapes;
    }

    private static List<Coordinate> line(final JsonNode coordinates, final String file, final String where) {
        final List<Coordinate> points = new ArrayList<>();
        for (final JsonNode p : coordinates) {
            points.add(point(p, file, where));
        }
        if (points.size() < 2) {
            throw new RoadNetworkException(
                    "Road network " + file + ": " + where + " is a line with fewer than two " + "points.");
        }
        return points;
    }

    private static Coordinate point(final JsonNode p, final String file, final String where) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new RoadNetworkException("Road network " + file + ": " + where + " has a position that is not "
                    + "[longitude, latitude]: " + p);
        }
        final double lon = p.get(0).asDouble();
        final double lat = p.get(1).asDouble();
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new RoadNetworkException("Road network " + file + ": " + where + " has a position outside "
                    + "longitude/latitude range: " + p);
        }
        return new Coordinate(lon, lat);
    }
}
