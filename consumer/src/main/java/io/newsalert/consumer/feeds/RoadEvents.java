package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.ClosureText;
import io.newsalert.consumer.geo.Location;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closures as road events for machines, named after the US DOT Work Zone Data Exchange (WZDx) road-event fields where
 * they fit ({@code road_names}, {@code beginning_cross_street}, {@code ending_cross_street}, {@code start_date},
 * {@code end_date}, {@code vehicle_impact}, {@code lanes[].type}/{@code status}), plus our own fields. {@code geometry}
 * is the closure located on the configured road network (GeoJSON), or null with {@code location_problem} saying why
 * it could not be placed. The real WZDx feed is {@link WzdxFeed}.
 */
final class RoadEvents {

    private RoadEvents() {
    }

    /** A closure with the alert it came from. */
    record Sourced(TrafficClosure closure, Alert alert) {

        /** The first day of the closure; the article's date when the text gives none. */
        LocalDate firstDay() {
            return closure.getStart() != null ? closure.getStart() : alert.getPublished();
        }

        /** Whether the closure is in force on {@code day}; one with no end date stays in force. */
        boolean activeOn(final LocalDate day) {
            return !firstDay().isAfter(day) && (closure.getEnd() == null || !closure.getEnd().isBefore(day));
        }
    }

    /**
     * The closures of {@code alerts}, each closure id once (the newest alert's copy wins), active on {@code day}, by
     * first day, then article, then in the order the article lists them.
     */
    static List<Sourced> closures(final List<Alert> alerts, final LocalDate day) {
        final Map<String, Sourced> byId = new LinkedHashMap<>();
        for (final Alert a : alerts) {
            for (final TrafficClosure c : a.getClosures()) {
                byId.putIfAbsent(c.getId(), new Sourced(c, a));
            }
        }
        return byId.values().stream().filter(s -> day == null || s.activeOn(day))
                .sorted(Comparator.comparing(Sourced::firstDay).thenComparing(s -> s.closure().getArticleId()))
                .toList();
    }

    static Map<String, Object> toMap(final Sourced s, final ZoneId zone, final Location where) {
        final TrafficClosure c = s.closure();
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.getId());
        m.put("road_names", List.of(c.getRoad()));
        m.put("beginning_cross_street", c.getFrom());
        m.put("ending_cross_street", c.getTo());
        m.put("direction", "unknown");
        m.put("start_date", c.getStart() == null ? null
                : FeedTimes.rfc3339(FeedTimes.startOf(c.getStart(), c.getStartHour(), zone)));
        m.put("end_date", c.getEnd() == null ? null
                : FeedTimes.rfc3339(FeedTimes.endOf(c.getEnd(), c.getEndHour(), zone)));
        m.put("is_start_date_verified", false);
        m.put("is_end_date_verified", false);
        m.put("vehicle_impact", vehicleImpact(c.getLane()));
        m.put("lanes", lanes(c.getLane()));
        m.put("description", c.getSentence() != null ? c.getSentence() : ClosureText.describe(c));
        m.put("side", c.getSide() == null ? null : c.getSide().name());
        m.put("lane", c.getLane() == null ? null : c.getLane().name());
        m.put("start_hour", c.getStartHour());
        m.put("end_hour", c.getEndHour());
        m.put("reason", c.getReason());
        m.put("authority", c.getAuthority());
        m.put("article_id", c.getArticleId());
        m.put("published", s.alert().getPublished());
        m.put("alert_id", s.alert().getId());
        m.put("headline", s.alert().getHeadline());
        m.put("geometry", where.located() ? WzdxFeed.geometry(where.geometry()) : null);
        m.put("location_problem", where.reason());
        return m;
    }

    /** WZDx {@code vehicle_impact}: what the closure does to motor traffic. */
    static String vehicleImpact(final Lane lane) {
        if (lane == null) {
            return "unknown";
        }
        return switch (lane) {
            case FULL_ROAD -> "all-lanes-closed";
            case HALF_ROAD, MOTOR_LANE, SERVICE_ROAD, BUS_LANE, RAMP -> "some-lanes-closed";
            case NON_MOTOR_LANE, SIDEWALK, PARKING -> "all-lanes-open";
            case INTERSECTION -> "unknown";
        };
    }

    /**
     * WZDx {@code lanes}: the closed lane with its WZDx type. The text never says how many lanes a road has nor which
     * one, so WZDx's required {@code order} is left out; a whole-road closure lists no lane.
     */
    static List<Map<String, Object>> lanes(final Lane lane) {
        final String type = lane == null ? null : switch (lane) {
            case NON_MOTOR_LANE -> "bike-lane";
            case SIDEWALK -> "sidewalk";
            case PARKING -> "parking";
            case HALF_ROAD, MOTOR_LANE, SERVICE_ROAD, BUS_LANE -> "general";
            case FULL_ROAD, RAMP, INTERSECTION -> null;
        };
        final List<Map<String, Object>> lanes = new ArrayList<>();
        if (type != null) {
            final Map<String, Object> l = new LinkedHashMap<>();
            l.put("type", type);
            l.put("status", "closed");
            lanes.add(l);
        }
        return lanes;
    }
}
