package io.newsalert.consumer.geo;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Where a closure lies on the map, or why it could not be placed. Geometry is in longitude/latitude: a line along the
 * road between its cross streets, or a point (a crossing, or a distance from one). {@code area} is the same place as
 * a polygon a few metres wide, for formats that want an area (CAP).
 *
 * @param geometry       the located line or point; null when not located
 * @param area           a polygon around it; null when not located
 * @param locationMethod how the ends were found, in WZDx terms ({@code junction-method}, {@code other})
 * @param roadOnMap      the name(s) the map gives the road; null when not found
 * @param reason         why the closure could not be located; null when it was
 */
public record Location(Geometry geometry, Geometry area, String locationMethod, String roadOnMap, String reason) {

    public Location {
        if (geometry == null) {
            Objects.requireNonNull(reason, "an unlocated closure needs a reason");
        }
    }

    /** A closure that could not be placed, and why. */
    public static Location unlocated(final String reason) {
        return new Location(null, null, null, null, reason);
    }

    public boolean located() {
        return geometry != null;
    }

    /** Whether the closure is a point (a crossing, or a distance from one) rather than a stretch of road. */
    public boolean isPoint() {
        return geometry != null && geometry.getDimension() == 0;
    }
}
