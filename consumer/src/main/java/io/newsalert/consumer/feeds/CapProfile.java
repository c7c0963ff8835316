package io.newsalert.consumer.feeds;

import io.newsalert.schemas.Alert;
import io.newsalert.schemas.Lane;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an alert of ours reads as a CAP 1.2 {@code info} block. Only the topics that CAP has a category for are
 * published as CAP: traffic (Transport) and safety (Safety).
 *
 * <p>A traffic notice with dates is {@code Observed} while it is in force and {@code Likely} before it starts; its
 * urgency follows the dates relative to the time the alert was made ({@code Expected} in force, {@code Future}
 * before, {@code Past} after); closing a whole road is {@code Moderate}, anything less {@code Minor}. A safety
 * article is a campaign, an inspection or a hazard report more often than an imminent danger, and the text does not
 * say which, so urgency, severity and certainty are {@code Unknown} rather than guessed.
 */
record CapProfile(
        String category,
        String event,
        String responseType,
        String urgency,
        String severity,
        String certainty,
        OffsetDateTime effective,
        OffsetDateTime expires) {

    private static final Map<String, String> CATEGORIES = Map.of("traffic", "Transport", "safety", "Safety");

    static boolean publishes(final String topic) {
        return CATEGORIES.containsKey(topic);
    }

    static Optional<CapProfile> of(final Alert alert, final ZoneId zone) {
        if (!publishes(alert.getTopic())) {
            return Optional.empty();
        }
        if ("safety".equals(alert.getTopic())) {
            return Optional.of(new CapProfile("Safety", "安全提示", null, "Unknown", "Unknown", "Unknown", null, null));
        }
        final OffsetDateTime effective = effective(alert, zone);
        final OffsetDateTime last = expires(alert, zone);
        // A misread date can put the end before the start; CAP consumers drop such messages, so leave expires out.
        final OffsetDateTime expires = last != null && effective != null && !last.isAfter(effective) ? null : last;
        final OffsetDateTime sent = alert.getCreatedAt().atZone(zone).toOffsetDateTime();
        final String urgency;
        if (effective == null && expires == null) {
            urgency = "Unknown";
        } else if (expires != null && expires.isBefore(sent)) {
            urgency = "Past";
        } else if (effective != null && effective.isAfter(sent)) {
            urgency = "Future";
        } else {
            urgency = "Expected";
        }
        final boolean closures = !alert.getClosures().isEmpty();
        final String severity = !closures
                ? "Unknown"
                : alert.getClosures().stream().anyMatch(c -> c.getLane() == Lane.FULL_ROAD) ? "Moderate" : "Minor";
        final String certainty = !closures ? "Unknown" : "Future".equals(urgency) ? "Likely" : "Observed";
        return Optional.of(new CapProfile(
                "Transport",
                closures ? "道路占用施工" : "交通管理",
                closures ? "Avoid" : null,
                urgency,
                severity,
                certainty,
                effective,
                expires));
    }

    /** The first day (and hour, when given) any closure of the alert starts. */
    private static OffsetDateTime effective(final Alert alert, final ZoneId zone) {
        final Optional<TrafficClosure> first = alert.getClosures().stream()
                .filter(c -> c.getStart() != null)
                .min(Comparator.comparing(TrafficClosure::getStart));
        if (first.isPresent()) {
            return FeedTimes.startOf(first.get().getStart(), first.get().getStartHour(), zone);
        }
        final LocalDate from = alert.getValidFrom();
        return from == null ? null : FeedTimes.startOf(from, null, zone);
    }

    /** The last day (and hour, when given) any closure of the alert ends; none when one has no known end. */
    private static OffsetDateTime expires(final Alert alert, final ZoneId zone) {
        if (alert.getClosures().stream().anyMatch(c -> c.getEnd() == null && c.getStart() != null)) {
            return null;
        }
        final Optional<TrafficClosure> last = alert.getClosures().stream()
                .filter(c -> Objects.nonNull(c.getEnd()))
                .max(Comparator.comparing(TrafficClosure::getEnd));
        if (last.isPresent()) {
            return FeedTimes.endOf(last.get().getEnd(), last.get().getEndHour(), zone);
        }
        final LocalDate to = alert.getValidTo();
        return to == null ? null : FeedTimes.endOf(to, null, zone);
    }
}
