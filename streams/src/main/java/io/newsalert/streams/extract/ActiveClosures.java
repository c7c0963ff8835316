package io.newsalert.streams.extract;

import io.newsalert.schemas.TrafficClosure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Which closures are in force on a date. A closure is active from its start to its end, both days included; an
 * open end ({@code 即日起}, {@code 工期约120天}) keeps it active, and a closure whose start the text did not give is
 * taken to have begun.
 */
public final class ActiveClosures {

    private ActiveClosures() {
    }

    public static boolean isActive(final TrafficClosure c, final LocalDate date) {
        final boolean started = c.getStart() == null || !c.getStart().isAfter(date);
        final boolean notEnded = c.getEnd() == null || !c.getEnd().isBefore(date);
        return started && notEnded;
    }

    /** The closures of {@code store} active on {@code date}, by start date then road. */
    public static List<TrafficClosure> on(final ReadOnlyKeyValueStore<String, TrafficClosure> store,
            final LocalDate date) {
        final List<TrafficClosure> out = new ArrayList<>();
        try (KeyValueIterator<String, TrafficClosure> all = store.all()) {
            while (all.hasNext()) {
                final KeyValue<String, TrafficClosure> next = all.next();
                if (next.value != null && isActive(next.value, date)) {
                    out.add(next.value);
                }
            }
        }
        out.sort(Comparator.comparing((TrafficClosure c) -> c.getStart() == null ? LocalDate.MIN : c.getStart())
                .thenComparing(TrafficClosure::getRoad).thenComparing(TrafficClosure::getId));
        return out;
    }
}
