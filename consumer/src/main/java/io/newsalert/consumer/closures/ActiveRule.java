package io.newsalert.consumer.closures;

import io.newsalert.schemas.ClosureStatus;
import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The one rule for "in force on day D": from the first day (the start date, or the day the closure was announced
 * when the text gives none) to the end date, both included. A closure with no end stays in force, unless it was
 * called off; a called-off closure keeps the end the lifecycle gave it (the day before the road reopened), so the
 * days before the call-off still show it.
 */
public final class ActiveRule {

    /** By first day, then road, then key. */
    public static final Comparator<TrafficClosure> ORDER = Comparator.comparing(
                    (TrafficClosure c) -> firstDay(c) == null ? LocalDate.MIN : firstDay(c))
            .thenComparing(TrafficClosure::getRoad)
            .thenComparing(TrafficClosure::getId);

    private ActiveRule() {}

    public static boolean isActive(final TrafficClosure c, final LocalDate day) {
        final LocalDate first = firstDay(c);
        final boolean started = first == null || !first.isAfter(day);
        final boolean notEnded = c.getEnd() == null
                ? c.getStatus() != ClosureStatus.CANCELLED
                : !c.getEnd().isBefore(day);
        return started && notEnded;
    }

    /** The first day in force: the start date, else the announcement date, else null (taken to have begun). */
    public static LocalDate firstDay(final TrafficClosure c) {
        return c.getStart() != null ? c.getStart() : c.getAnnounced();
    }
}
