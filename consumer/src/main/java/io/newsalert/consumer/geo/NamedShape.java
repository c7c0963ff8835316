package io.newsalert.consumer.geo;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * One named feature as a road-network file gives it, in longitude/latitude: a way or LineString (two or more
 * points), or a named place such as an airport or a bridge (one point). Readers of every format produce these, so the
 * index does not care where they came from.
 *
 * @param name   the feature's name, as written in the file
 * @param points its points, longitude first
 */
public record NamedShape(String name, List<Coordinate> points) {

    public NamedShape {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A named shape needs at least one point: " + name);
        }
    }

    /** Whether this is a place (one point) rather than a line. */
    public boolean isPlace() {
        return points.size() == 1;
    }
}
