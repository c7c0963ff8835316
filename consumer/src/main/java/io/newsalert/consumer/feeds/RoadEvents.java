package io.newsalert.consumer.feeds;

import io.newsalert.consumer.alert.AlertFactory;
import io.newsalert.consumer.alert.AlertQueries;
import io.newsalert.consumer.alert.ClosureText;
import io.newsalert.consumer.geo.Location;
import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.schemas.json.ClosureJson;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closures as road events for machines, named after the US DOT Work Zone Data Exchange (WZDx) road-event fields where
 * they fit ({@code road_names}, {@code beginning_cross_street}, {@code ending_cross_street}, {@code start_date},
 * {@code end_date}, {@code vehicle_impact}, {@code lanes[].type}/{@code status}), plus our own fields. {@code geometry}
 * is the closure located on the configured road network (GeoJSON), or null with {@code location_problem} saying why
 * it could not be placed. The real WZDx feed is {@link WzdxFeed}. A contract of its own, so its field names differ from
 * {@link ClosureJson}'s; the values (enum names, status) come from there.
 */
final class RoadEvents {

    private RoadEvents() {}

    /** A closure with the alert of the article behind its current version (null headline when no longer held). */
    record Sourced(TrafficClosure closure, String alertId, String headline, LocalDate published) {

        /** A closure of the store, with the traffic alert of the article that made its current version. */
        static Sourced of(final TrafficClosure closure, final AlertQueries alerts) {
            final String alertId = AlertFactory.alertId(closure.getArticleId(), "traffic");
            final Optional<Alert> alert = alerts.byId(alertId);
            return new Sourced(
                    closure,
                    alertId,
                    alert.map(Alert::getHeadline).orElse(null),
                    closure.getAnnounced() != null
                            ? closure.getAnnounced()
                            : alert.map(Alert::getPublished).orElse(null));
        }

        /** A closure as one alert carries it. */
        static Sourced in(final TrafficClosure closure, final Alert alert) {
            return new Sourced(closure, alert.getId(), alert.getHeadline(), alert.getPublished());
        }

        /** The first day of the closure; the day it was announced when the text gives none. */
        LocalDate firstDay() {
            return closure.getStart() != null ? closure.getStart() : published;
        }
    }

    static Map<String, Object> toMap(final Sourced s, final ZoneId zone, final Location where) {
        final TrafficClosure c = s.closure();
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.getId());
        m.put("road_names", List.of(c.getRoad()));
        m.put("beginning_cross_street", c.getFrom());
        m.put("ending_cross_street", c.getTo());
        m.put("direction", "unknown");
        m.put(
                "start_date",
                c.getStart() == null
                        ? null
                        : FeedTimes.rfc3339(FeedTimes.startOf(c.getStart(), c.getStartHour(), zone)));
        m.put(
                "end_date",
                c.getEnd() == null ? null : FeedTimes.rfc3339(FeedTimes.endOf(c.getEnd(), c.getEndHour(), zone)));
        m.put("is_start_date_verified", false);
        m.put("is_end_date_verified", false);
        m.put("vehicle_impact", vehicleImpact(c.getLane()));
        m.put("lanes", lanes(c.getLane()));
        m.put("description", c.getSentence() != null ? c.getSentence() : ClosureText.describe(c));
        m.put("side", ClosureJson.name(c.getSide()));
        m.put("lane", ClosureJson.name(c.getLane()));
        m.put("start_hour", c.getStartHour());
        m.put("end_hour", c.getEndHour());
        m.put("reason", c.getReason());
        m.put("authority", c.getAuthority());
        m.put("article_id", c.getArticleId());
        m.put("revision", c.getRevision());
        m.put("status", ClosureJson.status(c));
        m.put("published", s.published());
        m.put("alert_id", s.alertId());
        m.put("headline", s.headline());
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
        final String type = lane == null
                ? null
                : switch (lane) {
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
