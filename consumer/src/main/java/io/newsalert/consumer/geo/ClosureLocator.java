package io.newsalert.consumer.geo;

import io.newsalert.schemas.TrafficClosure;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Places a closure on the road network: the stretch of its road between the crossings with {@code from} and
 * {@code to}; the crossing itself for a closed intersection (or a {@code from} with no {@code to}); a point a given
 * distance along the road from a crossing or landmark ({@code 摄乐桥以北300米处}); the whole road when the notice names
 * no cross street. Streets that do not touch on the map count as crossing where they come within {@link #MAX_GAP}
 * metres of each other (maps draw dual carriageways and junction ends a little apart).
 */
public final class ClosureLocator {

    /** Largest gap, in metres, between two streets that still counts as their crossing. */
    static final double MAX_GAP = 120;
    /** Half-width of the polygon drawn around a closed stretch, in metres. */
    static final double HALF_WIDTH = 15;

    private static final Pattern OFFSET =
            Pattern.compile("(.+?)(?:(?:以|往|向)?([东西南北])(?:侧|方向)?)?约?(\\d+(?:\\.\\d+)?)(米|公里|千米)处?");

    private final RoadNetwork network;

    public ClosureLocator(final RoadNetwork network) {
        this.network = network;
    }

    /** Where {@code closure} lies, or why it cannot be said. */
    public Location locate(final TrafficClosure closure) {
        final Optional<RoadNetwork.Road> road = network.find(closure.getRoad());
        if (road.isEmpty()) {
            return Location.unlocated("road " + closure.getRoad() + " is not in the road network");
        }
        final Geometry r = road.get().geometry();
        final String from = blankToNull(closure.getFrom());
        final String to = blankToNull(closure.getTo());
        try {
            if (from == null && to == null) {
                return located(longest(r), "other", road.get());
            }
            if (from == null || to == null) {
                // A closed crossing (lane INTERSECTION), a point such as X以北300米处, or only one end named.
                final String only = from != null ? from : to;
                return located(
                        point(end(r, only, closure.getRoad(), null)),
                        OFFSET.matcher(only).matches() ? "other" : "junction-method",
                        road.get());
            }
            final Coordinate a = end(r, from, closure.getRoad(), to);
            final Coordinate b = end(r, to, closure.getRoad(), from);
            return located(
                    between(r, a, b, from, to),
                    OFFSET.matcher(from).matches() || OFFSET.matcher(to).matches() ? "other" : "junction-method",
                    road.get());
        } catch (NotLocated e) {
            return Location.unlocated(e.getMessage());
        }
    }

    /**
     * One end of a closure on road {@code r}: the crossing with a street or landmark, or a distance from it along the
     * road ({@code 北中环以北900米处}); a distance with no direction ({@code X约30米处}) is taken as X itself.
     */
    private Coordinate end(final Geometry r, final String text, final String roadName, final String other) {
        final Matcher offset = OFFSET.matcher(text);
        if (!offset.matches()) {
            return crossing(r, text, roadName, other);
        }
        final Coordinate anchor = crossing(r, offset.group(1), roadName, other);
        if (offset.group(2) == null) {
            return anchor;
        }
        final double metres = Double.parseDouble(offset.group(3)) * ("米".equals(offset.group(4)) ? 1 : 1000);
        return along(r, anchor, offset.group(2), metres).getCoordinate();
    }

    /** Where road {@code r} meets the street {@code cross}; among several crossings, the one nearest {@code other}. */
    private Coordinate crossing(final Geometry r, final String cross, final String roadName, final String other) {
        final Geometry c = network.find(cross)
                .map(RoadNetwork.Road::geometry)
                .orElseThrow(() -> new NotLocated("cross street " + cross + " is not in the road network"));
        final Geometry meet = r.intersection(c);
        if (!meet.isEmpty()) {
            final Coordinate[] points = meet.getCoordinates();
            final Geometry hint = other == null
                    ? null
                    : network.find(other).map(RoadNetwork.Road::geometry).orElse(null);
            return hint == null
                    ? points[0]
                    : Arrays.stream(points)
                            .min(Comparator.comparingDouble(
                                    p -> hint.distance(network.factory().createPoint(p))))
                            .orElseThrow();
        }
        final DistanceOp nearest = new DistanceOp(r, c);
        if (nearest.distance() > MAX_GAP) {
            throw new NotLocated("cross street " + cross + " does not meet " + roadName + " on the map (nearest "
                    + Math.round(nearest.distance()) + " m)");
        }
        return nearest.nearestPoints()[0];
    }

    /** The stretch of {@code r} between {@code a} and {@code b}, on the line of {@code r} that passes nearest both. */
    private Geometry between(
            final Geometry r, final Coordinate a, final Coordinate b, final String from, final String to) {
        final LineString line = nearestLine(r, a, b);
        final LengthIndexedLine indexed = new LengthIndexedLine(line);
        final double i = indexed.project(a);
        final double j = indexed.project(b);
        if (Math.abs(i - j) < 1) {
            throw new NotLocated(from + " and " + to + " meet the road at the same point");
        }
        return indexed.extractLine(Math.min(i, j), Math.max(i, j));
    }

    /** The point {@code metres} from {@code anchor} along {@code r}, on the side {@code compass} (东西南北) says. */
    private Geometry along(final Geometry r, final Coordinate anchor, final String compass, final double metres) {
        final LineString line = nearestLine(r, anchor, anchor);
        final LengthIndexedLine indexed = new LengthIndexedLine(line);
        final double at = indexed.project(anchor);
        final Coordinate forward = indexed.extractPoint(Math.min(at + metres, indexed.getEndIndex()));
        final Coordinate back = indexed.extractPoint(Math.max(at - metres, indexed.getStartIndex()));
        final double[] unit = switch (compass) {
            case "东" -> new double[] {1, 0};
            case "西" -> new double[] {-1, 0};
            case "南" -> new double[] {0, -1};
            default -> new double[] {0, 1};
        };
        final double f = (forward.x - anchor.x) * unit[0] + (forward.y - anchor.y) * unit[1];
        final double g = (back.x - anchor.x) * unit[0] + (back.y - anchor.y) * unit[1];
        return point(f >= g ? forward : back);
    }

    private static LineString nearestLine(final Geometry r, final Coordinate a, final Coordinate b) {
        return IntStream.range(0, r.getNumGeometries())
                .mapToObj(r::getGeometryN)
                .filter(LineString.class::isInstance)
                .map(LineString.class::cast)
                .min(Comparator.comparingDouble(l -> l.distance(l.getFactory().createPoint(a))
                        + l.distance(l.getFactory().createPoint(b))))
                .orElseThrow(() -> new NotLocated("the road is a single place, not a line, on the map"));
    }

    private static Geometry longest(final Geometry r) {
        return IntStream.range(0, r.getNumGeometries())
                .mapToObj(r::getGeometryN)
                .max(Comparator.comparingDouble(Geometry::getLength))
                .orElseThrow();
    }

    private Point point(final Coordinate c) {
        return network.factory().createPoint(c);
    }

    private Location located(final Geometry metres, final String method, final RoadNetwork.Road road) {
        final BufferParameters params = new BufferParameters(2, BufferParameters.CAP_ROUND);
        final Geometry area = DouglasPeuckerSimplifier.simplify(
                metres.buffer(metres.getDimension() == 0 ? HALF_WIDTH * 2 : HALF_WIDTH, params.getQuadrantSegments()),
                2);
        final LocalProjection p = network.projection();
        return new Location(p.toLonLat(metres), p.toLonLat(area), method, road.mapName(), null);
    }

    private static String blankToNull(final String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Raised inside the locator when a closure cannot be placed; its message is the reason given to users. */
    private static final class NotLocated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotLocated(final String reason) {
            super(reason, null, false, false);
        }
    }
}
