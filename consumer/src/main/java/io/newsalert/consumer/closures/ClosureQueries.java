package io.newsalert.consumer.closures;

import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.List;

/**
 * The current version of every traffic closure, and which are in force on a day. Every reader asks this one
 * interface (the HTTP API, the dashboard, the WZDx feed, the CAP writer and the {@code closures} command), so they
 * all answer with the same store and the same rule ({@link ActiveRule}).
 */
public interface ClosureQueries {

    /** The closures in force on {@code day}, by first day, then road, then key. */
    List<TrafficClosure> activeOn(LocalDate day);

    /** Every closure's current version, cancelled ones included, in the same order. */
    List<TrafficClosure> all();
}
