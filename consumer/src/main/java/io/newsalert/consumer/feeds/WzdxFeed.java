package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.ClosureText;
import io.newsalert.consumer.geo.Location;
import io.newsalert.schemas.Side;
import io.newsalert.schemas.TrafficClosure;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The located closures as a WZDx 4.2 {@code WorkZoneFeed}, the GeoJSON road-event feed US DOT defined and that
 * navigation and traffic-management systems load. A pure function of the closures, so the source of "which closures
 * are current" can change without touching it. Closures the road network cannot place are left out (WZDx requires a
 * geometry); WZDx also requires an end date, so a closure whose text gives none ends after the configured validity,
 * marked unverified. A closure on both sides of a road is one feature per direction of travel, as WZDx models it.
 */
final class WzdxFeed {

    static final String VERSION = "4.2";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private WzdxFeed() {}

    /** The feed of {@code closures}, each placed by {@code locate}, generated at {@code now}. */
    static Map<String, Object> build(
            final List<RoadEvents.Sourced> closures,
            final Function<TrafficClosure, Location> locate,
            final FeedSettings settings,
            final Instant now) {
        final String sourceId = settings.sender();
        final List<Map<String, Object>> features = new ArrayList<>();
        for (final RoadEvents.Sourced s : closures) {
            final Location where = locate.apply(s.closure());
            if (where.located()) {
                final List<String> directions = directions(s.closure().getSide(), where.geometry());
                for (final String direction : directions) {
                    features.add(feature(s, where, settings, sourceId, direction, directions.size() > 1));
                }
            }
        }
        final Map<String, Object> source = new LinkedHashMap<>();
        source.put("data_source_id", sourceId);
        source.put("organization_name", settings.dataSource());
        source.put("update_date", utc(now));
        final Map<String, Object> info = new LinkedHashMap<>();
        info.put("update_date", utc(now));
        info.put("publisher", settings.senderName());
        if (!settings.contactEmail().isEmpty()) {
            info.put("contact_email", settings.contactEmail());
        }
        info.put("version", VERSION);
        info.put("data_sources", List.of(source));
        final Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("feed_info", info);
        feed.put("type", "FeatureCollection");
        feed.put("features", features);
        return feed;
    }

    private static Map<String, Object> feature(
            final RoadEvents.Sourced s,
            final Location where,
            final FeedSettings settings,
            final String sourceId,
            final String direction,
            final boolean perDirection) {
        final TrafficClosure c = s.closure();
        final Map<String, Object> core = new LinkedHashMap<>();
        core.put("event_type", "work-zone");
        core.put("data_source_id", sourceId);
        core.put("road_names", List.of(c.getRoad()));
        core.put("direction", direction);
        core.put("description", c.getSentence() != null ? c.getSentence() : ClosureText.describe(c));
        final Map<String, Object> p = new LinkedHashMap<>();
        p.put("core_details", core);
        if (c.getFrom() != null && !c.getFrom().isBlank()) {
            p.put("beginning_cross_street", c.getFrom());
        }
        if (c.getTo() != null && !c.getTo().isBlank()) {
            p.put("ending_cross_street", c.getTo());
        }
        final OffsetDateTime start =
                FeedTimes.startOf(s.firstDay(), c.getStart() == null ? null : c.getStartHour(), settings.zone());
        final OffsetDateTime end = c.getEnd() != null
                ? FeedTimes.endOf(c.getEnd(), c.getEndHour(), settings.zone())
                : start.plus(settings.validity());
        p.put("start_date", utc(start.toInstant()));
        p.put("end_date", utc(end.toInstant()));
        p.put("is_start_date_verified", false);
        p.put("is_end_date_verified", false);
        p.put("is_start_position_verified", false);
        p.put("is_end_position_verified", false);
        p.put("location_method", where.locationMethod());
        p.put("vehicle_impact", RoadEvents.vehicleImpact(c.getLane()));
        // Lanes are left out: a notice never says how many lanes a road has, so WZDx's required lane order is unknown.
        p.put("newsalert_alert", settings.link("/alerts/" + s.alertId()));
        final Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", perDirection ? c.getId() + "-" + direction : c.getId());
        f.put("type", "Feature");
        f.put("properties", p);
        f.put("geometry", geometry(where.geometry()));
        return f;
    }

    /**
     * The directions of travel a closure affects, one WZDx feature each: the one its side gives; both directions of
     * the road, read from the line's general bearing, when the notice says both sides; unknown otherwise.
     */
    static List<String> directions(final Side side, final Geometry lonLat) {
        final boolean both = side == Side.EAST_AND_WEST || side == Side.NORTH_AND_SOUTH || side == Side.BOTH_DIRECTIONS;
        if (!both || lonLat.getDimension() == 0) {
            return List.of(direction(side));
        }
        final Coordinate[] c = lonLat.getCoordinates();
        final double east = (c[c.length - 1].x - c[0].x) * Math.cos(Math.toRadians(c[0].y));
        final double north = c[c.length - 1].y - c[0].y;
        return Math.abs(east) >= Math.abs(north)
                ? List.of("eastbound", "westbound")
                : List.of("northbound", "southbound");
    }

    /**
     * WZDx direction of travel from the side of the road a notice names. Traffic keeps right in China, so the east
     * side carries northbound traffic, the south side eastbound, and so on; both sides, or none, is unknown.
     */
    static String direction(final Side side) {
        if (side == null) {
            return "unknown";
        }
        return switch (side) {
            case EAST -> "northbound";
            case WEST -> "southbound";
            case SOUTH -> "eastbound";
            case NORTH -> "westbound";
            case EAST_AND_WEST, NORTH_AND_SOUTH, BOTH_DIRECTIONS -> "unknown";
        };
    }

    /** A GeoJSON LineString for a stretch of road, a MultiPoint of one position for a point. */
    static Map<String, Object> geometry(final Geometry g) {
        final List<List<Double>> coordinates = new ArrayList<>();
        for (final Coordinate c : g.getCoordinates()) {
            coordinates.add(List.of(round(c.x), round(c.y)));
        }
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", g.getDimension() == 0 ? "MultiPoint" : "LineString");
        m.put("coordinates", coordinates);
        return m;
    }

    private static double round(final double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static String utc(final Instant t) {
        return UTC.format(t.atOffset(ZoneOffset.UTC));
    }
}
