package io.newsalert.consumer.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * An equirectangular projection around the network's middle, in metres. A city's road network spans a few tens of
 * kilometres, where this is accurate to well under a metre per kilometre; it lets buffers and "300 m north of" be
 * computed in metres with plain JTS, without a projection library.
 */
public final class LocalProjection {

    private static final double METRES_PER_DEGREE = 111_320.0;

    private final double originLon;
    private final double originLat;
    private final double cosLat;

    public LocalProjection(final double originLon, final double originLat) {
        this.originLon = originLon;
        this.originLat = originLat;
        this.cosLat = Math.cos(Math.toRadians(originLat));
    }

    /** Metres east and north of the origin. */
    public Coordinate toMetres(final Coordinate lonLat) {
        return new Coordinate(
                (lonLat.x - originLon) * METRES_PER_DEGREE * cosLat, (lonLat.y - originLat) * METRES_PER_DEGREE);
    }

    /** Longitude and latitude of a point given in metres. */
    public Coordinate toLonLat(final Coordinate metres) {
        return new Coordinate(
                originLon + metres.x / (METRES_PER_DEGREE * cosLat), originLat + metres.y / METRES_PER_DEGREE);
    }

    /** A copy of {@code metres} in longitude and latitude. */
    public Geometry toLonLat(final Geometry metres) {
        return new GeometryTransformer() {
            @Override
            protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                    final org.locationtech.jts.geom.CoordinateSequence coords, final Geometry parent) {
                final Coordinate[] out = new Coordinate[coords.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = toLonLat(coords.getCoordinate(i));
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(metres);
    }
}
